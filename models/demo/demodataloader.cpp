// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodataloader.h"

#include "audience/columnmapping.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <numeric>
#include <vector>

namespace {

constexpr int kBlockSize = 10000;

QJsonObject definition()
{
    QFile file(QStringLiteral(":/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Picks an index with probability proportional to "weight".
class WeightedPick
{
public:
    explicit WeightedPick(const QJsonArray &items)
    {
        int total = 0;
        for (const auto &item : items) {
            total += item.toObject().value(QStringLiteral("weight")).toInt(1);
            m_cumulative.push_back(total);
        }
    }
    int pick(QRandomGenerator &random) const
    {
        const int r = int(random.bounded(m_cumulative.back()));
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r)
                   - m_cumulative.begin());
    }

private:
    std::vector<int> m_cumulative;
};

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

DemoDataLoader::DemoDataLoader(Database *database)
    : m_database(database)
{ }

int DemoDataLoader::maximumContacts()
{
    return kBlockSize - definition().value(QStringLiteral("opposition_count")).toInt();
}

bool DemoDataLoader::isLoaded(Database *database)
{
    QSqlQuery query(database->connection());
    return query.exec(QStringLiteral("SELECT 1 FROM audiences WHERE is_demo = 1")) && query.next();
}

DemoDataLoader::Result DemoDataLoader::load(const Options &options, const Progress &progress,
                                            const std::atomic_bool *cancel)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    const QJsonObject def = definition();
    if (def.isEmpty()) {
        result.errorString = tr("The demo data definition is missing from this build.");
        return result;
    }
    const int oppositionCount = def.value(QStringLiteral("opposition_count")).toInt();
    if (options.contacts < 1 || options.contacts > kBlockSize - oppositionCount) {
        result.errorString = tr("The demo audience can hold between 1 and %1 contacts.")
                                 .arg(kBlockSize - oppositionCount);
        return result;
    }

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        result.errorString = transaction.errorString();
        return result;
    }
    if (isLoaded(m_database)) {
        result.ok = true;
        result.alreadyLoaded = true;
        return result;
    }

    QSqlQuery query(db);
    auto fail = [&result, &query](const QString &what) {
        result.errorString =
            tr("Loading the demo data failed (%1): %2").arg(what, query.lastError().text());
        return result;
    };
    // Inserts one row and returns its id; works on both backends.
    auto insertReturningId = [&](const QString &sql, const QVariantMap &values) -> qint64 {
        const QString statement =
            m_database->isPostgreSql() ? sql + QStringLiteral(" RETURNING id") : sql;
        if (!query.prepare(statement))
            return -1;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            query.bindValue(QLatin1Char(':') + it.key(), it.value());
        if (!query.exec())
            return -1;
        if (m_database->isPostgreSql())
            return query.next() ? query.value(0).toLongLong() : -1;
        return query.lastInsertId().toLongLong();
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString actor = Database::localActor();

    // Price plan and provider.
    const QJsonObject plan = def.value(QStringLiteral("price_plan")).toObject();
    const qint64 planId = insertReturningId(
        QStringLiteral("INSERT INTO price_plans (name, min_part_mc, max_part_mc, vat_basis_points, "
                       "created_at) VALUES (:name, :min, :max, :vat, :at)"),
        {{QStringLiteral("name"), plan.value(QStringLiteral("name")).toString()},
         {QStringLiteral("min"), plan.value(QStringLiteral("min_part_mc")).toInteger()},
         {QStringLiteral("max"), plan.value(QStringLiteral("max_part_mc")).toInteger()},
         {QStringLiteral("vat"), plan.value(QStringLiteral("vat_basis_points")).toInt()},
         {QStringLiteral("at"), now}});
    if (planId < 0)
        return fail(QStringLiteral("price_plans"));

    const QJsonObject provider = def.value(QStringLiteral("provider")).toObject();
    // Only one active provider at a time: the demo one takes over only if none is active.
    QSqlQuery active(db);
    const bool hasActive =
        active.exec(QStringLiteral("SELECT 1 FROM providers WHERE is_active = 1")) && active.next();
    active.finish();
    const qint64 providerId = insertReturningId(
        QStringLiteral("INSERT INTO providers (name, kind, sender_id, rate_limit_per_second, "
                       "price_plan_id, options, is_active, created_at) VALUES (:name, :kind, "
                       ":sender, :rate, :plan, :options, :active, :at)"),
        {{QStringLiteral("name"), provider.value(QStringLiteral("name")).toString()},
         {QStringLiteral("kind"), provider.value(QStringLiteral("kind")).toString()},
         {QStringLiteral("sender"), provider.value(QStringLiteral("sender_id")).toString()},
         {QStringLiteral("rate"),
          provider.value(QStringLiteral("rate_limit_per_second")).toDouble()},
         {QStringLiteral("plan"), planId},
         {QStringLiteral("options"),
          jsonText(provider.value(QStringLiteral("options")).toObject())},
         {QStringLiteral("active"), hasActive ? 0 : 1},
         {QStringLiteral("at"), now}});
    if (providerId < 0)
        return fail(QStringLiteral("providers"));

    // Election.
    const QJsonObject election = def.value(QStringLiteral("election")).toObject();
    const qint64 electionId = insertReturningId(
        QStringLiteral("INSERT INTO elections (name, first_round_date, second_round_date, "
                       "spending_cap_mc, created_at) VALUES (:name, :r1, :r2, :cap, :at)"),
        {{QStringLiteral("name"), election.value(QStringLiteral("name")).toString()},
         {QStringLiteral("r1"), election.value(QStringLiteral("first_round_date")).toString()},
         {QStringLiteral("r2"), election.value(QStringLiteral("second_round_date")).toString()},
         {QStringLiteral("cap"),
          election.value(QStringLiteral("spending_cap_eur")).toInteger() * 100000},
         {QStringLiteral("at"), now}});
    if (electionId < 0)
        return fail(QStringLiteral("elections"));

    // Audience.
    const QJsonObject audience = def.value(QStringLiteral("audience")).toObject();
    const qint64 retentionUntil =
        now + qint64(audience.value(QStringLiteral("retention_days")).toInt()) * 24 * 3600 * 1000;
    const qint64 audienceId = insertReturningId(
        QStringLiteral("INSERT INTO audiences (name, origin, broker, consent_terms, is_demo, "
                       "retention_until, created_at) VALUES (:name, 'rented', :broker, :terms, 1, "
                       ":retention, :at)"),
        {{QStringLiteral("name"), audience.value(QStringLiteral("name")).toString()},
         {QStringLiteral("broker"), audience.value(QStringLiteral("broker")).toString()},
         {QStringLiteral("terms"), audience.value(QStringLiteral("consent_terms")).toString()},
         {QStringLiteral("retention"), retentionUntil},
         {QStringLiteral("at"), now}});
    if (audienceId < 0)
        return fail(QStringLiteral("audiences"));

    const qint64 importId = insertReturningId(
        QStringLiteral("INSERT INTO imports (audience_id, file_name, encoding, delimiter, state, "
                       "started_at, finished_at, rows_total, rows_imported, suppressed) VALUES "
                       "(:audience, :file, 'UTF-8', ';', 'done', :at, :at, :rows, :imported, "
                       ":suppressed)"),
        {{QStringLiteral("audience"), audienceId},
         {QStringLiteral("file"), audience.value(QStringLiteral("file_name")).toString()},
         {QStringLiteral("at"), now},
         {QStringLiteral("rows"), options.contacts + oppositionCount},
         {QStringLiteral("imported"), options.contacts},
         {QStringLiteral("suppressed"), oppositionCount}});
    if (importId < 0)
        return fail(QStringLiteral("imports"));

    const QStringList extraColumns = {QStringLiteral("civilite"), QStringLiteral("source_optin")};
    for (int i = 0; i < extraColumns.size(); ++i) {
        query.prepare(QStringLiteral("INSERT INTO audience_columns (audience_id, name, label, "
                                     "position) VALUES (?, ?, ?, ?)"));
        query.addBindValue(audienceId);
        query.addBindValue(extraColumns.at(i));
        query.addBindValue(extraColumns.at(i));
        query.addBindValue(i);
        if (!query.exec())
            return fail(QStringLiteral("audience_columns"));
    }

    // Numbers: a shuffled fiction block; the first ones are contacts, the next the opposition list.
    QRandomGenerator random(options.seed);
    std::vector<int> suffixes(kBlockSize);
    std::iota(suffixes.begin(), suffixes.end(), 0);
    std::shuffle(suffixes.begin(), suffixes.end(), random);
    const QString block = def.value(QStringLiteral("number_block")).toString();
    auto phoneAt = [&](int i) {
        return block
            + QStringLiteral("%1").arg(suffixes.at(std::size_t(i)), 4, 10, QLatin1Char('0'));
    };

    BulkInserter suppressions(db, QStringLiteral("suppressions"),
                              {QStringLiteral("phone"), QStringLiteral("reason"),
                               QStringLiteral("source"), QStringLiteral("added_at")},
                              QStringLiteral("ON CONFLICT (phone) DO NOTHING"));
    const QString oppositionSource = tr("Demo opposition list");
    for (int i = 0; i < oppositionCount; ++i) {
        if (!suppressions.addRow({phoneAt(options.contacts + i), QStringLiteral("opposition_list"),
                                  oppositionSource, now})) {
            result.errorString = suppressions.errorString();
            return result;
        }
    }
    if (!suppressions.flush()) {
        result.errorString = suppressions.errorString();
        return result;
    }

    const QJsonObject firstNames = def.value(QStringLiteral("first_names")).toObject();
    const QJsonArray female = firstNames.value(QStringLiteral("f")).toArray();
    const QJsonArray male = firstNames.value(QStringLiteral("m")).toArray();
    const QJsonArray lastNames = def.value(QStringLiteral("last_names")).toArray();
    const QJsonArray communes = def.value(QStringLiteral("communes")).toArray();
    const QJsonArray ages = def.value(QStringLiteral("age_brackets")).toArray();
    const QJsonArray sources = def.value(QStringLiteral("optin_sources")).toArray();
    const WeightedPick communePick(communes);
    const WeightedPick agePick(ages);
    const QDate optInStart(2023, 1, 1);
    const int optInDays = int(optInStart.daysTo(QDate(2025, 12, 31)));

    BulkInserter contacts(db, QStringLiteral("contacts"), ColumnMapping::contactInsertColumns());
    const QString mobile = QStringLiteral("mobile");
    for (int i = 0; i < options.contacts; ++i) {
        const bool isFemale = random.bounded(2) == 0;
        const QJsonArray &names = isFemale ? female : male;
        const QJsonObject commune = communes.at(communePick.pick(random)).toObject();
        const QJsonObject attributes {
            {QStringLiteral("civilite"), isFemale ? QStringLiteral("Mme") : QStringLiteral("M.")},
            {QStringLiteral("source_optin"),
             sources.at(int(random.bounded(int(sources.size())))).toString()}};
        const QVariantList row = {
            audienceId,
            phoneAt(i),
            mobile,
            names.at(int(random.bounded(int(names.size())))).toString(),
            lastNames.at(int(random.bounded(int(lastNames.size())))).toString(),
            commune.value(QStringLiteral("postal_code")).toString(),
            commune.value(QStringLiteral("name")).toString(),
            commune.value(QStringLiteral("department")).toString(),
            ages.at(agePick.pick(random)).toObject().value(QStringLiteral("value")).toString(),
            optInStart.addDays(random.bounded(optInDays)).toString(Qt::ISODate),
            jsonText(attributes),
            importId,
            i + 2, // row 1 of the broker file is its header
            now,
            now,
        };
        if (!contacts.addRow(row)) {
            result.errorString =
                tr("Loading the demo contacts failed: %1").arg(contacts.errorString());
            return result;
        }
        if ((i & 1023) == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                result.errorString = tr("Loading the demo data was cancelled.");
                return result; // the transaction rolls back
            }
            if (progress)
                progress(i, options.contacts);
        }
    }
    if (!contacts.flush()) {
        result.errorString = tr("Loading the demo contacts failed: %1").arg(contacts.errorString());
        return result;
    }
    query.prepare(QStringLiteral("UPDATE audiences SET contact_count = ? WHERE id = ?"));
    query.addBindValue(contacts.rowsWritten());
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail(QStringLiteral("audiences"));

    // The French consent template and the draft consent-request campaign.
    const QJsonObject templ = def.value(QStringLiteral("template")).toObject();
    if (insertReturningId(
            QStringLiteral("INSERT INTO templates (name, kind, language, body, created_at, "
                           "updated_at) VALUES (:name, :kind, 'fr', :body, :at, :at)"),
            {{QStringLiteral("name"), templ.value(QStringLiteral("name")).toString()},
             {QStringLiteral("kind"), templ.value(QStringLiteral("kind")).toString()},
             {QStringLiteral("body"), templ.value(QStringLiteral("body")).toString()},
             {QStringLiteral("at"), now}})
        < 0)
        return fail(QStringLiteral("templates"));

    const QJsonObject campaign = def.value(QStringLiteral("campaign")).toObject();
    const qint64 campaignId = insertReturningId(
        QStringLiteral("INSERT INTO campaigns (name, kind, state, election_id, audience_id, "
                       "message, footer, sender_id, provider_id, created_at, updated_at) VALUES "
                       "(:name, :kind, 'draft', :election, :audience, :message, :footer, :sender, "
                       ":provider, :at, :at)"),
        {{QStringLiteral("name"), campaign.value(QStringLiteral("name")).toString()},
         {QStringLiteral("kind"), campaign.value(QStringLiteral("kind")).toString()},
         {QStringLiteral("election"), electionId},
         {QStringLiteral("audience"), audienceId},
         {QStringLiteral("message"), templ.value(QStringLiteral("body")).toString()},
         {QStringLiteral("footer"), campaign.value(QStringLiteral("footer")).toString()},
         {QStringLiteral("sender"), provider.value(QStringLiteral("sender_id")).toString()},
         {QStringLiteral("provider"), providerId},
         {QStringLiteral("at"), now}});
    if (campaignId < 0)
        return fail(QStringLiteral("campaigns"));

    const QJsonObject details {{QStringLiteral("contacts"), contacts.rowsWritten()},
                               {QStringLiteral("suppressed"), suppressions.rowsWritten()}};
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, "
                       "details) VALUES (?, ?, 'demo.load', 'audience', ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(actor);
    query.addBindValue(audienceId);
    query.addBindValue(jsonText(details));
    if (!query.exec())
        return fail(QStringLiteral("audit_log"));

    if (!transaction.commit()) {
        result.errorString = tr("Saving the demo data failed: %1").arg(transaction.errorString());
        return result;
    }
    if (progress)
        progress(options.contacts, options.contacts);
    result.ok = true;
    result.contacts = contacts.rowsWritten();
    result.suppressed = suppressions.rowsWritten();
    result.audienceName = audience.value(QStringLiteral("name")).toString();
    result.campaignName = campaign.value(QStringLiteral("name")).toString();
    result.providerName = provider.value(QStringLiteral("name")).toString();
    result.seconds = double(timer.elapsed()) / 1000.0;
    return result;
}
