// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpreview.h"

#include "sms/messagetemplate.h"

#include <QElapsedTimer>

#include <vector>

void CampaignPreview::add(const RecipientQuery::Recipient &recipient, const QString &text,
                          const Sms::Measure &measure)
{
    ++recipients;
    parts += measure.parts;
    ++recipientsByParts[measure.parts];
    if (measure.encoding == Sms::Encoding::Gsm7) {
        ++gsm7Recipients;
        gsm7Parts += measure.parts;
    } else {
        ++ucs2Recipients;
        ucs2Parts += measure.parts;
    }
    if (measure.parts > worstParts) {
        worstParts = measure.parts;
        worst = recipient;
        worstText = text;
    }
}

CampaignPreview CampaignPreview::compute(Database *database, qint64 audienceId,
                                         const Segment &segment, Consent::Purpose purpose,
                                         const QString &message, const QString &footer,
                                         const std::atomic_bool *cancel, const Progress &progress)
{
    return computeEach(database, audienceId, segment, purpose, {{message, footer}}, cancel,
                       progress)
        .constFirst();
}

QList<CampaignPreview>
CampaignPreview::computeEach(Database *database, qint64 audienceId, const Segment &segment,
                             Consent::Purpose purpose, const QList<Message> &messages,
                             const std::atomic_bool *cancel, const Progress &progress)
{
    QList<CampaignPreview> previews(messages.size());
    const auto finish = [&](const QString &errorString, bool cancelled) {
        for (CampaignPreview &preview : previews) {
            preview.errorString = errorString;
            preview.cancelled = cancelled;
            preview.ok = errorString.isEmpty();
        }
        return previews;
    };
    const auto cancelled = [cancel]() {
        return cancel && cancel->load();
    };
    if (cancelled())
        return finish(tr("The preview was cancelled."), true);
    QElapsedTimer timer;
    timer.start();
    std::vector<MessageTemplate> templates;
    QStringList fields;
    for (const Message &message : messages) {
        templates.emplace_back(message.text);
        for (const MessageTemplate::Field &field : templates.back().fields())
            fields.append(field.name);
    }
    fields.removeDuplicates();

    RecipientQuery query(database, audienceId, segment, purpose);
    if (!query.exec(fields))
        return finish(query.errorString(), false);
    RecipientQuery::Recipient recipient;
    const auto value = [&recipient](const QString &name) {
        return recipient.value(name);
    };
    QString text; // rendered into again and again: no allocation per recipient
    qint64 done = 0;
    while (query.next(&recipient)) {
        for (size_t i = 0; i < templates.size(); ++i) {
            templates[i].render(value, &text);
            Sms::appendFooter(&text, messages.at(qsizetype(i)).footer);
            previews[qsizetype(i)].add(recipient, text, Sms::measure(text));
        }
        if ((++done & 4095) == 0) {
            if (cancelled())
                return finish(tr("The preview was cancelled."), true);
            if (progress)
                progress(done);
        }
    }
    if (!query.errorString().isEmpty())
        return finish(query.errorString(), false);
    // The query read only the fields the messages use: the worst case is shown with all.
    for (CampaignPreview &preview : previews) {
        if (preview.worstParts == 0)
            continue;
        const std::optional<RecipientQuery::Recipient> worst =
            query.byContactId(preview.worst.contactId);
        if (worst)
            preview.worst = *worst;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    for (CampaignPreview &preview : previews)
        preview.seconds = seconds;
    return finish(QString(), false);
}
