// SPDX-License-Identifier: GPL-3.0-or-later
#include "outbox.h"

#include "campaign/campaign.h"
#include "campaign/recipientquery.h"
#include "consent/consentgate.h"
#include "consent/consentledger.h"
#include "consent/stopconfirmation.h"
#include "pricing/budgetcheck.h"
#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"
#include "storage/auditlog.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/sharedsettings.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>
#include <memory>

using namespace Sending;

namespace {

constexpr int kEnqueueChunk = 5000; // rows per transaction while enqueuing

QString randomSuffix()
{
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyz23456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(33)]));
    return suffix;
}

QString idList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}

Sms::Encoding encodingFromName(const QString &name)
{
    return name == QLatin1String("UCS-2") ? Sms::Encoding::Ucs2 : Sms::Encoding::Gsm7;
}

int minuteOfDay(const QString &text, int fallback)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 2)
        return fallback;
    bool okH = false;
    bool okM = false;
    const int h = parts.at(0).toInt(&okH);
    const int m = parts.at(1).toInt(&okM);
    if (!okH || !okM || h < 0 || m < 0 || m > 59 || h * 60 + m > 1440)
        return fallback;
    return h * 60 + m;
}

QString hhmm(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QDate easterSunday(int year)
{
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

} // namespace

// ---- Window ----------------------------------------------------------------------------------

bool Outbox::Window::allows(const QDateTime &at) const
{
    const QDateTime local = at.toTimeZone(QTimeZone(timeZone));
    const QDate date = local.date();
    if (!days.contains(QString::number(date.dayOfWeek())))
        return false;
    if (skipHolidays && isPublicHoliday(date, alsaceMoselle))
        return false;
    const int minute = local.time().hour() * 60 + local.time().minute();
    return minute >= startMinute && minute < endMinute;
}

QDateTime Outbox::Window::nextOpening(const QDateTime &at) const
{
    if (allows(at))
        return at;
    const QTimeZone zone(timeZone);
    const QDateTime local = at.toTimeZone(zone);
    for (int day = 0; day < 15; ++day) {
        const QDate date = local.date().addDays(day);
        QDateTime opening(date, QTime(startMinute / 60, startMinute % 60), zone);
        if (day == 0 && opening < at)
            continue;
        if (allows(opening))
            return opening.toUTC();
    }
    return {};
}

Outbox::Window Outbox::Window::load(Database *database)
{
    Window window;
    window.startMinute = minuteOfDay(
        SharedSettings::value(database, QStringLiteral("sending.window_start"), QString()),
        window.startMinute);
    window.endMinute = minuteOfDay(
        SharedSettings::value(database, QStringLiteral("sending.window_end"), QString()),
        window.endMinute);
    window.days =
        SharedSettings::value(database, QStringLiteral("sending.window_days"), window.days);
    window.skipHolidays =
        SharedSettings::boolValue(database, QStringLiteral("sending.skip_holidays"), true);
    window.alsaceMoselle =
        SharedSettings::boolValue(database, QStringLiteral("sending.alsace_moselle"), false);
    window.timeZone = SharedSettings::value(database, QStringLiteral("sending.timezone"),
                                            QString::fromLatin1(window.timeZone))
                          .toLatin1();
    if (!QTimeZone(window.timeZone).isValid())
        window.timeZone = "Europe/Paris";
    return window;
}

QDateTime Outbox::Window::closing(const QDateTime &at) const
{
    if (!allows(at))
        return {};
    const QTimeZone zone(timeZone);
    const QDate date = at.toTimeZone(zone).date();
    return QDateTime(date, QTime(0, 0), zone).addSecs(qint64(endMinute) * 60).toUTC();
}

bool Outbox::Window::validate(QString *errorString) const
{
    const auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (startMinute < 0 || startMinute >= 1440 || endMinute <= 0 || endMinute > 1440)
        return fail(Outbox::tr("Give the opening and closing hours as HH:MM, between 00:00 and "
                               "24:00."));
    if (startMinute >= endMinute)
        return fail(Outbox::tr("The window must open before it closes (opens %1, closes %2).")
                        .arg(timeText(startMinute), timeText(endMinute)));
    if (days.isEmpty())
        return fail(Outbox::tr("Choose at least one day of the week on which messages may be "
                               "sent."));
    for (int i = 0; i < days.size(); ++i) {
        const QChar day = days.at(i);
        if (day < QLatin1Char('1') || day > QLatin1Char('7') || days.indexOf(day) != i)
            return fail(Outbox::tr("The days are digits from 1 (Monday) to 7 (Sunday), each "
                                   "once, e.g. 123456; not \"%1\".")
                            .arg(days));
    }
    if (!QTimeZone(timeZone).isValid())
        return fail(Outbox::tr("Unknown time zone \"%1\".").arg(QString::fromLatin1(timeZone)));
    return true;
}

QString Outbox::Window::timeText(int minute)
{
    return hhmm(minute);
}

int Outbox::Window::minuteFromText(const QString &text)
{
    return minuteOfDay(text.trimmed(), -1);
}

bool Outbox::Window::operator==(const Window &other) const
{
    return startMinute == other.startMinute && endMinute == other.endMinute && days == other.days
        && skipHolidays == other.skipHolidays && alsaceMoselle == other.alsaceMoselle
        && timeZone == other.timeZone;
}

bool Outbox::Window::mayChange(Database *database, const QString &actor, QString *errorString)
{
    const std::optional<UserAccount> user = UserAccount::find(database, actor, errorString);
    if (!user)
        return false;
    if (!user->mayAdminister()) {
        if (errorString)
            *errorString = Outbox::tr("Only an administrator can change the sending window.");
        return false;
    }
    return true;
}

bool Outbox::Window::save(Database *database, const QString &actor, QString *errorString) const
{
    const auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!validate(errorString))
        return false;
    Transaction transaction(database->connection(), Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(
            Outbox::tr("Cannot save the sending window: %1").arg(transaction.errorString()));
    QString error;
    const std::optional<UserAccount> user = UserAccount::find(database, actor, &error);
    if (!user)
        return fail(error);
    if (!user->mayAdminister())
        return fail(Outbox::tr("Only an administrator can change the sending window."));
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("sending.window_start"), hhmm(startMinute)},
        {QStringLiteral("sending.window_end"), hhmm(endMinute)},
        {QStringLiteral("sending.window_days"), days},
        {QStringLiteral("sending.skip_holidays"),
         skipHolidays ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("sending.alsace_moselle"),
         alsaceMoselle ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("sending.timezone"), QString::fromLatin1(timeZone)}};
    for (const auto &value : values) {
        if (!SharedSettings::setValue(database, value.first, value.second, &error))
            return fail(Outbox::tr("Cannot save the sending window: %1").arg(error));
    }
    const QJsonObject details {{QStringLiteral("start"), hhmm(startMinute)},
                               {QStringLiteral("end"), hhmm(endMinute)},
                               {QStringLiteral("days"), days},
                               {QStringLiteral("skip_holidays"), skipHolidays},
                               {QStringLiteral("alsace_moselle"), alsaceMoselle},
                               {QStringLiteral("timezone"), QString::fromLatin1(timeZone)}};
    if (!AuditLog::append(database, actor, QStringLiteral("settings.sending_window"),
                          QStringLiteral("settings"), 0, details, &error, user->id))
        return fail(Outbox::tr("Cannot save the sending window: %1").arg(error));
    if (!transaction.commit())
        return fail(
            Outbox::tr("Cannot save the sending window: %1").arg(transaction.errorString()));
    return true;
}

QList<Outbox::Holiday> Outbox::upcomingHolidays(const QDate &from, int count, bool alsaceMoselle)
{
    QList<Holiday> holidays;
    for (int year = from.year(); holidays.size() < count && year <= from.year() + 2; ++year) {
        const QDate easter = easterSunday(year);
        QList<Holiday> ofYear = {{QDate(year, 1, 1), tr("New Year's Day")},
                                 {easter.addDays(1), tr("Easter Monday")},
                                 {QDate(year, 5, 1), tr("Labour Day")},
                                 {QDate(year, 5, 8), tr("Victory in Europe Day")},
                                 {easter.addDays(39), tr("Ascension Day")},
                                 {easter.addDays(50), tr("Whit Monday")},
                                 {QDate(year, 7, 14), tr("Bastille Day")},
                                 {QDate(year, 8, 15), tr("Assumption Day")},
                                 {QDate(year, 11, 1), tr("All Saints' Day")},
                                 {QDate(year, 11, 11), tr("Armistice Day")},
                                 {QDate(year, 12, 25), tr("Christmas Day")}};
        if (alsaceMoselle) {
            ofYear.append({easter.addDays(-2), tr("Good Friday (Alsace-Moselle)")});
            ofYear.append({QDate(year, 12, 26), tr("St Stephen's Day (Alsace-Moselle)")});
        }
        std::sort(ofYear.begin(), ofYear.end(),
                  [](const Holiday &a, const Holiday &b) { return a.date < b.date; });
        for (const Holiday &holiday : std::as_const(ofYear)) {
            if (holiday.date >= from && holidays.size() < count)
                holidays.append(holiday);
        }
    }
    return holidays;
}

QString Outbox::clientRef(qint64 campaignId, const QString &recipientKey, const QString &run)
{
    return QStringLiteral("c%1-%2-%3").arg(QString::number(campaignId), recipientKey, run);
}

QString Outbox::newRunSuffix()
{
    return randomSuffix();
}

bool Outbox::isPublicHoliday(const QDate &date, bool alsaceMoselle)
{
    const int m = date.month();
    const int d = date.day();
    if ((m == 1 && d == 1) || (m == 5 && (d == 1 || d == 8)) || (m == 7 && d == 14)
        || (m == 8 && d == 15) || (m == 11 && (d == 1 || d == 11)) || (m == 12 && d == 25))
        return true;
    if (alsaceMoselle && m == 12 && d == 26)
        return true;
    const QDate easter = easterSunday(date.year());
    const qint64 offset = easter.daysTo(date);
    if (offset == 1 || offset == 39 || offset == 50)
        return true;
    return alsaceMoselle && offset == -2;
}

bool Outbox::isSilence(Database *database, qint64 electionId, const QDateTime &at, QDateTime *until)
{
    if (electionId <= 0)
        return false;
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT first_round_date, second_round_date, polls_close_time "
                                 "FROM elections WHERE id = ?"));
    query.addBindValue(electionId);
    if (!query.exec() || !query.next())
        return false;
    const QTimeZone paris("Europe/Paris");
    const int close = minuteOfDay(query.value(2).toString(), 20 * 60);
    for (int column = 0; column < 2; ++column) {
        const QDate round = QDate::fromString(query.value(column).toString(), Qt::ISODate);
        if (!round.isValid())
            continue;
        const QDateTime from(round.addDays(-1), QTime(0, 0), paris);
        const QDateTime to = QDateTime(round, QTime(0, 0), paris).addSecs(qint64(close) * 60);
        if (at >= from && at < to) {
            if (until)
                *until = to.toUTC();
            return true;
        }
    }
    return false;
}

// ---- Outbox ----------------------------------------------------------------------------------

Outbox::Outbox(Database *database)
    : Outbox(database, Options())
{ }

Outbox::Outbox(Database *database, const Options &options)
    : m_database(database)
    , m_options(options)
{ }

int Outbox::backoffMs(int attempts, int retryAfterMs) const
{
    const int exponent = std::clamp(attempts - 1, 0, 20);
    const qint64 full =
        std::min<qint64>(m_options.maxBackoffMs, qint64(m_options.baseBackoffMs) << exponent);
    // "Equal jitter": half fixed, half random, so retries of a burst spread out.
    const qint64 delay = full / 2 + QRandomGenerator::global()->bounded(full / 2 + 1);
    return int(std::max<qint64>(delay, retryAfterMs));
}

Outbox::EnqueueResult Outbox::enqueue(const Campaign &campaign, int maxParts)
{
    EnqueueResult result;
    QElapsedTimer timer;
    timer.start();
    if (!campaign.segmentError.isEmpty()) {
        result.errorString =
            tr("The segment of this campaign cannot be read: %1").arg(campaign.segmentError);
        return result;
    }
    QSqlDatabase db = m_database->connection();
    const auto countRows = [&]() -> qint64 {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM messages WHERE campaign_id = ?"));
        count.addBindValue(campaign.id);
        return count.exec() && count.next() ? count.value(0).toLongLong() : -1;
    };
    const qint64 before = countRows();

    const MessageTemplate messageTemplate(campaign.message);
    QStringList fields;
    for (const MessageTemplate::Field &field : messageTemplate.fields())
        fields.append(field.name);

    // Everything in one transaction: a refusal (too many parts) or a crash leaves nothing,
    // and a second run adds nothing twice (UNIQUE (campaign_id, phone)).
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        result.errorString = transaction.errorString();
        return result;
    }
    RecipientQuery recipients(m_database, campaign.audienceId, campaign.segment,
                              campaign.consentPurpose());
    if (!recipients.exec(fields)) {
        result.errorString = recipients.errorString();
        return result;
    }
    const QString conflict = QStringLiteral("ON CONFLICT (campaign_id, phone) DO NOTHING");
    const QStringList columns = {
        QStringLiteral("campaign_id"), QStringLiteral("contact_id"), QStringLiteral("phone"),
        QStringLiteral("body"),        QStringLiteral("encoding"),   QStringLiteral("parts"),
        QStringLiteral("state"),       QStringLiteral("client_ref"), QStringLiteral("queued_at")};
    BulkInserter inserter(db, QStringLiteral("messages"), columns, conflict);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString suffix = newRunSuffix();
    RecipientQuery::Recipient recipient;
    while (recipients.next(&recipient)) {
        const QString text =
            Sms::withFooter(messageTemplate.render([&recipient](const QString &name) {
                return recipient.value(name);
            }),
                            campaign.footer);
        const Sms::Measure measure = Sms::measure(text);
        if (measure.parts > maxParts) {
            result.errorString =
                tr("The message to %1 takes %2 parts; the provider accepts at most %3.")
                    .arg(recipient.phone)
                    .arg(measure.parts)
                    .arg(maxParts);
            return result;
        }
        if (measure.parts < 1) {
            result.errorString = tr("The message to %1 is empty.").arg(recipient.phone);
            return result;
        }
        const QVariantList row = {
            campaign.id,
            recipient.contactId,
            recipient.phone,
            text,
            Sms::encodingName(measure.encoding),
            measure.parts,
            QStringLiteral("queued"),
            clientRef(campaign.id, QString::number(recipient.contactId), suffix),
            now};
        if (!inserter.addRow(row)) {
            result.errorString = inserter.errorString();
            return result;
        }
    }
    if (!inserter.flush()) {
        result.errorString = inserter.errorString();
        return result;
    }
    if (!transaction.commit()) {
        result.errorString = transaction.errorString();
        return result;
    }
    Q_UNUSED(kEnqueueChunk)
    result.total = countRows();
    result.added = result.total - std::max<qint64>(before, 0);
    result.ok = result.total >= 0;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

Outbox::Claim Outbox::claim(qint64 campaignId, int n, const QString &instanceId,
                            const QDateTime &now)
{
    Claim claim;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        claim.errorString = transaction.errorString();
        return claim;
    }
    QSqlQuery campaign(db);
    campaign.prepare(QStringLiteral(
        "SELECT c.state, c.election_id, COALESCE(c.budget_cap_mc, 0), COALESCE(c.sender_id, ''), "
        "pp.gsm7_part_mc, pp.ucs2_part_mc, pp.max_part_mc, c.kind, a.origin, "
        "COALESCE(a.own_consent_proof, ''), "
        "(SELECT COALESCE(e.spending_cap_mc, 0) FROM elections e WHERE e.id = c.election_id), "
        "COALESCE(c.system_kind, ''), COALESCE(pp.vat_basis_points, 2000) "
        "FROM campaigns c LEFT JOIN audiences a ON a.id = c.audience_id "
        "LEFT JOIN providers p ON p.id = c.provider_id "
        "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id WHERE c.id = ?"));
    campaign.addBindValue(campaignId);
    if (!campaign.exec() || !campaign.next()) {
        claim.errorString = campaign.lastError().isValid() ? campaign.lastError().text()
                                                           : tr("This campaign no longer exists.");
        return claim;
    }
    claim.ok = true;
    if (campaign.value(0).toString() != QLatin1String("sending")) {
        claim.block = Block::NotSending;
        return claim;
    }
    const qint64 electionId = campaign.value(1).toLongLong();
    const qint64 budgetCap = campaign.value(2).toLongLong();
    const QString sender = campaign.value(3).toString();
    const qint64 maxPart = campaign.value(6).toLongLong();
    const qint64 gsmPart = campaign.value(4).isNull() ? maxPart : campaign.value(4).toLongLong();
    const qint64 ucsPart = campaign.value(5).isNull() ? maxPart : campaign.value(5).toLongLong();
    const Consent::Purpose purpose =
        campaign.value(7).toString() == QLatin1String("consent_request")
        ? Consent::Purpose::ConsentRequest
        : Consent::Purpose::Campaign;
    const bool gated =
        Consent::Gate::isGated(campaign.value(8).toString(), campaign.value(9).toString(),
                               Consent::Settings::load(m_database).gate);
    // The election's spending ceiling (Code électoral L52-11), shared by all its campaigns.
    const qint64 electionCap = campaign.value(10).toLongLong();
    // The confirmation of a STOP goes to suppressed numbers only: the inverse of the gate, and
    // outside any budget (it is not campaign spending).
    const bool stopConfirmation =
        campaign.value(11).toString() == Consent::StopConfirmation::systemKind();
    // The ceiling counts amounts including VAT (BudgetCheck), at this campaign's plan's rate.
    const int vatBasisPoints = campaign.value(12).toInt();
    campaign.finish();

    // Time-based rules first: nothing is claimed, everything stays queued.
    if (isSilence(m_database, electionId, now, &claim.blockedUntil)) {
        claim.block = Block::Silence;
        return claim;
    }
    const Window window = Window::load(m_database);
    if (!window.allows(now)) {
        claim.block = Block::Window;
        claim.blockedUntil = window.nextOpening(now);
        return claim;
    }

    // What the campaign, and every campaign of its election, already reserved or spent. On
    // PostgreSQL the election's row is locked first, so that the claims of its other campaigns
    // wait and two sends cannot both take the last of the ceiling (SQLite's write lock already
    // serialises claims).
    const auto spentBy = [&](const QString &sql, qint64 id, qint64 *spent) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(id);
        if (query.exec() && query.next()) {
            *spent = query.value(0).toLongLong();
            return true;
        }
        claim.ok = false;
        claim.errorString = query.lastError().text();
        return false;
    };
    qint64 committed = 0;
    qint64 electionCommitted = 0;
    if (budgetCap > 0
        && !spentBy(
            QStringLiteral("SELECT COALESCE(SUM(cost_mc), 0) FROM messages WHERE campaign_id = ?"),
            campaignId, &committed))
        return claim;
    qint64 locked = 0;
    if (electionCap > 0
        && ((m_database->isPostgreSql()
             && !spentBy(QStringLiteral("SELECT 0 FROM elections WHERE id = ? FOR UPDATE"),
                         electionId, &locked))
            || !spentBy(BudgetCheck::electionSpendingSql(), electionId, &electionCommitted)))
        return claim;
    // What this claim reserves, excluding VAT: the ceiling is checked against the election's
    // spending plus this amount taxed once (no rounding per message).
    qint64 claimedNet = 0;

    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlQuery select(db);
    select.prepare(
        QStringLiteral(
            "SELECT m.id, m.phone, m.body, m.encoding, m.parts, m.client_ref, "
            "CASE WHEN EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = m.phone) "
            "THEN 1 ELSE 0 END, "
            "(SELECT cs.state FROM consent_states cs WHERE cs.phone = m.phone) "
            "FROM messages m WHERE m.campaign_id = ? AND m.state = 'queued' "
            "AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= ?) ORDER BY m.id LIMIT ?%1")
            .arg(m_database->isPostgreSql() ? QStringLiteral(" FOR UPDATE OF m SKIP LOCKED")
                                            : QString()));
    select.addBindValue(campaignId);
    select.addBindValue(nowMs);
    select.addBindValue(std::max(n, 1));
    if (!select.exec()) {
        claim.ok = false;
        claim.errorString = select.lastError().text();
        return claim;
    }
    QHash<QString, QList<qint64>> refused; // error code -> ids
    QList<QPair<OutgoingMessage, qint64>> taken; // message, reserved cost
    while (select.next()) {
        OutgoingMessage message;
        message.id = select.value(0).toLongLong();
        message.campaignId = campaignId;
        message.phone = select.value(1).toString();
        message.body = select.value(2).toString();
        message.encoding = encodingFromName(select.value(3).toString());
        message.parts = select.value(4).toInt();
        message.clientRef = select.value(5).toString();
        message.sender = sender;
        if (stopConfirmation) {
            if (select.value(6).toInt() != 0)
                taken.append({message,
                              qint64(message.parts)
                                  * (message.encoding == Sms::Encoding::Ucs2 ? ucsPart : gsmPart)});
            else
                refused[QStringLiteral("not_suppressed")].append(message.id);
            continue;
        }
        const Consent::Gate::Verdict verdict = Consent::Gate::check(
            purpose, gated, select.value(6).toInt() != 0, select.value(7).toString());
        if (verdict != Consent::Gate::Verdict::Allowed) {
            refused[Consent::Gate::verdictKey(verdict)].append(message.id);
            continue;
        }
        const qint64 cost =
            qint64(message.parts) * (message.encoding == Sms::Encoding::Ucs2 ? ucsPart : gsmPart);
        if (budgetCap > 0 && committed + cost > budgetCap) {
            refused[QStringLiteral("budget")].append(message.id);
            claim.budgetReached = true;
            continue;
        }
        if (electionCap > 0
            && electionCommitted + BudgetCheck::withVat(claimedNet + cost, vatBasisPoints)
                > electionCap) {
            refused[QStringLiteral("election_budget")].append(message.id);
            claim.budgetReached = true;
            continue;
        }
        committed += cost;
        claimedNet += cost;
        taken.append({message, cost});
    }
    select.finish();

    QSqlQuery mark(db);
    mark.prepare(
        QStringLiteral("UPDATE messages SET state = 'submitting', claimed_by = ?, claimed_at = ?, "
                       "submitted_at = ?, attempts = attempts + 1, cost_mc = ? WHERE id = ? AND "
                       "state = 'queued'"));
    for (const auto &[message, cost] : std::as_const(taken)) {
        mark.addBindValue(instanceId);
        mark.addBindValue(nowMs);
        mark.addBindValue(nowMs);
        mark.addBindValue(cost);
        mark.addBindValue(message.id);
        if (!mark.exec() || mark.numRowsAffected() != 1) {
            claim.ok = false;
            claim.errorString = mark.lastError().isValid()
                ? mark.lastError().text()
                : tr("A message was claimed by another sender meanwhile.");
            return claim;
        }
        claim.messages.append(message);
    }
    for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
        QSqlQuery cancel(db);
        cancel.prepare(QStringLiteral("UPDATE messages SET state = 'cancelled', error_code = ?, "
                                      "final_at = ? WHERE state = 'queued' AND id IN (%1)")
                           .arg(idList(it.value())));
        cancel.addBindValue(it.key());
        cancel.addBindValue(nowMs);
        if (!cancel.exec()) {
            claim.ok = false;
            claim.errorString = cancel.lastError().text();
            claim.messages.clear();
            return claim;
        }
        claim.cancelled += int(it.value().size());
    }
    if (!transaction.commit()) {
        claim.ok = false;
        claim.errorString = transaction.errorString();
        claim.messages.clear();
        return claim;
    }
    return claim;
}

bool Outbox::record(const QList<SubmitResult> &results, QString *errorString)
{
    const auto fail = [&](const QString &message) {
        m_errorString = message;
        if (errorString)
            *errorString = message;
        return false;
    };
    if (results.isEmpty())
        return true;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QVariant nullText(QMetaType(QMetaType::QString));
    const auto text = [&](const QString &s) {
        return s.isEmpty() ? nullText : QVariant(s);
    };

    QSqlQuery accepted(db);
    accepted.prepare(QStringLiteral(
        "UPDATE messages SET state = CASE WHEN state IN ('submitting', 'unknown') "
        "THEN 'accepted' ELSE state END, provider_message_id = COALESCE(?, provider_message_id), "
        "cost_mc = COALESCE(?, cost_mc), accepted_at = COALESCE(accepted_at, ?), "
        "error_code = NULL, error_text = NULL "
        "WHERE id = ? AND state IN ('submitting', 'unknown', 'accepted', 'delivered', 'failed', "
        "'expired')"));
    QSqlQuery attempts(db);
    attempts.prepare(QStringLiteral("SELECT attempts, phone FROM messages WHERE id = ?"));
    QSqlQuery retry(db);
    retry.prepare(QStringLiteral(
        "UPDATE messages SET state = 'queued', next_attempt_at = ?, claimed_by = NULL, "
        "claimed_at = NULL, cost_mc = 0, error_code = ?, error_text = ? "
        "WHERE id = ? AND state IN ('submitting', 'unknown')"));
    // The account was refused, not the message: queued again at once (the engine stops until
    // the account is fixed) without counting the attempt.
    QSqlQuery requeue(db);
    requeue.prepare(QStringLiteral(
        "UPDATE messages SET state = 'queued', next_attempt_at = NULL, claimed_by = NULL, "
        "claimed_at = NULL, cost_mc = 0, error_code = ?, error_text = ?, "
        "attempts = CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END "
        "WHERE id = ? AND state IN ('submitting', 'unknown')"));
    QSqlQuery failed(db);
    failed.prepare(QStringLiteral(
        "UPDATE messages SET state = 'failed', final_at = ?, cost_mc = 0, error_code = ?, "
        "error_text = ? WHERE id = ? AND state IN ('submitting', 'unknown', 'queued')"));
    QSqlQuery unknown(db);
    unknown.prepare(
        QStringLiteral("UPDATE messages SET state = 'unknown', error_code = ?, error_text = ? "
                       "WHERE id = ? AND state = 'submitting'"));
    // The consent ledger learns of each consent request that left, and of each STOP a
    // provider reports while refusing a message.
    Consent::Ledger ledger(m_database);
    QSqlQuery about(db);
    about.prepare(QStringLiteral(
        "SELECT m.phone, m.body, c.kind, c.audience_id, a.name, c.provider_id FROM messages m "
        "JOIN campaigns c ON c.id = m.campaign_id LEFT JOIN audiences a ON a.id = c.audience_id "
        "WHERE m.id = ?"));
    const auto consentEvent = [&](const SubmitResult &result, bool stop) {
        about.addBindValue(result.messageId);
        if (!about.exec() || !about.next())
            return fail(about.lastError().text());
        Consent::Ledger::Record record;
        record.phone = about.value(0).toString();
        record.textSent = about.value(1).toString();
        const bool consentRequest = about.value(2).toString() == QLatin1String("consent_request");
        record.audienceId = about.value(3).toLongLong();
        record.audienceName = about.value(4).toString();
        const qint64 providerId = about.value(5).toLongLong();
        about.finish();
        record.messageId = result.messageId;
        record.providerMessageId = result.providerMessageId;
        if (stop) {
            record.actor = QStringLiteral("provider");
            record.note = QStringLiteral("%1 %2").arg(result.errorCode, result.errorText).trimmed();
            if (!ledger.suppress(record, QStringLiteral("provider_stop"),
                                 QStringLiteral("provider")))
                return fail(ledger.errorString());
            QString error;
            if (!Consent::StopConfirmation::queue(m_database, record.phone, providerId, &error))
                qWarning("Outbox: cannot queue the STOP confirmation: %s", qPrintable(error));
            return true;
        }
        if (!consentRequest)
            return true;
        QString current;
        if (!ledger.readState(record.phone, &current))
            return fail(ledger.errorString());
        if (!current.isEmpty() && current != QLatin1String("unknown"))
            return true; // asked already (an earlier run of this request, or another)
        record.event = Consent::Ledger::Event::Requested;
        record.note = result.outcome == SubmitOutcome::Accepted
            ? QString()
            : QStringLiteral("the provider may have taken it (no answer)");
        return ledger.append(record) || fail(ledger.errorString());
    };

    for (const SubmitResult &result : results) {
        switch (result.outcome) {
        case SubmitOutcome::Accepted:
            accepted.addBindValue(text(result.providerMessageId));
            accepted.addBindValue(result.costMc >= 0 ? QVariant(result.costMc)
                                                     : QVariant(QMetaType(QMetaType::LongLong)));
            accepted.addBindValue(now);
            accepted.addBindValue(result.messageId);
            if (!accepted.exec())
                return fail(accepted.lastError().text());
            if (!consentEvent(result, false))
                return false;
            break;
        case SubmitOutcome::Retry: {
            if (result.accountError) {
                requeue.addBindValue(text(result.errorCode));
                requeue.addBindValue(text(result.errorText));
                requeue.addBindValue(result.messageId);
                if (!requeue.exec())
                    return fail(requeue.lastError().text());
                break;
            }
            attempts.addBindValue(result.messageId);
            if (!attempts.exec())
                return fail(attempts.lastError().text());
            const int done = attempts.next() ? attempts.value(0).toInt() : 0;
            attempts.finish();
            if (done >= m_options.maxAttempts) {
                failed.addBindValue(now);
                failed.addBindValue(QStringLiteral("retries"));
                failed.addBindValue(
                    text(result.errorText.isEmpty() ? result.errorCode : result.errorText));
                failed.addBindValue(result.messageId);
                if (!failed.exec())
                    return fail(failed.lastError().text());
                break;
            }
            retry.addBindValue(now + backoffMs(done, result.retryAfterMs));
            retry.addBindValue(text(result.errorCode));
            retry.addBindValue(text(result.errorText));
            retry.addBindValue(result.messageId);
            if (!retry.exec())
                return fail(retry.lastError().text());
            break;
        }
        case SubmitOutcome::Failed:
            failed.addBindValue(now);
            failed.addBindValue(
                text(result.errorCode.isEmpty() ? QStringLiteral("failed") : result.errorCode));
            failed.addBindValue(text(result.errorText));
            failed.addBindValue(result.messageId);
            if (!failed.exec())
                return fail(failed.lastError().text());
            if (result.optedOut && !consentEvent(result, true))
                return false;
            break;
        case SubmitOutcome::Unknown:
            unknown.addBindValue(text(result.errorCode));
            unknown.addBindValue(text(result.errorText));
            unknown.addBindValue(result.messageId);
            if (!unknown.exec())
                return fail(unknown.lastError().text());
            // Maybe sent: the number counts as asked, so that no second request goes out.
            if (!consentEvent(result, false))
                return false;
            break;
        }
    }
    if (!transaction.commit())
        return fail(transaction.errorString());
    return true;
}

qint64 Outbox::cancelQueued(qint64 campaignId, QString *errorString)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("UPDATE messages SET state = 'cancelled', error_code = "
                                 "'cancelled', final_at = ? WHERE campaign_id = ? AND state = "
                                 "'queued'"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(campaignId);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        if (errorString)
            *errorString = m_errorString;
        return -1;
    }
    return query.numRowsAffected();
}

QList<OutgoingMessage> Outbox::readMessages(QSqlQuery &query, qint64 campaignId)
{
    QList<OutgoingMessage> messages;
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return messages;
    }
    while (query.next()) {
        OutgoingMessage message;
        message.id = query.value(0).toLongLong();
        message.campaignId = campaignId;
        message.phone = query.value(1).toString();
        message.body = query.value(2).toString();
        message.encoding = encodingFromName(query.value(3).toString());
        message.parts = query.value(4).toInt();
        message.clientRef = query.value(5).toString();
        message.sender = query.value(6).toString();
        message.providerMessageId = query.value(7).toString();
        messages.append(message);
    }
    return messages;
}

QList<OutgoingMessage> Outbox::stranded(qint64 campaignId, const QString &instanceId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT m.id, m.phone, m.body, m.encoding, m.parts, m.client_ref, "
        "COALESCE(c.sender_id, ''), m.provider_message_id FROM messages m "
        "JOIN campaigns c ON c.id = m.campaign_id "
        "WHERE m.campaign_id = ? AND m.state = 'submitting' AND (m.claimed_by = ? OR "
        "m.claimed_at < ?) ORDER BY m.id"));
    query.addBindValue(campaignId);
    query.addBindValue(instanceId);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - m_options.staleClaimMs);
    return readMessages(query, campaignId);
}

QList<OutgoingMessage> Outbox::awaitingReport(qint64 campaignId, const QDateTime &acceptedBefore,
                                              qint64 afterId, int limit)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral(
        "SELECT m.id, m.phone, m.body, m.encoding, m.parts, m.client_ref, "
        "COALESCE(c.sender_id, ''), m.provider_message_id FROM messages m "
        "JOIN campaigns c ON c.id = m.campaign_id "
        "WHERE m.campaign_id = ? AND m.state = 'accepted' AND m.provider_message_id IS NOT NULL "
        "AND m.accepted_at <= ? AND m.id > ? ORDER BY m.id LIMIT ?"));
    query.addBindValue(campaignId);
    query.addBindValue(acceptedBefore.toMSecsSinceEpoch());
    query.addBindValue(afterId);
    query.addBindValue(std::max(limit, 1));
    return readMessages(query, campaignId);
}

void Outbox::recover(qint64 campaignId, const QString &instanceId, Provider *provider,
                     const std::function<void(int, bool)> &done)
{
    const QList<OutgoingMessage> messages = stranded(campaignId, instanceId);
    if (messages.isEmpty()) {
        done(0, m_errorString.isEmpty());
        return;
    }
    if (!provider || !provider->capabilities().lookupByClientRef) {
        QList<SubmitResult> results;
        for (const OutgoingMessage &message : messages) {
            SubmitResult result;
            result.messageId = message.id;
            result.outcome = SubmitOutcome::Unknown;
            result.errorCode = QStringLiteral("interrupted");
            result.errorText = tr("Sending was interrupted; the provider cannot tell whether it "
                                  "took this message.");
            results.append(result);
        }
        const bool ok = record(results);
        done(int(messages.size()), ok);
        return;
    }
    // Ask the provider about each; record every answer, then report once.
    struct State
    {
        int pending = 0;
        QList<SubmitResult> results;
    };
    auto state = std::make_shared<State>();
    state->pending = int(messages.size());
    const int total = state->pending;
    for (const OutgoingMessage &message : messages) {
        provider->lookup(message, [this, state, total, done](const SubmitResult &result) {
            state->results.append(result);
            if (--state->pending == 0) {
                const bool ok = record(state->results);
                done(total, ok);
            }
        });
    }
}

Outbox::Counts Outbox::counts(qint64 campaignId)
{
    Counts counts;
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("SELECT state, COUNT(*), COALESCE(SUM(cost_mc), 0), "
                       "SUM(CASE WHEN next_attempt_at > ? THEN 1 ELSE 0 END) FROM messages "
                       "WHERE campaign_id = ? GROUP BY state"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(campaignId);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return counts;
    }
    while (query.next()) {
        const QString state = query.value(0).toString();
        const qint64 n = query.value(1).toLongLong();
        counts.costMc += query.value(2).toLongLong();
        if (state == QLatin1String("queued")) {
            counts.queued = n;
            counts.waiting = query.value(3).toLongLong();
        } else if (state == QLatin1String("submitting")) {
            counts.submitting = n;
        } else if (state == QLatin1String("accepted")) {
            counts.accepted = n;
        } else if (state == QLatin1String("delivered")) {
            counts.delivered = n;
        } else if (state == QLatin1String("failed")) {
            counts.failed = n;
        } else if (state == QLatin1String("expired")) {
            counts.expired = n;
        } else if (state == QLatin1String("cancelled")) {
            counts.cancelled = n;
        } else if (state == QLatin1String("unknown")) {
            counts.unknown = n;
        }
    }
    return counts;
}

QDateTime Outbox::nextAttempt(qint64 campaignId)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT MIN(next_attempt_at) FROM messages WHERE campaign_id = ? "
                                 "AND state = 'queued'"));
    query.addBindValue(campaignId);
    if (!query.exec() || !query.next() || query.value(0).isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong(), QTimeZone::utc());
}
