// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignexports.h"

#include "campaign/campaign.h"
#include "pricing/money.h"
#include "pricing/priceplan.h"
#include "reports/rowcursor.h"
#include "storage/database.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <map>
#include <tuple>

namespace Reports {

namespace {

constexpr qint64 kMsPerHour = 3600 * 1000;

QString zoneHeader(const QString &what, const TimestampFormatter &times)
{
    return CampaignExports::tr("%1 (%2)").arg(what, times.zoneName());
}

// One integer from a single-row query; nullopt with *error on failure.
std::optional<qint64> scalar(Database *database, const QString &sql, const QVariantList &values,
                             QString *error)
{
    QSqlQuery query(database->connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

ExportResult failed(const QString &message)
{
    ExportResult result;
    result.errorString = message;
    return result;
}

bool reportProgress(const Progress &progress, qint64 done, qint64 total)
{
    return !progress || progress(done, total);
}

} // namespace

QString CampaignExports::messageStateLabel(const QString &state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("submitting"))
        return tr("Submitting");
    if (state == QLatin1String("accepted"))
        return tr("Accepted");
    if (state == QLatin1String("delivered"))
        return tr("Delivered");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("expired"))
        return tr("Expired");
    if (state == QLatin1String("cancelled"))
        return tr("Cancelled");
    if (state == QLatin1String("unknown"))
        return tr("Unknown");
    return state;
}

ExportResult CampaignExports::report(Database *database, const ExportRequest &request,
                                     const Progress &progress)
{
    // The count, and the span of the campaign's ids: its messages were queued together, so
    // reading that span of the table in key order finds them without sorting (constant
    // memory) and sequentially (as fast as the sqlite3 shell).
    QSqlQuery span(database->connection());
    span.prepare(
        QStringLiteral("SELECT COUNT(*), MIN(id), MAX(id) FROM messages WHERE campaign_id = ?"));
    span.addBindValue(request.campaignId);
    if (!span.exec() || !span.next())
        return failed(tr("Cannot read the campaign's messages: %1").arg(span.lastError().text()));
    const std::optional<qint64> total = span.value(0).toLongLong();
    const qint64 firstId = span.value(1).toLongLong();
    const qint64 lastId = span.value(2).toLongLong();
    span.finish();
    TimestampFormatter times;
    const QStringList header = {tr("Phone number"),
                                tr("Status"),
                                zoneHeader(tr("Queued"), times),
                                zoneHeader(tr("Submitted"), times),
                                zoneHeader(tr("Accepted"), times),
                                zoneHeader(tr("Final status"), times),
                                tr("Parts"),
                                tr("Encoding"),
                                tr("Cost excl. VAT (EUR)"),
                                tr("Provider message ID"),
                                tr("Error code"),
                                tr("Error text")};
    const ExportFormat &format = request.format;
    return writeCsvFile(request.path, format, header, [&](CsvWriter &writer) {
        ExportResult result;
        // "+campaign_id": no index on it, so the key range is what SQLite reads.
        RowCursor rows(database,
                       QStringLiteral("SELECT phone, state, queued_at, submitted_at, accepted_at, "
                                      "final_at, parts, encoding, cost_mc, provider_message_id, "
                                      "error_code, error_text FROM messages "
                                      "WHERE id BETWEEN ? AND ? AND +campaign_id = ? ORDER BY id"),
                       {firstId, lastId, request.campaignId});
        if (!rows.exec())
            return failed(tr("Cannot read the campaign's messages: %1").arg(rows.errorString()));
        // The states' labels, once: the report writes bytes, not strings, per row.
        QHash<QByteArray, QByteArray> stateLabels;
        char buffer[32];
        qsizetype size = 0;
        if (!reportProgress(progress, 0, *total)) {
            result.cancelled = true;
            return result;
        }
        while (rows.next()) {
            const char *phone = rows.text(0, &size);
            if (format.fullNumbers) {
                writer.appendUtf8Cell(phone, size);
            } else {
                // As appendCell() writes it: a leading '+' is protected from spreadsheets.
                buffer[0] = '\'';
                const int masked = ExportFormat::maskFrenchPhoneTo(phone, size, buffer + 1);
                if (masked >= 0 && request.format.csv.protectFormulas)
                    writer.appendSafeCell(buffer, masked + 1);
                else if (masked >= 0)
                    writer.appendSafeCell(buffer + 1, masked);
                else
                    writer.appendCell(ExportFormat::maskPhone(QString::fromUtf8(phone, size)));
            }
            const char *state = rows.text(1, &size);
            const QByteArray stateKey = QByteArray::fromRawData(state, size);
            auto label = stateLabels.constFind(stateKey);
            if (label == stateLabels.cend())
                label =
                    stateLabels.insert(QByteArray(state, size),
                                       messageStateLabel(QString::fromUtf8(state, size)).toUtf8());
            writer.appendUtf8Cell(label->constData(), label->size());
            for (int column = 2; column <= 5; ++column) {
                if (times.formatTo(rows.integer(column), buffer))
                    writer.appendSafeCell(buffer, 19);
                else
                    writer.appendSafeCell(buffer, 0);
            }
            writer.appendSafeCell(rows.integer(6));
            const char *encoding = rows.text(7, &size);
            writer.appendUtf8Cell(encoding, size);
            writer.appendSafeCell(buffer, format.amountTo(rows.integer(8), 5, buffer));
            for (int column = 9; column <= 11; ++column) {
                const char *text = rows.text(column, &size);
                writer.appendUtf8Cell(text, size);
            }
            if (!writer.endRow())
                return failed(writer.errorString());
            if (++result.rows % ProgressEveryRows == 0
                && !reportProgress(progress, result.rows, *total)) {
                result.cancelled = true;
                return result;
            }
        }
        if (!rows.errorString().isEmpty())
            return failed(tr("Cannot read the campaign's messages: %1").arg(rows.errorString()));
        reportProgress(progress, result.rows, *total);
        return result;
    });
}

ExportResult CampaignExports::summary(Database *database, const ExportRequest &request,
                                      const Progress &progress)
{
    TimestampFormatter times;
    const QStringList header = {tr("Campaign"),
                                tr("Kind"),
                                tr("State"),
                                tr("Election"),
                                tr("Audience"),
                                tr("Provider"),
                                zoneHeader(tr("Created"), times),
                                zoneHeader(tr("Approved"), times),
                                zoneHeader(tr("First sent"), times),
                                zoneHeader(tr("Last final status"), times),
                                tr("Recipients"),
                                tr("Parts"),
                                tr("Accepted by the provider"),
                                tr("Delivered"),
                                tr("Failed"),
                                tr("Expired"),
                                tr("Cancelled"),
                                tr("Replies"),
                                tr("Opt-outs"),
                                tr("Spend excl. VAT (EUR)"),
                                tr("VAT (EUR)"),
                                tr("Spend incl. VAT (EUR)"),
                                tr("Budget cap (EUR)")};
    const ExportFormat &format = request.format;
    QString where;
    QVariantList values;
    if (request.electionId > 0) {
        where = QStringLiteral("WHERE c.election_id = ? ");
        values.append(request.electionId);
    }
    QString error;
    const std::optional<qint64> total = scalar(
        database, QStringLiteral("SELECT COUNT(*) FROM campaigns c ") + where, values, &error);
    if (!total)
        return failed(tr("Cannot read the campaigns: %1").arg(error));
    return writeCsvFile(request.path, format, header, [&](CsvWriter &writer) {
        ExportResult result;
        // The campaigns with their names, then each one's counts: few rows, several queries.
        // Not forward-only: PostgreSQL then fetches the (few) campaigns at once, so that the
        // counts below may run on the same connection while they are read.
        QSqlQuery campaigns(database->connection());
        campaigns.prepare(
            QStringLiteral(
                "SELECT c.id, c.name, c.kind, c.state, e.name, a.name, p.name, c.created_at, "
                "c.approved_at, c.budget_cap_mc, COALESCE(pp.vat_basis_points, %1) "
                "FROM campaigns c LEFT JOIN elections e ON e.id = c.election_id "
                "LEFT JOIN audiences a ON a.id = c.audience_id "
                "LEFT JOIN providers p ON p.id = c.provider_id "
                "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id ")
                .arg(PricePlan::DefaultVatBasisPoints)
            + where + QStringLiteral("ORDER BY c.created_at, c.id"));
        for (const QVariant &value : std::as_const(values))
            campaigns.addBindValue(value);
        if (!campaigns.exec())
            return failed(tr("Cannot read the campaigns: %1").arg(campaigns.lastError().text()));
        QSqlQuery counts(database->connection());
        counts.prepare(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(parts), 0), "
            "COALESCE(SUM(CASE WHEN accepted_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN state = 'delivered' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN state = 'failed' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN state = 'expired' THEN 1 ELSE 0 END), 0), "
            "COALESCE(SUM(CASE WHEN state = 'cancelled' THEN 1 ELSE 0 END), 0), "
            "MIN(submitted_at), MAX(final_at), "
            "COALESCE(SUM(CASE WHEN accepted_at IS NOT NULL THEN cost_mc ELSE 0 END), 0) "
            "FROM messages WHERE campaign_id = ?"));
        QSqlQuery replies(database->connection());
        replies.prepare(QStringLiteral(
            "SELECT COUNT(*), COUNT(DISTINCT CASE WHEN i.interpretation = 'stop' THEN i.phone "
            "END) FROM inbound_messages i JOIN messages m ON m.id = i.in_reply_to "
            "WHERE m.campaign_id = ?"));
        if (!reportProgress(progress, 0, *total)) {
            result.cancelled = true;
            return result;
        }
        while (campaigns.next()) {
            const qint64 id = campaigns.value(0).toLongLong();
            counts.addBindValue(id);
            replies.addBindValue(id);
            if (!counts.exec() || !counts.next())
                return failed(tr("Cannot read the campaigns: %1").arg(counts.lastError().text()));
            if (!replies.exec() || !replies.next())
                return failed(tr("Cannot read the campaigns: %1").arg(replies.lastError().text()));
            Campaign::Kind kind = Campaign::Kind::Message;
            Campaign::State state = Campaign::State::Draft;
            Campaign::kindFromKey(campaigns.value(2).toString(), &kind);
            Campaign::stateFromKey(campaigns.value(3).toString(), &state);
            const qint64 net = counts.value(9).toLongLong();
            const qint64 vat = Money::atRate(net, campaigns.value(10).toLongLong());
            QStringList cells = {campaigns.value(1).toString(), Campaign::kindLabel(kind),
                                 Campaign::stateLabel(state),   campaigns.value(4).toString(),
                                 campaigns.value(5).toString(), campaigns.value(6).toString()};
            for (qsizetype i = 0; i < cells.size(); ++i)
                writer.appendCell(cells.at(i));
            const qint64 when[] = {campaigns.value(7).toLongLong(), campaigns.value(8).toLongLong(),
                                   counts.value(7).toLongLong(), counts.value(8).toLongLong()};
            char buffer[32];
            for (const qint64 msecs : when)
                writer.appendSafeCell(buffer, times.formatTo(msecs, buffer) ? 19 : 0);
            for (int column = 0; column <= 6; ++column)
                writer.appendSafeCell(counts.value(column).toLongLong());
            writer.appendSafeCell(replies.value(0).toLongLong());
            writer.appendSafeCell(replies.value(1).toLongLong());
            for (const qint64 amount : {net, vat, net + vat})
                writer.appendSafeCell(buffer, format.amountTo(amount, 5, buffer));
            if (campaigns.isNull(9))
                writer.appendSafeCell(buffer, 0);
            else
                writer.appendSafeCell(buffer,
                                      format.amountTo(campaigns.value(9).toLongLong(), 5, buffer));
            if (!writer.endRow())
                return failed(writer.errorString());
            ++result.rows;
            if (!reportProgress(progress, result.rows, *total)) {
                result.cancelled = true;
                return result;
            }
        }
        return result;
    });
}

ExportResult CampaignExports::spend(Database *database, const ExportRequest &request,
                                    const Progress &progress)
{
    if (request.electionId <= 0 && request.campaignId <= 0)
        return failed(tr("The spend report needs an election or a campaign."));
    TimestampFormatter times;
    const QStringList header = {tr("Date (%1)").arg(times.zoneName()),
                                tr("Provider"),
                                tr("Campaign"),
                                tr("Parts accepted"),
                                tr("Amount excl. VAT (EUR)"),
                                tr("VAT (EUR)"),
                                tr("Amount incl. VAT (EUR)")};
    const ExportFormat &format = request.format;
    // What the providers took (accepted_at set): their cost stays on the message whatever its
    // delivery report says; a message refused at submission costs nothing (outbox).
    const QString filter = request.campaignId > 0 ? QStringLiteral("m.campaign_id = ?")
                                                  : QStringLiteral("c.election_id = ?");
    const qint64 filterValue = request.campaignId > 0 ? request.campaignId : request.electionId;

    // Grouped by hour in SQL (Paris is a whole number of hours from UTC, so an hour falls on
    // one Paris date), then by date here.
    RowCursor hours(
        database,
        QStringLiteral("SELECT m.accepted_at / %1, COALESCE(p.name, ''), c.name, "
                       "COALESCE(pp.vat_basis_points, %2), SUM(m.parts), SUM(m.cost_mc) "
                       "FROM messages m JOIN campaigns c ON c.id = m.campaign_id "
                       "LEFT JOIN providers p ON p.id = c.provider_id "
                       "LEFT JOIN price_plans pp ON pp.id = p.price_plan_id "
                       "WHERE m.accepted_at IS NOT NULL AND %3 "
                       "GROUP BY m.accepted_at / %1, p.name, c.name, pp.vat_basis_points")
            .arg(kMsPerHour)
            .arg(PricePlan::DefaultVatBasisPoints)
            .arg(filter),
        {filterValue});
    if (!hours.exec())
        return failed(tr("Cannot read the spend: %1").arg(hours.errorString()));
    struct Sums
    {
        qint64 vatBasisPoints = 0;
        qint64 parts = 0;
        qint64 net = 0;
    };
    // (date, provider, campaign), sorted for the reader.
    std::map<std::tuple<QString, QString, QString>, Sums> days;
    while (hours.next()) {
        const QString date = times.format(hours.integer(0) * kMsPerHour + 1).left(10);
        Sums &sums = days[{date, hours.string(1), hours.string(2)}];
        sums.vatBasisPoints = hours.integer(3);
        sums.parts += hours.integer(4);
        sums.net += hours.integer(5);
    }
    if (!hours.errorString().isEmpty())
        return failed(tr("Cannot read the spend: %1").arg(hours.errorString()));

    return writeCsvFile(request.path, format, header, [&](CsvWriter &writer) {
        ExportResult result;
        Sums total;
        qint64 totalVat = 0;
        char buffer[32];
        const auto amounts = [&](qint64 net, qint64 vat) {
            for (const qint64 amount : {net, vat, net + vat})
                writer.appendSafeCell(buffer, format.amountTo(amount, 5, buffer));
        };
        for (const auto &[key, sums] : days) {
            const auto &[date, provider, campaign] = key;
            const qint64 vat = Money::atRate(sums.net, sums.vatBasisPoints);
            writer.appendCell(date);
            writer.appendCell(provider);
            writer.appendCell(campaign);
            writer.appendSafeCell(sums.parts);
            amounts(sums.net, vat);
            if (!writer.endRow())
                return failed(writer.errorString());
            total.parts += sums.parts;
            total.net += sums.net;
            totalVat += vat;
            ++result.rows;
            if (!reportProgress(progress, result.rows, qint64(days.size()))) {
                result.cancelled = true;
                return result;
            }
        }
        writer.appendCell(tr("TOTAL"));
        writer.appendCell(QString());
        writer.appendCell(QString());
        writer.appendSafeCell(total.parts);
        amounts(total.net, totalVat);
        if (!writer.endRow())
            return failed(writer.errorString());
        return result;
    });
}

} // namespace Reports
