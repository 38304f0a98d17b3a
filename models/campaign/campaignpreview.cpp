// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignpreview.h"

#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"

#include <QElapsedTimer>

CampaignPreview CampaignPreview::compute(Database *database, qint64 audienceId,
                                         const Segment &segment, Consent::Purpose purpose,
                                         const QString &message, const QString &footer,
                                         const std::atomic_bool *cancel, const Progress &progress)
{
    CampaignPreview preview;
    QElapsedTimer timer;
    timer.start();
    const MessageTemplate messageTemplate(message);
    QStringList fields;
    for (const MessageTemplate::Field &field : messageTemplate.fields())
        fields.append(field.name);

    RecipientQuery query(database, audienceId, segment, purpose);
    if (!query.exec(fields)) {
        preview.errorString = query.errorString();
        return preview;
    }
    RecipientQuery::Recipient recipient;
    while (query.next(&recipient)) {
        const QString text =
            Sms::withFooter(messageTemplate.render([&recipient](const QString &name) {
                return recipient.value(name);
            }),
                            footer);
        const Sms::Measure analysis = Sms::measure(text);
        ++preview.recipients;
        preview.parts += analysis.parts;
        ++preview.recipientsByParts[analysis.parts];
        if (analysis.encoding == Sms::Encoding::Gsm7) {
            ++preview.gsm7Recipients;
            preview.gsm7Parts += analysis.parts;
        } else {
            ++preview.ucs2Recipients;
            preview.ucs2Parts += analysis.parts;
        }
        if (analysis.parts > preview.worstParts) {
            preview.worstParts = analysis.parts;
            preview.worst = recipient;
            preview.worstText = text;
        }
        if ((preview.recipients & 4095) == 0) {
            if (cancel && cancel->load()) {
                preview.cancelled = true;
                preview.errorString = tr("The preview was cancelled.");
                return preview;
            }
            if (progress)
                progress(preview.recipients);
        }
    }
    preview.ok = true;
    preview.seconds = double(timer.nsecsElapsed()) / 1e9;
    return preview;
}
