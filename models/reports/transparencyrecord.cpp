// SPDX-License-Identifier: GPL-3.0-or-later
#include "transparencyrecord.h"

#include "audience/segment.h"
#include "audience/sensitivecolumns.h"
#include "campaign/campaign.h"
#include "campaign/campaignstore.h"
#include "compliance/electionstore.h"
#include "pricing/money.h"
#include "pricing/priceplan.h"
#include "pricing/priceplanstore.h"
#include "reports/exporter.h"
#include "storage/database.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimeZone>

#include <cmath>

namespace Reports {

namespace {

// Messages that left (or may have left) for the provider: what was disseminated and paid for.
// A message refused at submission is 'failed' without an acceptance, and costs nothing.
const QString kSentCondition = QStringLiteral(
    "(m.state IN ('submitting', 'unknown', 'accepted', 'delivered', 'expired') OR (m.state = "
    "'failed' AND m.accepted_at IS NOT NULL))");

QDateTime fromMs(const QVariant &value)
{
    return value.isNull() || value.toLongLong() <= 0
        ? QDateTime()
        : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

// "Camille Martin (camille)" for a login with an account, the login alone otherwise.
QString personName(QSqlQuery &users, const QString &login)
{
    if (login.isEmpty())
        return login;
    users.prepare(QStringLiteral("SELECT display_name FROM users WHERE login = ?"));
    users.addBindValue(login);
    if (users.exec() && users.next()) {
        const QString name = users.value(0).toString();
        if (!name.isEmpty() && name != login)
            return QStringLiteral("%1 (%2)").arg(name, login);
    }
    return login;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

std::optional<TransparencyRecord> TransparencyRecord::load(Database *database, qint64 campaignId,
                                                           QString *errorString)
{
    const auto fail = [&](const QString &message) -> std::optional<TransparencyRecord> {
        if (errorString)
            *errorString = message;
        return std::nullopt;
    };
    const auto readError = [&](const QSqlQuery &query) {
        return fail(tr("Cannot read the transparency record: %1").arg(query.lastError().text()));
    };
    CampaignStore campaigns(database, QStringLiteral("tribune"));
    const std::optional<Campaign> campaign = campaigns.find(campaignId);
    if (!campaign)
        return fail(tr("There is no campaign with id %1.").arg(campaignId));

    TransparencyRecord r;
    r.generatedAt = QDateTime::currentDateTimeUtc();
    r.campaignId = campaign->id;
    r.campaignName = campaign->name;
    r.isConsentRequest = campaign->kind == Campaign::Kind::ConsentRequest;
    r.stateLabel = Campaign::stateLabel(campaign->state);
    r.senderId = campaign->senderId;
    r.message = campaign->message;
    r.footer = campaign->footer;
    r.approvedAt = campaign->approvedAt;
    r.approvedRevision = campaign->approvedRevision;
    r.providerName = campaigns.providerName(campaign->providerId);
    r.audienceId = campaign->audienceId;
    r.segmentDescription = campaign->segment.description();
    r.segmentError = campaign->segmentError;

    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    QSqlQuery users(db);

    // The election and its sponsor.
    r.electionId = campaign->electionId;
    if (r.electionId > 0) {
        ElectionStore elections(database, QStringLiteral("tribune"));
        const QList<ElectionStore::Election> list = elections.list();
        if (!elections.errorString().isEmpty())
            return fail(elections.errorString());
        for (const ElectionStore::Election &e : list) {
            if (e.id != r.electionId)
                continue;
            r.electionName = e.name;
            r.firstRound = e.firstRound;
            r.secondRound = e.secondRound;
            r.sponsor = e.sponsor;
            r.sponsorContact = e.sponsorContact;
        }
    }

    // Dissemination and spend, from the outbox.
    query.prepare(QStringLiteral("SELECT COALESCE(SUM(m.cost_mc), 0), "
                                 "COALESCE(SUM(CASE WHEN %1 THEN 1 ELSE 0 END), 0), "
                                 "COALESCE(SUM(CASE WHEN %1 THEN m.parts ELSE 0 END), 0), "
                                 "COALESCE(SUM(CASE WHEN m.state = 'delivered' THEN 1 ELSE 0 END), "
                                 "0), MIN(m.submitted_at), "
                                 "MAX(CASE WHEN %1 THEN COALESCE(m.final_at, m.accepted_at, "
                                 "m.submitted_at) END), "
                                 "COALESCE(SUM(CASE WHEN m.state IN ('queued', 'submitting') "
                                 "THEN 1 ELSE 0 END), 0) "
                                 "FROM messages m WHERE m.campaign_id = ?")
                      .arg(kSentCondition));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return readError(query);
    r.amountExclVatMc = query.value(0).toLongLong();
    r.messagesSent = query.value(1).toLongLong();
    r.partsSent = query.value(2).toLongLong();
    r.messagesDelivered = query.value(3).toLongLong();
    r.firstSubmission = fromMs(query.value(4));
    r.lastActivity = fromMs(query.value(5));
    const qint64 pending = query.value(6).toLongLong();
    r.inProgress = pending > 0 || campaign->state == Campaign::State::Sending
        || campaign->state == Campaign::State::Paused;

    // VAT at the rate of the provider's price plan (the default plan's 20 % without one).
    PricePlan plan = PricePlan::fallback();
    if (campaign->providerId > 0) {
        PricePlanStore plans(database);
        if (const std::optional<PricePlan> own = plans.forProvider(campaign->providerId)) {
            plan = *own;
            r.pricePlanName = own->name;
        } else if (!plans.errorString().isEmpty()) {
            return fail(plans.errorString());
        }
    }
    r.vatBasisPoints = plan.vatBasisPoints;
    const qint64 net = r.amountExclVatMc;
    r.vatMc = plan.vat({net, net, net}).expected;

    // The audience and its provenance.
    if (r.audienceId > 0) {
        query.prepare(QStringLiteral("SELECT name, origin, broker, consent_terms, "
                                     "own_consent_proof, purged_at FROM audiences WHERE id = ?"));
        query.addBindValue(r.audienceId);
        if (!query.exec())
            return readError(query);
        if (query.next()) {
            r.audienceName = query.value(0).toString();
            r.ownAudience = query.value(1).toString() == QLatin1String("own");
            r.broker = query.value(2).toString();
            r.consentTerms = query.value(3).toString();
            r.ownConsentProof = query.value(4).toString();
            r.audiencePurged = !query.value(5).isNull();
        }
        query.prepare(QStringLiteral(
            "SELECT file_name, file_sha256, COALESCE(finished_at, started_at), rows_imported "
            "FROM imports WHERE audience_id = ? AND state = 'done' ORDER BY id"));
        query.addBindValue(r.audienceId);
        if (!query.exec())
            return readError(query);
        while (query.next())
            r.imports.append({query.value(0).toString(), query.value(1).toString(),
                              fromMs(query.value(2)), query.value(3).toLongLong()});
        query.prepare(QStringLiteral(
            "SELECT at, actor FROM consent_events WHERE phone = '*' AND event = 'own_proof' AND "
            "audience_id = ? ORDER BY id DESC"));
        query.addBindValue(r.audienceId);
        if (!query.exec())
            return readError(query);
        if (query.next()) {
            r.ownProofRecordedAt = fromMs(query.value(0));
            r.ownProofRecordedBy = personName(users, query.value(1).toString());
        }

        // Filters on columns that look sensitive (allowed by an administrator's review).
        const QList<SensitiveColumns::Column> reviewed =
            SensitiveColumns::columns(database, r.audienceId);
        QStringList seen;
        for (const Segment::Filter &filter : campaign->segment.filters) {
            const SensitiveColumns::Category category = SensitiveColumns::categorise(filter.column);
            if (category == SensitiveColumns::Category::None || seen.contains(filter.column))
                continue;
            seen.append(filter.column);
            SensitiveColumn sensitive;
            sensitive.column = filter.column;
            sensitive.category = SensitiveColumns::categoryLabel(category);
            for (const SensitiveColumns::Column &column : reviewed) {
                if (column.name == filter.column) {
                    sensitive.reviewedBy = personName(users, column.reviewedBy);
                    sensitive.reviewedAt = column.reviewedAt;
                }
            }
            r.sensitiveColumns.append(sensitive);
        }

        // The consent asked first: contacts of the audience sent a request, and those agreed.
        query.prepare(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN cs.state = 'granted' THEN 1 ELSE 0 END), 0) "
            "FROM contacts c CROSS JOIN consent_states cs WHERE c.audience_id = ? AND cs.phone = "
            "c.phone AND EXISTS (SELECT 1 FROM consent_events e WHERE e.phone = c.phone AND "
            "e.event = 'requested')"));
        query.addBindValue(r.audienceId);
        if (!query.exec() || !query.next())
            return readError(query);
        r.numbersAsked = query.value(0).toLongLong();
        r.numbersAgreed = query.value(1).toLongLong();
    }
    // Recipients whose yes was in the ledger before their message left (an agreement, or an
    // administrator's decision to "agreed", stored as "granted[: note]").
    query.prepare(
        QStringLiteral(
            "SELECT COUNT(*) FROM messages m WHERE m.campaign_id = ? AND %1 AND EXISTS (SELECT 1 "
            "FROM consent_events e WHERE e.phone = m.phone AND e.at <= m.submitted_at AND (e.event "
            "= 'granted' OR (e.event IN ('override', 'correction') AND (e.note = 'granted' OR "
            "e.note LIKE 'granted:%'))))")
            .arg(kSentCondition));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next())
        return readError(query);
    r.recipientsWithYes = query.value(0).toLongLong();

    // Who wrote and who approved it: the audit log keeps every author; approved_by names the
    // approver's account (NULL in a database without accounts, where the log still names them).
    query.prepare(QStringLiteral(
        "SELECT action, actor, details FROM audit_log WHERE object_type = 'campaign' AND "
        "object_id = ? AND action IN ('campaign.create', 'campaign.edit', 'campaign.state') "
        "ORDER BY id"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return readError(query);
    QStringList authorLogins;
    QString approverLogin;
    while (query.next()) {
        const QString action = query.value(0).toString();
        const QString actor = query.value(1).toString();
        if (action == QLatin1String("campaign.state")) {
            const QJsonObject details =
                QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
            const QString to = details.value(QStringLiteral("to")).toString();
            if (to == QLatin1String("approved"))
                approverLogin = actor;
            else if (to == QLatin1String("draft"))
                approverLogin.clear();
        } else if (!authorLogins.contains(actor)) {
            authorLogins.append(actor);
        }
    }
    for (const QString &login : std::as_const(authorLogins))
        r.authors.append(personName(users, login));
    query.prepare(QStringLiteral("SELECT u.login FROM campaigns c JOIN users u ON u.id = "
                                 "c.approved_by WHERE c.id = ?"));
    query.addBindValue(campaignId);
    if (!query.exec())
        return readError(query);
    if (query.next())
        approverLogin = query.value(0).toString();
    r.approver = personName(users, approverLogin);
    return r;
}

QList<TransparencyRecord::Section> TransparencyRecord::sections(bool forCsv,
                                                                const ExportFormat &format) const
{
    const QLocale locale;
    const QTimeZone paris("Europe/Paris");
    TimestampFormatter times(paris);
    const auto when = [&](const QDateTime &at) {
        if (!at.isValid())
            return QString();
        if (forCsv)
            return times.format(at.toMSecsSinceEpoch());
        return locale.toString(at.toTimeZone(paris), tr("d MMMM yyyy, HH:mm"));
    };
    const auto day = [&](const QDate &date) {
        return !date.isValid() ? QString()
            : forCsv           ? date.toString(Qt::ISODate)
                               : locale.toString(date, tr("d MMMM yyyy"));
    };
    const auto money = [&](qint64 mc) {
        return forCsv ? format.amount(mc) : Money::format(mc, locale);
    };
    const auto count = [&](qint64 n) {
        return forCsv ? QString::number(n) : locale.toString(n);
    };
    const QString zone = forCsv ? tr(" (Europe/Paris)") : QString();
    const QString currency = forCsv ? tr(", EUR") : QString();
    const QString notRecorded = tr("not recorded");

    QList<Section> out;

    Section campaign {tr("Campaign"), {}};
    campaign.fields.append({tr("Campaign"), campaignName});
    campaign.fields.append({tr("Kind"),
                            Campaign::kindLabel(isConsentRequest ? Campaign::Kind::ConsentRequest
                                                                 : Campaign::Kind::Message)});
    campaign.fields.append({tr("State"), stateLabel});
    campaign.fields.append({tr("Sender id"), senderId.isEmpty() ? notRecorded : senderId});
    campaign.fields.append({tr("Record produced") + zone, when(generatedAt)});
    out.append(campaign);

    Section sponsorSection {tr("Sponsor"), {}};
    const QString howToFix = electionId > 0
        ? tr("Record it in Settings → Elections (or tribune-cli election update --name \"%1\" "
             "--sponsor … --sponsor-contact …).")
              .arg(electionName)
        : tr("Link the campaign to an election and record the sponsor in Settings → "
             "Elections.");
    sponsorSection.fields.append(
        {tr("Sponsor"), sponsorDeclared() ? sponsor : tr("NOT DECLARED. %1").arg(howToFix),
         !sponsorDeclared()});
    // How to fix it once is enough when both are missing.
    sponsorSection.fields.append(
        {tr("Sponsor contact"),
         sponsorContactDeclared()
             ? sponsorContact
             : (sponsorDeclared() ? tr("NOT DECLARED. %1").arg(howToFix) : tr("NOT DECLARED.")),
         !sponsorContactDeclared()});
    out.append(sponsorSection);

    Section election {tr("Election"), {}};
    if (electionId > 0) {
        election.fields.append({tr("Election"), electionName});
        election.fields.append({tr("First round"), day(firstRound)});
        if (secondRound.isValid())
            election.fields.append({tr("Second round"), day(secondRound)});
    } else {
        election.fields.append(
            {tr("Election"), tr("NOT LINKED to an election: choose one in the composer."), true});
    }
    out.append(election);

    Section period {tr("Period of dissemination"), {}};
    period.fields.append({tr("First message sent") + zone,
                          firstSubmission.isValid() ? when(firstSubmission) : tr("not sent yet")});
    period.fields.append({tr("Last message sent or delivered") + zone,
                          lastActivity.isValid() ? when(lastActivity) : tr("not sent yet")});
    period.fields.append({tr("Dissemination"), inProgress ? tr("in progress") : tr("finished")});
    out.append(period);

    Section spend {tr("Amount spent"), {}};
    spend.fields.append({tr("Amount excluding VAT") + currency, money(amountExclVatMc)});
    spend.fields.append({tr("VAT (%1 %)")
                                 .arg(forCsv ? format.decimal(vatBasisPoints / 100.0, 2)
                                             : locale.toString(vatBasisPoints / 100.0))
                             + currency,
                         money(vatMc)});
    spend.fields.append({tr("Amount including VAT") + currency, money(amountInclVatMc())});
    spend.fields.append({tr("Provider"), providerName.isEmpty() ? notRecorded : providerName});
    spend.fields.append({tr("Price plan"),
                         pricePlanName.isEmpty() ? tr("default plan (VAT 20 %)") : pricePlanName});
    spend.fields.append({tr("Messages sent"), count(messagesSent)});
    spend.fields.append({tr("SMS parts sent"), count(partsSent)});
    spend.fields.append({tr("Messages delivered"), count(messagesDelivered)});
    out.append(spend);

    Section targeting {tr("Targeting criteria used"), {}};
    targeting.fields.append({tr("Audience"), audienceName.isEmpty() ? notRecorded : audienceName});
    targeting.fields.append({tr("Segment"),
                             !segmentError.isEmpty() ? tr("unreadable: %1").arg(segmentError)
                                                     : (segmentDescription.isEmpty()
                                                            ? tr("the whole audience (no filter)")
                                                            : segmentDescription),
                             !segmentError.isEmpty()});
    targeting.fields.append(
        {tr("Always excluded"),
         tr("numbers on the suppression list (STOP, objections); refused or withdrawn consent")});
    if (sensitiveColumns.isEmpty()) {
        targeting.fields.append({tr("Sensitive data (GDPR art. 9)"),
                                 tr("none: no filter on a column that looks sensitive")});
    } else {
        for (const SensitiveColumn &column : sensitiveColumns) {
            QString value =
                tr("filter on \"%1\" (looks like %2)").arg(column.column, column.category);
            if (!column.reviewedBy.isEmpty())
                value +=
                    tr("; allowed by %1 on %2").arg(column.reviewedBy, when(column.reviewedAt));
            targeting.fields.append({tr("Sensitive data (GDPR art. 9)"), value, true});
        }
    }
    out.append(targeting);

    Section provenance {tr("Audience provenance"), {}};
    provenance.fields.append(
        {tr("Origin"),
         ownAudience ? tr("collected by the party itself") : tr("rented or bought from a broker")});
    if (!ownAudience || !broker.isEmpty())
        provenance.fields.append({tr("Broker"), broker.isEmpty() ? notRecorded : broker});
    if (!ownAudience || !consentTerms.isEmpty())
        provenance.fields.append({tr("Consent terms stated by the broker"),
                                  consentTerms.isEmpty() ? notRecorded : consentTerms});
    if (ownAudience) {
        QString proof = ownConsentProof.isEmpty() ? notRecorded : ownConsentProof;
        if (ownProofRecordedAt.isValid())
            proof +=
                tr(" (recorded by %1 on %2)").arg(ownProofRecordedBy, when(ownProofRecordedAt));
        provenance.fields.append({tr("Own proof of consent"), proof, ownConsentProof.isEmpty()});
    }
    if (imports.isEmpty())
        provenance.fields.append({tr("Imported files"), tr("none recorded")});
    for (const ImportFile &file : imports) {
        provenance.fields.append({tr("Imported file"), file.fileName});
        provenance.fields.append(
            {tr("File SHA-256"), file.sha256.isEmpty() ? notRecorded : file.sha256});
        provenance.fields.append({tr("Imported on") + zone, when(file.importedAt)});
        provenance.fields.append({tr("Contacts imported"), count(file.rows)});
    }
    if (audiencePurged)
        provenance.fields.append({tr("Retention"), tr("the audience's contacts have been purged")});
    out.append(provenance);

    Section consent {tr("Consent basis"), {}};
    if (isConsentRequest) {
        consent.fields.append(
            {tr("Basis"),
             tr("this message is the consent request itself: the one first message "
                "the CNIL asks for before political messages to a rented file")});
    } else if (ownAudience) {
        consent.fields.append({tr("Basis"),
                               tr("consent collected by the party with its own "
                                  "proof (see the audience provenance)")});
    } else {
        consent.fields.append({tr("Basis"),
                               tr("rented audience: consent asked first through "
                                  "Tribune; only those who agreed are written to")});
    }
    if (!ownAudience) {
        consent.fields.append(
            {tr("Numbers of the audience asked for consent"), count(numbersAsked)});
        consent.fields.append({tr("Numbers that agreed (yes)"), count(numbersAgreed)});
    }
    if (!isConsentRequest)
        consent.fields.append({tr("Recipients whose yes was recorded before their message"),
                               count(recipientsWithYes)});
    out.append(consent);

    Section approval {tr("Approval"), {}};
    approval.fields.append(
        {tr("Written by"), authors.isEmpty() ? notRecorded : authors.join(QStringLiteral(", "))});
    approval.fields.append({tr("Approved by"), approver.isEmpty() ? tr("not approved") : approver,
                            approver.isEmpty()});
    if (approvedAt.isValid())
        approval.fields.append({tr("Approved on") + zone, when(approvedAt)});
    if (approvedRevision > 0)
        approval.fields.append({tr("Revision approved"), count(approvedRevision)});
    if (!approver.isEmpty()) {
        const bool twoPeople = !authors.contains(approver);
        approval.fields.append(
            {tr("Two-person rule"),
             twoPeople ? tr("respected: the approver neither wrote nor edited the campaign")
                       : tr("not applied: the approver also wrote the campaign (a database "
                            "without user accounts has a single user)")});
    }
    out.append(approval);

    Section text {tr("Message"), {}};
    text.fields.append({tr("Text of the message"), message});
    text.fields.append({tr("Mandatory footer"), footer.isEmpty() ? tr("none") : footer});
    out.append(text);
    return out;
}

QString TransparencyRecord::toHtml() const
{
    const QLocale locale;
    // The C locale (tests, LC_ALL=C) reads as English, the language of the source strings.
    const QString language = locale.language() == QLocale::C
        ? QStringLiteral("en")
        : QLocale::languageToCode(locale.language());
    QString html;
    html.reserve(16 * 1024);
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .arg(language.isEmpty() ? QStringLiteral("en") : language);
    html += QStringLiteral("<title>%1</title>\n")
                .arg(escaped(tr("Transparency record: %1").arg(campaignName)));
    // Kept to what QTextDocument also understands (the PDF goes through it): classes, colours,
    // borders and margins; @media print for browsers.
    html += QStringLiteral(
        "<style>\n"
        "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1a1a1a; "
        "margin: 2em auto; max-width: 48em; }\n"
        "h1 { font-size: 16pt; margin: 0 0 0.2em 0; }\n"
        "p.subtitle { color: #555555; margin: 0 0 1em 0; }\n"
        "h2 { font-size: 12pt; margin: 1.2em 0 0.3em 0; padding-bottom: 2px; "
        "border-bottom: 1px solid #999999; }\n"
        "table.fields { width: 100%; border-collapse: collapse; }\n"
        "table.fields th { text-align: left; vertical-align: top; font-weight: normal; "
        "color: #444444; width: 36%; padding: 3px 8px 3px 0; }\n"
        "table.fields td { vertical-align: top; padding: 3px 0; }\n"
        "td.warning { color: #a40000; font-weight: bold; }\n"
        "table.alert { width: 100%; border: 2px solid #a40000; border-collapse: collapse; "
        "margin: 0.8em 0; }\n"
        "table.alert td { color: #a40000; font-weight: bold; padding: 6px; }\n"
        "div.message { white-space: pre-wrap; border: 1px solid #999999; background: #f4f4f4; "
        "padding: 8px; font-family: 'DejaVu Sans Mono', monospace; }\n"
        "p.footnote { color: #555555; font-size: 8pt; margin-top: 2em; }\n"
        "@media print { body { margin: 0; max-width: none; } }\n"
        "</style>\n</head>\n<body>\n");
    html += QStringLiteral("<h1>%1</h1>\n")
                .arg(escaped(tr("Transparency record: %1").arg(campaignName)));
    html += QStringLiteral("<p class=\"subtitle\">%1</p>\n")
                .arg(escaped(tr("Political advertising by SMS, Regulation (EU) 2024/900 "
                                "(art. 11 and 12). Times in Europe/Paris.")));
    QStringList missing;
    if (!sponsorDeclared())
        missing.append(tr("the sponsor"));
    if (!sponsorContactDeclared())
        missing.append(tr("the sponsor's contact"));
    if (electionId <= 0)
        missing.append(tr("the election"));
    // A bordered one-cell table rather than a bordered div: QTextDocument (the PDF) draws
    // table borders only.
    if (!missing.isEmpty())
        html += QStringLiteral("<table class=\"alert\" width=\"100%\" border=\"2\" "
                               "cellspacing=\"0\" cellpadding=\"6\"><tr><td>%1</td></tr></table>\n")
                    .arg(escaped(tr("Incomplete record, not declared: %1. Record them in Settings "
                                    "→ Elections before publishing this record.")
                                     .arg(missing.join(QStringLiteral(", ")))));

    // Widths as attributes too: QTextDocument (the PDF) ignores them in CSS.
    const QList<Section> all = sections(false);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Section &section = all.at(i);
        html += QStringLiteral("<h2>%1</h2>\n").arg(escaped(section.title));
        if (i == all.size() - 1) { // the message, as sent: its line breaks kept
            for (const Field &field : section.fields) {
                html += QStringLiteral("<p>%1</p>\n<div class=\"message\">%2</div>\n")
                            .arg(escaped(field.label), escaped(field.value));
            }
            continue;
        }
        html += QStringLiteral("<table class=\"fields\" width=\"100%\" cellspacing=\"0\" "
                               "cellpadding=\"3\">\n");
        for (const Field &field : section.fields) {
            html += QStringLiteral("<tr><th width=\"36%\">%1</th><td%2>%3</td></tr>\n")
                        .arg(escaped(field.label),
                             field.warning ? QStringLiteral(" class=\"warning\"") : QString(),
                             escaped(field.value));
        }
        html += QStringLiteral("</table>\n");
    }
    html += QStringLiteral("<p class=\"footnote\">%1</p>\n")
                .arg(escaped(tr("Produced by Tribune from its database: the outbox for the "
                                "period, messages and amounts, the consent ledger for the "
                                "consent basis, the audit log for the approval.")));
    html += QStringLiteral("</body>\n</html>\n");
    return html;
}

bool TransparencyRecord::writeHtml(const QString &path, QString *errorString) const
{
    QSaveFile file(path);
    const QByteArray page = toHtml().toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(page) != page.size() || !file.commit()) {
        if (errorString)
            *errorString = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TransparencyRecord::writePdf(const QString &path, QString *errorString) const
{
    const auto fail = [&](const QString &text) {
        if (errorString)
            *errorString = text;
        return false;
    };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(tr("A PDF can only be written by the graphical application (it needs "
                       "fonts); write the HTML page and print it instead."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 14, 18, 12), QPageLayout::Millimeter);
        writer.setTitle(tr("Transparency record: %1").arg(campaignName));
        writer.setCreator(QStringLiteral("Tribune"));
        writer.setResolution(300);

        // Paginated here rather than by QTextDocument::print(), to keep each section's heading
        // with its first lines and to number the pages "1 / 3".
        const qreal width = writer.width();
        const qreal folio = writer.resolution() * 0.3; // inches: the page number's line
        const qreal pageHeight = writer.height() - folio;
        QTextDocument document;
        document.documentLayout()->setPaintDevice(&writer);
        document.setDocumentMargin(0);
        document.setPageSize(QSizeF(width, pageHeight));
        document.setHtml(toHtml());
        // A heading in the last sixth of a page goes to the next one. Each break moves what
        // follows, so the layout is read again after each.
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() != 2)
                continue;
            const qreal top = document.documentLayout()->blockBoundingRect(block).top();
            const qreal inPage = top - std::floor(top / pageHeight) * pageHeight;
            if (inPage > pageHeight * 5 / 6) {
                QTextCursor cursor(block);
                QTextBlockFormat format = block.blockFormat();
                format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                cursor.setBlockFormat(format);
                // The layout after an edit is partial (what follows keeps empty rectangles):
                // lay out everything again.
                document.markContentsDirty(0, document.characterCount());
            }
        }
        const int pages = document.pageCount();
        QPainter painter(&writer);
        QFont small = painter.font();
        small.setPointSizeF(8);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * pageHeight);
            document.drawContents(&painter, QRectF(0, page * pageHeight, width, pageHeight));
            painter.restore();
            painter.setFont(small);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(QRectF(0, pageHeight, width, folio), Qt::AlignRight | Qt::AlignBottom,
                             tr("%1 · page %2 of %3").arg(campaignName).arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return fail(tr("Cannot write %1: %2").arg(path, tr("the PDF could not be drawn")));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

ExportResult exportTransparencyCsv(Database *database, const ExportRequest &request,
                                   const Progress &progress)
{
    QString error;
    const std::optional<TransparencyRecord> record =
        TransparencyRecord::load(database, request.campaignId, &error);
    if (!record) {
        ExportResult failed;
        failed.path = request.path;
        failed.errorString = error;
        return failed;
    }
    const QList<TransparencyRecord::Section> sections = record->sections(true, request.format);
    qint64 total = 0;
    for (const TransparencyRecord::Section &section : sections)
        total += section.fields.size();
    return writeCsvFile(
        request.path, request.format,
        {TransparencyRecord::tr("Section"), TransparencyRecord::tr("Field"),
         TransparencyRecord::tr("Value")},
        [&](CsvWriter &writer) {
            ExportResult result;
            for (const TransparencyRecord::Section &section : sections) {
                for (const TransparencyRecord::Field &field : section.fields) {
                    if (!writer.writeRow({section.title, field.label, field.value})) {
                        result.errorString = writer.errorString();
                        return result;
                    }
                    ++result.rows;
                }
            }
            if (progress && !progress(result.rows, total))
                result.cancelled = true;
            return result;
        });
}

} // namespace Reports
