// SPDX-License-Identifier: GPL-3.0-or-later
// Segment count benchmark: generates one audience of French contacts straight into a SQLite
// database (department, postal code and commune weighted like a population, age brackets,
// opt-in dates, first and last names, attributes civilite / source_optin / score, 0.5 % STOPs and
// 0.2 % refused consent), times SegmentIndex's build (wall time, peak RSS of the build alone),
// then times varied segment counts cold (bitmaps read from the database) and warm (cached),
// a few counts on a column with too many values for bitmaps (SQL), and one plain SQL count for
// comparison. Prints one JSON object.
//   bench_segmentcount [contacts] [database file]   (default 10,000,000 and a temporary file;
//   an existing file with that many contacts is reused)
#include "audience/segmentindex.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

namespace {

const char *const kAudience = "Bench — France entière";

qint64 statusKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak RSS (VmHWM) so that the build's own peak can be read afterwards.
void resetPeakRss()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

// Draws indexes 0..n-1 with Zipf weights 1/(rank+1)^s.
class Zipf
{
public:
    Zipf(int n, double s)
    {
        double sum = 0;
        for (int i = 0; i < n; ++i) {
            sum += 1.0 / std::pow(i + 1, s);
            m_cumulative.push_back(sum);
        }
    }
    int draw(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.back();
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), x)
                   - m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

// Metropolitan departments, most populated first, then the overseas ones.
const char *const kDepartments[] = {
    "59", "75", "13", "69", "92", "93", "33", "94", "78", "77", "91", "95", "62", "44", "31", "76",
    "67", "06", "34", "38", "57", "35", "83", "29", "74", "60", "68", "42", "54", "56", "45", "63",
    "64", "37", "30", "49", "84", "17", "27", "01", "14", "22", "71", "85", "72", "25", "50", "86",
    "26", "66", "81", "51", "28", "73", "24", "02", "40", "87", "79", "21", "80", "47", "11", "88",
    "41", "18", "03", "89", "16", "53", "61", "10", "70", "12", "65", "39", "19", "82", "2A", "08",
    "36", "2B", "58", "52", "32", "43", "55", "46", "07", "90", "04", "09", "15", "05", "23", "48"};

const char *const kSyllables[] = {"sa",  "ver", "mont", "bel",   "ro",   "che",  "vil", "lers",
                                  "ma",  "ri",  "gny",  "court", "bois", "lan",  "val", "fon",
                                  "tai", "ne",  "châ",  "teau",  "neuf", "beau", "pré", "lès"};

QString communeName(int department, int postal, int index)
{
    QRandomGenerator random(quint32(department * 100000 + postal * 10 + index));
    QString name;
    const int syllables = 2 + random.bounded(2);
    for (int i = 0; i < syllables; ++i)
        name += QString::fromUtf8(kSyllables[random.bounded(int(std::size(kSyllables)))]);
    name[0] = name[0].toUpper();
    return name;
}

const char *const kFirstNames[] = {
    "Marie",    "Jean",      "Pierre",  "Nathalie",  "Isabelle", "Michel",     "Sylvie",
    "Philippe", "Catherine", "Alain",   "Françoise", "Nicolas",  "Christophe", "Sandrine",
    "Stéphane", "Valérie",   "Patrick", "Céline",    "Laurent",  "Julie",      "Thomas",
    "Camille",  "Léa",       "Hugo",    "Manon",     "Lucas",    "Chloé",      "Louis",
    "Emma",     "Gabriel",   "Sophie",  "David",     "Anne",     "Frédéric",   "Christine",
    "Éric",     "Martine",   "Julien",  "Aurélie",   "Sébastien"};
const char *const kLastRoots[] = {"Martin",   "Bernard", "Thomas", "Petit",   "Robert",   "Richard",
                                  "Durand",   "Dubois",  "Moreau", "Laurent", "Simon",    "Michel",
                                  "Lefebvre", "Leroy",   "Roux",   "David",   "Bertrand", "Morel",
                                  "Fournier", "Girard",  "Muller", "Schmitt", "Meyer",    "Weber"};
const char *const kBrackets[] = {"18-24", "25-34", "35-49", "50-64", "65+"};
const int kBracketWeights[] = {10, 16, 25, 24, 25};
const char *const kSources[] = {"Jeu-concours en ligne",
                                "Programme de fidélité",
                                "Newsletter partenaire",
                                "Salon",
                                "Parrainage",
                                "Formulaire web"};

bool exec(sqlite3 *db, const QByteArray &sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql.constData(), error);
        sqlite3_free(error);
        return false;
    }
    return true;
}

// Fills the database: returns the audience id, 0 on failure.
qint64 generate(const QString &path, qint64 contacts)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return 0;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    exec(db, "PRAGMA journal_mode=WAL");
    exec(db, "PRAGMA synchronous=OFF");
    exec(db, "PRAGMA cache_size=-262144");
    exec(db, "BEGIN");
    // Secondary indexes on contacts are built after the load (those the schema has).
    QList<QByteArray> indexes;
    {
        sqlite3_stmt *list = nullptr;
        sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
                           "tbl_name = 'contacts' AND sql IS NOT NULL",
                           -1, &list, nullptr);
        while (sqlite3_step(list) == SQLITE_ROW) {
            exec(db,
                 "DROP INDEX "
                     + QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))));
            indexes.append(reinterpret_cast<const char *>(sqlite3_column_text(list, 1)));
        }
        sqlite3_finalize(list);
    }
    const QByteArray audience =
        QStringLiteral("INSERT INTO audiences (name, contact_count, created_at) VALUES ('%1', %2, "
                       "%3)")
            .arg(QString::fromUtf8(kAudience))
            .arg(contacts)
            .arg(now)
            .toUtf8();
    exec(db, audience.constData());
    const qint64 audienceId = sqlite3_last_insert_rowid(db);
    exec(db,
         QStringLiteral("INSERT INTO imports (audience_id, file_name, state, started_at, "
                        "finished_at) VALUES (%1, 'bench.csv', 'done', %2, %2)")
             .arg(audienceId)
             .arg(now)
             .toUtf8()
             .constData());
    const qint64 importId = sqlite3_last_insert_rowid(db);
    const char *const attributeColumns[] = {"civilite", "source_optin", "score"};
    for (int i = 0; i < 3; ++i)
        exec(db,
             QStringLiteral("INSERT INTO audience_columns (audience_id, name, label, position) "
                            "VALUES (%1, '%2', '%2', %3)")
                 .arg(audienceId)
                 .arg(QLatin1String(attributeColumns[i]))
                 .arg(i)
                 .toUtf8()
                 .constData());

    sqlite3_stmt *insert = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO contacts (audience_id, phone, first_name, last_name, "
                       "postal_code, commune, department, age_bracket, opt_in_date, attributes, "
                       "import_id, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &insert, nullptr);
    QRandomGenerator random(2024);
    const int departments = int(std::size(kDepartments));
    const Zipf departmentDraw(departments, 0.9);
    const Zipf postalDraw(60, 1.1);
    const Zipf communeDraw(6, 1.0);
    const Zipf firstNameDraw(int(std::size(kFirstNames)) * 25, 1.0);
    const Zipf lastNameDraw(int(std::size(kLastRoots)) * 20000, 0.9);
    const QDate today(2026, 6, 1);
    std::vector<QByteArray> postalCodes;
    std::vector<QByteArray> communes;
    const auto bind = [&](int column, const QByteArray &text) {
        if (text.isEmpty())
            sqlite3_bind_null(insert, column);
        else
            sqlite3_bind_text(insert, column, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    };
    for (qint64 i = 0; i < contacts; ++i) {
        const int d = departmentDraw.draw(random);
        const QByteArray department(kDepartments[d]);
        const int p = postalDraw.draw(random);
        const QByteArray prefix = department == "2A" ? QByteArray("20")
            : department == "2B"                     ? QByteArray("20")
                                                     : department;
        const QByteArray postal = prefix
            + QByteArray::number(department == "2B" ? 200 + p : p * 10 + (p > 30 ? 5 : 0))
                  .rightJustified(3, '0');
        const QByteArray commune = communeName(d, p, communeDraw.draw(random)).toUtf8();
        int bracket = random.bounded(100);
        int b = 0;
        while (bracket >= kBracketWeights[b]) {
            bracket -= kBracketWeights[b];
            ++b;
        }
        const int f = firstNameDraw.draw(random);
        QByteArray firstName(kFirstNames[f % int(std::size(kFirstNames))]);
        if (f >= int(std::size(kFirstNames)))
            firstName += "-" + QByteArray(kFirstNames[(f / 7) % int(std::size(kFirstNames))]);
        const int l = lastNameDraw.draw(random);
        const QByteArray lastName = QByteArray(kLastRoots[l % int(std::size(kLastRoots))])
            + (l >= int(std::size(kLastRoots)) ? QByteArray::number(l) : QByteArray());
        // Opt-in within the last five years, more of them recent.
        const int daysAgo = int(1826 * std::pow(random.generateDouble(), 1.5));
        const QByteArray optIn = random.bounded(20) == 0
            ? QByteArray()
            : today.addDays(-daysAgo).toString(Qt::ISODate).toUtf8();
        QByteArray attributes = "{\"civilite\":\"";
        attributes += random.bounded(2) ? "Mme" : "M.";
        attributes += "\",\"source_optin\":\"";
        attributes += kSources[random.bounded(int(std::size(kSources)))];
        attributes += "\",\"score\":\"";
        attributes += QByteArray::number(random.bounded(101));
        attributes += "\"}";
        const QByteArray phone = "+336" + QByteArray::number(10000000 + i);

        sqlite3_bind_int64(insert, 1, audienceId);
        bind(2, phone);
        bind(3, firstName);
        bind(4, lastName);
        bind(5, postal);
        bind(6, commune);
        bind(7, department);
        bind(8, random.bounded(30) == 0 ? QByteArray() : QByteArray(kBrackets[b]));
        bind(9, optIn);
        bind(10, attributes);
        sqlite3_bind_int64(insert, 11, importId);
        sqlite3_bind_int64(insert, 12, now);
        sqlite3_bind_int64(insert, 13, now);
        if (sqlite3_step(insert) != SQLITE_DONE) {
            std::fprintf(stderr, "insert: %s\n", sqlite3_errmsg(db));
            return 0;
        }
        sqlite3_reset(insert);
        if (i % 1000000 == 0)
            std::fprintf(stderr, "\rgenerating: %lld", static_cast<long long>(i));
    }
    sqlite3_finalize(insert);
    std::fprintf(stderr, "\rindexes...            ");
    for (const QByteArray &sql : std::as_const(indexes))
        exec(db, sql.constData());
    // 0.5 % STOPs, 0.2 % refused consent, spread over the file.
    sqlite3_stmt *stop = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO suppressions (phone, reason, added_at) "
                       "VALUES (?, 'stop_reply', ?)",
                       -1, &stop, nullptr);
    sqlite3_stmt *refuse = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT OR IGNORE INTO consent_states (phone, state, changed_at) "
                       "VALUES (?, 'refused', ?)",
                       -1, &refuse, nullptr);
    for (qint64 i = 0; i < contacts / 200; ++i) {
        const QByteArray phone = "+336" + QByteArray::number(10000000 + random.bounded(contacts));
        sqlite3_bind_text(stop, 1, phone.constData(), int(phone.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(stop, 2, now - 86400000);
        sqlite3_step(stop);
        sqlite3_reset(stop);
        if (i % 5 < 2) {
            const QByteArray other =
                "+336" + QByteArray::number(10000000 + random.bounded(contacts));
            sqlite3_bind_text(refuse, 1, other.constData(), int(other.size()), SQLITE_TRANSIENT);
            sqlite3_bind_int64(refuse, 2, now - 86400000);
            sqlite3_step(refuse);
            sqlite3_reset(refuse);
        }
    }
    sqlite3_finalize(stop);
    sqlite3_finalize(refuse);
    exec(db, "COMMIT");
    std::fprintf(stderr, "\r                      \r");
    sqlite3_close(db);
    return audienceId;
}

struct Stats
{
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Stats stats(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    if (values.empty())
        return {};
    const auto at = [&](double q) {
        return values[std::min(values.size() - 1, size_t(q * double(values.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.9), values.back()};
}

QJsonObject toJson(const Stats &s)
{
    return {{QStringLiteral("median_ms"), s.median},
            {QStringLiteral("p90_ms"), s.p90},
            {QStringLiteral("max_ms"), s.max}};
}

Segment segmentOf(const QStringList &filters, bool any = false)
{
    Segment segment;
    segment.match = any ? Segment::Match::Any : Segment::Match::All;
    for (const QString &text : filters) {
        Segment::Filter filter;
        QString error;
        if (!Segment::parseFilter(text, &filter, &error))
            qFatal("%s", qPrintable(error));
        segment.filters.append(filter);
    }
    return segment;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 contacts = args.size() > 1 ? args.at(1).toLongLong() : 10000000;
    const QString path = args.size() > 2
        ? args.at(2)
        : QDir::temp().filePath(QStringLiteral("bench_segmentcount_%1.db").arg(contacts));

    Database database(DatabaseUrl::sqliteFile(path));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    qint64 audienceId = 0;
    {
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral("SELECT id, contact_count FROM audiences WHERE name = ?"));
        query.addBindValue(QString::fromUtf8(kAudience));
        if (query.exec() && query.next() && query.value(1).toLongLong() == contacts)
            audienceId = query.value(0).toLongLong();
    }
    double generateSeconds = 0;
    if (audienceId == 0) {
        database.closeThreadConnection();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        if (!database.openAndMigrate(&error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        database.closeThreadConnection();
        QElapsedTimer timer;
        timer.start();
        audienceId = generate(path, contacts);
        generateSeconds = double(timer.elapsed()) / 1000;
        if (audienceId == 0)
            return 1;
    }

    // The build, alone: peak RSS reset before it.
    resetPeakRss();
    const qint64 rssBefore = statusKiB("VmRSS:");
    SegmentIndex index(&database);
    QElapsedTimer timer;
    timer.start();
    if (!index.build(audienceId, {}, nullptr, true)) {
        std::fprintf(stderr, "build: %s\n", qPrintable(index.errorString()));
        return 1;
    }
    const double buildSeconds = double(timer.elapsed()) / 1000;
    if (qEnvironmentVariableIsSet("BENCH_BUILD_ONLY")) // for profiling the build
        return 0;
    const qint64 buildPeakKiB = statusKiB("VmHWM:");
    qint64 indexBytes = 0;
    QJsonArray columns;
    {
        QSqlQuery query(database.connection());
        query.exec(QStringLiteral("SELECT SUM(length(bitmap)) FROM segment_index"));
        indexBytes = query.next() ? query.value(0).toLongLong() : 0;
        query.exec(QStringLiteral("SELECT columns FROM segment_index_meta"));
        if (query.next())
            columns = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).array();
    }

    // A few real values to filter on.
    const QList<SegmentIndex::Value> topCommunes =
        index.values(audienceId, QStringLiteral("commune"), 5);
    const QString commune1 = topCommunes.value(0).value;
    const QString communes3 = QStringList {topCommunes.value(1).value, topCommunes.value(2).value,
                                           topCommunes.value(3).value}
                                  .join(QLatin1Char(','));

    const QList<Segment> segments {
        segmentOf({}),
        segmentOf({QStringLiteral("departement=67")}),
        segmentOf({QStringLiteral("departement=67,68")}),
        segmentOf({QStringLiteral("departement!=75")}),
        segmentOf({QStringLiteral("departement=59,62"), QStringLiteral("tranche_age=25-34")}),
        segmentOf({QStringLiteral("code_postal^=67")}),
        segmentOf({QStringLiteral("code_postal^=75,92,93,94")}),
        segmentOf({QStringLiteral("code_postal^=1")}),
        segmentOf({QStringLiteral("code_postal=67000..67999")}),
        segmentOf({QStringLiteral("date_optin=2025-01-01..2025-06-30")}),
        segmentOf({QStringLiteral("date_optin=..2022-12-31")}),
        segmentOf({QStringLiteral("date_optin=2024-01-01.."), QStringLiteral("departement=13")}),
        segmentOf({QStringLiteral("tranche_age!=18-24"), QStringLiteral("civilite=Mme")}),
        segmentOf({QStringLiteral("commune=") + commune1}),
        segmentOf({QStringLiteral("commune=") + communes3, QStringLiteral("tranche_age=65+")}),
        segmentOf({QStringLiteral("score=50..100")}),
        segmentOf({QStringLiteral("score=..20"), QStringLiteral("source_optin=Salon")}),
        segmentOf({QStringLiteral("departement=67"), QStringLiteral("code_postal^=68"),
                   QStringLiteral("commune=") + commune1},
                  true),
        segmentOf({QStringLiteral("tranche_age=65+"), QStringLiteral("date_optin=2026-01-01..")},
                  true),
        segmentOf(
            {QStringLiteral("departement!=75,92,93,94"), QStringLiteral("tranche_age=35-49,50-64"),
             QStringLiteral("date_optin=2021-01-01..2023-12-31"), QStringLiteral("civilite=M.")}),
        segmentOf({QStringLiteral("prenom=Marie,Jean")}),
        segmentOf(
            {QStringLiteral("civilite=M."), QStringLiteral("source_optin!=Salon,Parrainage")}),
        segmentOf({QStringLiteral("departement=2A,2B"), QStringLiteral("code_postal^=20")}, true),
        segmentOf({QStringLiteral("prenom^=Ma"), QStringLiteral("score=90..")}),
    };
    std::vector<double> cold;
    std::vector<double> warm;
    QJsonArray details;
    for (const Segment &segment : segments) {
        SegmentIndex::clearCache();
        QElapsedTimer t;
        t.start();
        const SegmentIndex::Count first = index.count(audienceId, segment);
        const double coldMs = double(t.nsecsElapsed()) / 1e6;
        double warmMs = 1e9;
        for (int i = 0; i < 3; ++i) {
            t.restart();
            index.count(audienceId, segment);
            warmMs = std::min(warmMs, double(t.nsecsElapsed()) / 1e6);
        }
        if (!first.ok || first.built || first.sqlFilters) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(segment.description()),
                         qPrintable(first.errorString));
            return 1;
        }
        cold.push_back(coldMs);
        warm.push_back(warmMs);
        details.append(QJsonObject {{QStringLiteral("segment"), segment.description()},
                                    {QStringLiteral("count"), first.count},
                                    {QStringLiteral("cold_ms"), coldMs},
                                    {QStringLiteral("warm_ms"), warmMs}});
    }

    // Filters on last names (too many values for bitmaps): SQL for that filter.
    QJsonArray fallback;
    for (const Segment &segment :
         {segmentOf({QStringLiteral("nom=Martin")}),
          segmentOf({QStringLiteral("nom^=Mar"), QStringLiteral("departement=67")}),
          segmentOf({QStringLiteral("nom!=Martin,Bernard")})}) {
        QElapsedTimer t;
        t.start();
        const SegmentIndex::Count count = index.count(audienceId, segment);
        fallback.append(QJsonObject {{QStringLiteral("segment"), segment.description()},
                                     {QStringLiteral("count"), count.count},
                                     {QStringLiteral("sql_filters"), count.sqlFilters},
                                     {QStringLiteral("ms"), double(t.nsecsElapsed()) / 1e6}});
    }

    // For comparison: the SQL count campaigns used before (department index + anti-joins).
    double sqlMs = 0;
    {
        QElapsedTimer t;
        t.start();
        QSqlQuery query(database.connection());
        query.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM contacts c WHERE c.audience_id = ? AND c.department = '67' "
            "AND NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone) "
            "AND NOT EXISTS (SELECT 1 FROM consent_states cs WHERE cs.phone = c.phone AND "
            "cs.state IN ('refused', 'opted_out'))"));
        query.addBindValue(audienceId);
        query.exec();
        query.next();
        sqlMs = double(t.nsecsElapsed()) / 1e6;
    }

    const QJsonObject result {
        {QStringLiteral("contacts"), contacts},
        {QStringLiteral("database_mb"),
         double(QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size())
             / 1048576.0},
        {QStringLiteral("generate_seconds"), generateSeconds},
        {QStringLiteral("build_seconds"), buildSeconds},
        {QStringLiteral("build_peak_rss_mb"), double(buildPeakKiB) / 1024.0},
        {QStringLiteral("rss_before_build_mb"), double(rssBefore) / 1024.0},
        {QStringLiteral("index_mb"), double(indexBytes) / 1048576.0},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("segments"), int(segments.size())},
        {QStringLiteral("cold"), toJson(stats(cold))},
        {QStringLiteral("warm"), toJson(stats(warm))},
        {QStringLiteral("details"), details},
        {QStringLiteral("sql_fallback"), fallback},
        {QStringLiteral("plain_sql_departement_67_ms"), sqlMs},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    return 0;
}
