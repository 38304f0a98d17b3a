// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "audience/sensitivecolumns.h"
#include "campaign/recipientquery.h"
#include "consent/consentgate.h"
#include "consent/consentrequestcheck.h"
#include "pricing/budgetcheck.h"
#include "pricing/costpreview.h"
#include "pricing/money.h"
#include "sending/outbox.h"
#include "sms/smsencoding.h"
#include "storage/database.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <climits>

namespace {

QString paris(const QDateTime &at)
{
    return QLocale().toString(at.toTimeZone(QTimeZone("Europe/Paris")), QLocale::ShortFormat);
}

} // namespace

bool Preflight::Result::passed() const
{
    if (!ok)
        return false;
    for (const Check &check : checks) {
        if (check.blocking && !check.passed)
            return false;
    }
    return true;
}

QString Preflight::Result::failures() const
{
    QStringList lines;
    if (!ok)
        lines.append(errorString);
    for (const Check &check : checks) {
        if (check.blocking && !check.passed)
            lines.append(check.explanation);
    }
    return lines.join(QLatin1Char('\n'));
}

Preflight::Result Preflight::run(Database *database, const Campaign &campaign, const QDateTime &now,
                                 const std::atomic_bool *cancel)
{
    return runChecks(database, campaign, now, true, cancel);
}

Preflight::Result Preflight::quick(Database *database, const Campaign &campaign,
                                   const QDateTime &now)
{
    return runChecks(database, campaign, now, false, nullptr);
}

Preflight::Result Preflight::runChecks(Database *database, const Campaign &campaign,
                                       const QDateTime &now, bool full,
                                       const std::atomic_bool *cancel)
{
    Result result;
    const auto add = [&](const QString &key, bool passed, const QString &explanation,
                         bool blocking = true) {
        result.checks.append({key, passed, blocking, explanation});
    };

    add(QStringLiteral("segment"), campaign.segmentError.isEmpty(),
        campaign.segmentError.isEmpty()
            ? tr("The segment can be read.")
            : tr("The segment cannot be read (%1): set it again in the composer.")
                  .arg(campaign.segmentError));

    // A system campaign (the STOP confirmations) is written by Tribune from the consent rules an
    // administrator set, not by a person: no approval, and no STOP footer in a message that
    // confirms a STOP.
    const bool system = campaign.isSystem();
    const bool approved = system
        || (campaign.approvedRevision > 0 && campaign.approvedRevision == campaign.revision
            && campaign.state != Campaign::State::Draft
            && campaign.state != Campaign::State::Cancelled);
    add(QStringLiteral("approval"), approved,
        system         ? tr("Written by Tribune from the consent rules: no approval needed.")
            : approved ? tr("Approved for this version of the text.")
                       : tr("Not approved: an approver must approve this version of the campaign "
                            "(any edit after an approval needs a new one)."));

    // The provider, its maximum parts.
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT name, max_parts FROM providers WHERE id = ?"));
    query.addBindValue(campaign.providerId);
    if (!query.exec()) {
        result.errorString = query.lastError().text();
        return result;
    }
    QString providerName;
    int maxParts = 0;
    if (query.next()) {
        providerName = query.value(0).toString();
        maxParts = query.value(1).toInt();
    }
    query.finish();
    add(QStringLiteral("provider"), !providerName.isEmpty(),
        providerName.isEmpty() ? tr("Choose the SMS provider that will send this campaign.")
                               : tr("Sent through %1.").arg(providerName));

    const Sms::SenderIdCheck sender = Sms::validateSenderId(campaign.senderId);
    const bool senderOk = (!campaign.senderId.isEmpty() && sender.ok)
        || (system && campaign.senderId.isEmpty()); // the provider's own sender
    add(QStringLiteral("sender_id"), senderOk,
        senderOk ? (campaign.senderId.isEmpty() ? tr("Sent with the provider's own sender.")
                                                : tr("Sender id %1.").arg(campaign.senderId))
            : campaign.senderId.isEmpty()
            ? tr("Enter a sender id: up to 11 letters and digits (e.g. CMartin2027) or a short "
                 "code. Since 2023, automated campaigns may not use 06/07 numbers.")
            : sender.errorString);

    // Who writes and how to object, in every message; a consent request says more.
    const QList<Consent::RequestCheck::Item> textChecks = system
        ? QList<Consent::RequestCheck::Item>()
        : Consent::RequestCheck::check(database, campaign);
    QStringList requestFailures;
    for (const Consent::RequestCheck::Item &item : textChecks) {
        if (item.key == QLatin1String("identity") || item.key == QLatin1String("objection"))
            add(item.key, item.passed, item.explanation);
        else if (!item.passed)
            requestFailures.append(item.explanation);
    }
    if (campaign.kind == Campaign::Kind::ConsentRequest)
        add(QStringLiteral("request"), requestFailures.isEmpty(),
            requestFailures.isEmpty()
                ? tr("The consent request says who writes, why, where the number comes from "
                     "and how to answer.")
                : requestFailures.join(QLatin1Char(' ')));

    QDateTime silenceEnd;
    const bool silence = Outbox::isSilence(database, campaign.electionId, now, &silenceEnd);
    add(QStringLiteral("silence"), !silence,
        silence ? tr("Electoral silence (Code électoral L49) until %1: no campaign message may "
                     "be sent. This cannot be overridden.")
                      .arg(paris(silenceEnd))
                : tr("Not in an electoral silence."));

    const Outbox::Window window = Outbox::Window::load(database);
    const bool open = window.allows(now);
    const QDateTime opening = open ? now : window.nextOpening(now);
    add(QStringLiteral("window"), open,
        open ? tr("Inside the sending window.")
            : opening.isValid()
            ? tr("Outside the sending window: sending will start at %1.").arg(paris(opening))
            : tr("The sending window never opens in the next two weeks: check it in Settings."),
        false);

    QStringList refusals;
    for (const Segment::Filter &filter : campaign.segment.filters) {
        const QString refusal =
            SensitiveColumns::refusalFor(database, campaign.audienceId, filter.column);
        if (!refusal.isEmpty())
            refusals.append(refusal);
    }
    add(QStringLiteral("sensitive"), refusals.isEmpty(),
        refusals.isEmpty() ? tr("No filter reveals sensitive data.")
                           : refusals.join(QLatin1Char(' ')));

    if (full) {
        // Who is left, and who is excluded why.
        QVariantList values {campaign.audienceId};
        const QString segment = campaign.segment.sqlCondition(database->isPostgreSql(), &values);
        const auto count = [&](const QString &extra, qint64 *n) {
            QSqlQuery q(database->connection());
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts c WHERE c.audience_id = ? "
                                     "AND %1%2")
                          .arg(segment, extra));
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            if (!q.exec() || !q.next()) {
                result.errorString = q.lastError().text();
                return false;
            }
            *n = q.value(0).toLongLong();
            return true;
        };
        Exclusions &e = result.exclusions;
        const QString suppressed =
            QStringLiteral("EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone)");
        if (!count(QString(), &e.segment)
            || !count(QStringLiteral(" AND ") + suppressed, &e.suppressed)
            || !count(QStringLiteral(" AND NOT ") + suppressed
                          + QStringLiteral(" AND EXISTS (SELECT 1 FROM consent_states cs WHERE "
                                           "cs.phone = c.phone AND cs.state IN ('refused', "
                                           "'opted_out'))"),
                      &e.refused)
            || !count(QStringLiteral(" AND ")
                          + Consent::Gate::sqlCondition(
                              campaign.consentPurpose(),
                              Consent::Gate::isGated(database, campaign.audienceId)),
                      &e.recipients))
            return result;
        const qint64 rest = qMax<qint64>(0, e.segment - e.suppressed - e.refused - e.recipients);
        if (campaign.kind == Campaign::Kind::ConsentRequest)
            e.alreadyAsked = rest;
        else
            e.notGranted = rest;
        QStringList reasons;
        if (e.suppressed > 0)
            reasons.append(tr("%Ln on the suppression list", nullptr,
                              int(qMin<qint64>(e.suppressed, INT_MAX))));
        if (e.refused > 0)
            reasons.append(
                tr("%Ln refused consent", nullptr, int(qMin<qint64>(e.refused, INT_MAX))));
        if (e.notGranted > 0)
            reasons.append(tr("%Ln have not agreed yet (send a consent request first)", nullptr,
                              int(qMin<qint64>(e.notGranted, INT_MAX))));
        if (e.alreadyAsked > 0)
            reasons.append(
                tr("%Ln already asked", nullptr, int(qMin<qint64>(e.alreadyAsked, INT_MAX))));
        const QString excluded = reasons.isEmpty()
            ? tr("nobody excluded")
            : tr("excluded: %1").arg(reasons.join(QStringLiteral(", ")));
        // Once the outbox holds the campaign's messages, who is left to ask or to message
        // tells how far it went; the outbox re-checks each message anyway.
        QSqlQuery queued(database->connection());
        queued.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = ?"));
        queued.addBindValue(campaign.id);
        const bool started = queued.exec() && queued.next() && queued.value(0).toLongLong() > 0;
        add(QStringLiteral("recipients"), e.recipients > 0 || started,
            e.recipients > 0 ? tr("%1 recipients of %2 in the segment (%3).")
                                   .arg(QLocale().toString(e.recipients),
                                        QLocale().toString(e.segment), excluded)
                : started ? tr("No one new to write to (%1): the messages already queued go on.")
                                .arg(excluded)
                          : tr("Nobody to send to: %1 contacts in the segment, %2.")
                                .arg(QLocale().toString(e.segment), excluded));

        // Every message rendered and priced with the provider's plan, then the budgets.
        QString error;
        std::optional<CostPreview::Request> request =
            CostPreview::request(database, campaign, &error);
        if (!request) {
            result.errorString = error;
            return result;
        }
        request->forecast = false;
        const CostPreview cost = CostPreview::compute(database, *request, cancel);
        if (cost.cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!cost.ok) {
            result.errorString = cost.errorString;
            return result;
        }
        const CampaignPreview &preview = cost.message;
        result.parts = preview.parts;
        result.worstParts = preview.worstParts;
        result.costMaxMc = cost.cost.net.max;
        const BudgetCheck budget = BudgetCheck::check(database, campaign.id, cost.cost.net.max);
        if (!budget.ok) {
            result.errorString = budget.errorString;
            return result;
        }
        add(QStringLiteral("budget"), budget.passes(),
            budget.passes()
                ? tr("At most %1 excluding VAT (%2 including VAT), within the campaign's "
                     "budget and the election's ceiling.")
                      .arg(Money::format(cost.cost.net.max),
                           Money::format(
                               BudgetCheck::withVat(cost.cost.net.max, budget.vatBasisPoints)))
                : budget.refusals().join(QLatin1Char(' ')));
        const bool partsOk = maxParts <= 0 || preview.worstParts <= maxParts;
        add(QStringLiteral("parts"), partsOk,
            partsOk ? tr("The longest message takes %Ln part(s).", nullptr, preview.worstParts)
                    : tr("A message takes %1 parts but the provider takes at most %2: shorten the "
                         "text or the merge fields that grow it.")
                          .arg(preview.worstParts)
                          .arg(maxParts));
    }
    result.ok = true;
    return result;
}
