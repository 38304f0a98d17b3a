// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/audiencepurge.h"
#include "audience/segmentindex.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Bitmap counts against two brute forces (the SQL campaigns send with, and Filter::matches() over
// the generated rows) on random contacts and random segments, on both backends; STOPs and
// consent changes after the build; staleness after an import or a purge; cancel; the guards.
class tst_SegmentIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void randomSegments_data() { addBackendRows(); }
    void randomSegments();
    void staleAfterImportAndPurge_data() { addBackendRows(); }
    void staleAfterImportAndPurge();
    void cancelKeepsOldIndex_data() { addBackendRows(); }
    void cancelKeepsOldIndex();
    void guards_data() { addBackendRows(); }
    void guards();
};

namespace {

using Op = Segment::Operator;

// The generated audience, kept in memory for the brute force.
struct Fixture
{
    qint64 audienceId = 0;
    qint64 otherAudienceId = 0;
    struct Contact
    {
        qint64 id = 0;
        QString phone;
        QHash<QString, QString> values; // filter column -> value (absent: NULL)
    };
    QList<Contact> contacts;
    QSet<QString> suppressed;
    QHash<QString, QString> consent; // phone -> state
    int nextPhone = 0;
};

const QStringList kDepartments {"67", "68", "57", "88", ""};
const QStringList kCommunes {"Strasbourg", "Colmar", "Mulhouse", "Sélestat", "Haguenau",
                             "Saverne",    "Épinal", "Metz",     "Obernai",  "Saint-Louis"};
const QStringList kBrackets {"18-24", "25-34", "35-49", "50-64", "65+"};
const QStringList kNames {"Muller", "Schmitt", "Meyer",  "Weber",   "Klein",
                          "Wolff",  "Fischer", "Martin", "Bernard", "Roth"};
const QStringList kCivilites {"M.", "Mme"};
// Standard field -> contacts column, attribute names.
const QStringList kStandard {"departement", "code_postal", "commune", "tranche_age",
                             "date_optin",  "prenom",      "nom"};
const QStringList kAttributes {"civilite", "score", "code_client", "ville"};

qint64 insertAudience(Database &db, const QString &name)
{
    QSqlQuery query(db.connection());
    query.prepare("INSERT INTO audiences (name, created_at) VALUES (?, ?)");
    query.addBindValue(name);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return 0;
    query.prepare("SELECT id FROM audiences WHERE name = ?");
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

QString randomValue(QRandomGenerator &random, const QString &column, int contactIndex)
{
    switch (kStandard.indexOf(column)) {
    case 0:
        return kDepartments.at(random.bounded(int(kDepartments.size())));
    case 1:
        return kDepartments.at(random.bounded(4)) + QString::number(random.bounded(3)) + "0"
            + QString::number(random.bounded(10));
    case 2:
        return kCommunes.at(random.bounded(int(kCommunes.size())));
    case 3:
        return kBrackets.at(random.bounded(int(kBrackets.size())));
    case 4:
        return random.bounded(10) == 0
            ? QStringLiteral("03/05/2024")
            : QDate(2023, 1, 1).addDays(random.bounded(100) * 7).toString(Qt::ISODate);
    case 5:
        return QStringLiteral("Prénom%1").arg(random.bounded(30));
    case 6:
        // Too many distinct values for bitmaps in this test (maxDistinctValues 150).
        return kNames.at(random.bounded(int(kNames.size()))) + QString::number(random.bounded(20));
    default:
        break;
    }
    if (column == "civilite")
        return kCivilites.at(random.bounded(2));
    if (column == "score")
        return random.bounded(8) == 0 ? QStringLiteral("n/a")
                                      : QString::number(random.bounded(120));
    if (column == "code_client")
        return QStringLiteral("C%1").arg(contactIndex);
    return kCommunes.at(random.bounded(int(kCommunes.size()))); // ville
}

// Adds `count` contacts to the audience as a finished import would: an import row, the
// contacts, the audience's count. Every few contacts one goes to the other audience, so that
// the audience's ids are not contiguous.
bool addImport(Database &db, Fixture *fixture, QRandomGenerator &random, int count)
{
    QSqlDatabase connection = db.connection();
    Transaction transaction(connection, Transaction::Mode::Immediate);
    QSqlQuery query(connection);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare("INSERT INTO imports (audience_id, file_name, state, started_at, finished_at) "
                  "VALUES (?, 'test.csv', 'done', ?, ?)");
    query.addBindValue(fixture->audienceId);
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec())
        return false;
    const QStringList columns {"audience_id", "phone",      "first_name", "last_name",
                               "postal_code", "commune",    "department", "age_bracket",
                               "opt_in_date", "attributes", "created_at", "updated_at"};
    QList<Fixture::Contact> added;
    BulkInserter inserter(connection, "contacts", columns);
    for (int i = 0; i < count; ++i) {
        const bool other = random.bounded(5) == 0;
        Fixture::Contact contact;
        contact.phone = QStringLiteral("+336%1").arg(10000000 + fixture->nextPhone++);
        QVariantList row {other ? fixture->otherAudienceId : fixture->audienceId, contact.phone};
        const auto standard = [&](const QString &field) -> QVariant {
            if (random.bounded(12) == 0)
                return QVariant(QMetaType(QMetaType::QString)); // NULL
            const QString value = randomValue(random, field, int(fixture->contacts.size()));
            contact.values.insert(field, value);
            return value;
        };
        for (const QString &field :
             {QStringLiteral("prenom"), QStringLiteral("nom"), QStringLiteral("code_postal"),
              QStringLiteral("commune"), QStringLiteral("departement"),
              QStringLiteral("tranche_age"), QStringLiteral("date_optin")})
            row.append(standard(field));
        QJsonObject attributes;
        for (const QString &attribute : kAttributes) {
            if (random.bounded(6) == 0)
                continue;
            const QString value =
                randomValue(random, attribute, int(fixture->contacts.size() + added.size()));
            attributes.insert(attribute, value);
            contact.values.insert(attribute, value);
        }
        row.append(attributes.isEmpty()
                       ? QVariant(QMetaType(QMetaType::QString))
                       : QVariant(QString::fromUtf8(
                           QJsonDocument(attributes).toJson(QJsonDocument::Compact))));
        row.append(now);
        row.append(now);
        if (!inserter.addRow(row))
            return false;
        if (!other)
            added.append(contact);
    }
    if (!inserter.flush())
        return false;
    // Ids, in insertion order.
    query.prepare("SELECT id, phone FROM contacts WHERE audience_id = ?");
    query.addBindValue(fixture->audienceId);
    if (!query.exec())
        return false;
    QHash<QString, qint64> ids;
    while (query.next())
        ids.insert(query.value(1).toString(), query.value(0).toLongLong());
    for (Fixture::Contact &contact : added)
        contact.id = ids.value(contact.phone);
    fixture->contacts.append(added);
    query.prepare("UPDATE audiences SET contact_count = contact_count + ? WHERE id = ?");
    query.addBindValue(qint64(added.size()));
    query.addBindValue(fixture->audienceId);
    return query.exec() && transaction.commit();
}

bool suppress(Database &db, Fixture *fixture, const QString &phone)
{
    QSqlQuery query(db.connection());
    query.prepare("INSERT INTO suppressions (phone, reason, added_at) VALUES (?, 'stop_reply', ?)");
    query.addBindValue(phone);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    fixture->suppressed.insert(phone);
    return query.exec();
}

bool setConsent(Database &db, Fixture *fixture, const QString &phone, const QString &state)
{
    QSqlQuery query(db.connection());
    query.prepare("DELETE FROM consent_states WHERE phone = ?");
    query.addBindValue(phone);
    if (!query.exec())
        return false;
    query.prepare("INSERT INTO consent_states (phone, state, changed_at) VALUES (?, ?, ?)");
    query.addBindValue(phone);
    query.addBindValue(state);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    fixture->consent.insert(phone, state);
    return query.exec();
}

bool sendable(const Fixture &fixture, const Fixture::Contact &contact)
{
    const QString state = fixture.consent.value(contact.phone);
    return !fixture.suppressed.contains(contact.phone) && state != "refused"
        && state != "opted_out";
}

qint64 bruteForce(const Fixture &fixture, const Segment &segment)
{
    qint64 count = 0;
    for (const Fixture::Contact &contact : fixture.contacts) {
        if (!sendable(fixture, contact))
            continue;
        bool selected = segment.match == Segment::Match::All || segment.filters.isEmpty();
        for (const Segment::Filter &filter : segment.filters) {
            const bool match = filter.matches(contact.values.value(filter.column));
            if (segment.match == Segment::Match::All)
                selected = selected && match;
            else
                selected = selected || match;
        }
        count += selected;
    }
    return count;
}

// The count campaigns would reach: sqlCondition() with the suppression and consent anti-joins.
qint64 sqlCount(Database &db, qint64 audienceId, const Segment &segment)
{
    QVariantList values {audienceId};
    const QString condition = segment.sqlCondition(db.isPostgreSql(), &values);
    QSqlQuery query(db.connection());
    query.prepare("SELECT COUNT(*) FROM contacts c WHERE c.audience_id = ? AND " + condition
                  + " AND NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone) "
                    "AND NOT EXISTS (SELECT 1 FROM consent_states cs WHERE cs.phone = c.phone "
                    "AND cs.state IN ('refused', 'opted_out'))");
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec() || !query.next()) {
        qWarning() << query.lastError().text() << condition;
        return -1;
    }
    return query.value(0).toLongLong();
}

Segment::Filter randomFilter(QRandomGenerator &random)
{
    const QStringList columns = kStandard + kAttributes + QStringList {"profession"};
    Segment::Filter filter;
    filter.column = columns.at(random.bounded(int(columns.size())));
    filter.op = Op(random.bounded(4));
    const auto someValue = [&]() {
        if (random.bounded(10) == 0)
            return QStringLiteral("absent");
        return randomValue(random, filter.column, random.bounded(3000));
    };
    switch (filter.op) {
    case Op::In:
    case Op::NotIn: {
        const int n = 1 + random.bounded(3);
        for (int i = 0; i < n; ++i)
            filter.values.append(someValue());
        break;
    }
    case Op::Prefix: {
        const int n = 1 + random.bounded(2);
        for (int i = 0; i < n; ++i) {
            const QString value = someValue();
            filter.values.append(
                value.left(1 + random.bounded(int(qMax<qsizetype>(1, value.size())))));
        }
        break;
    }
    case Op::Between:
        if (filter.column == "score" || random.bounded(6) == 0) {
            filter.values = {random.bounded(4) ? QString::number(random.bounded(100)) : QString(),
                             random.bounded(4) ? QString::number(random.bounded(130)) : QString()};
        } else {
            filter.values = {random.bounded(4) ? someValue() : QString(),
                             random.bounded(4) ? someValue() : QString()};
        }
        if (filter.values == QStringList {QString(), QString()})
            filter.values[1] = someValue();
        break;
    }
    return filter;
}

QString open(Database &db)
{
    QString error;
    return db.openAndMigrate(&error) ? QString() : error;
}

bool setUp(Database &db, Fixture *fixture, QRandomGenerator &random, int contacts)
{
    fixture->audienceId = insertAudience(db, QStringLiteral("Fichier loué — test"));
    fixture->otherAudienceId = insertAudience(db, QStringLiteral("Autre fichier"));
    QSqlQuery query(db.connection());
    int position = 0;
    for (const QString &name :
         {QStringLiteral("Civilité"), QStringLiteral("score"), QStringLiteral("code_client"),
          QStringLiteral("ville"), QStringLiteral("profession"), QStringLiteral("religion")}) {
        query.prepare("INSERT INTO audience_columns (audience_id, name, label, position) "
                      "VALUES (?, ?, ?, ?)");
        query.addBindValue(fixture->audienceId);
        query.addBindValue(name);
        query.addBindValue(name);
        query.addBindValue(position++);
        if (!query.exec())
            return false;
    }
    return fixture->audienceId && fixture->otherAudienceId
        && addImport(db, fixture, random, contacts);
}

} // namespace

void tst_SegmentIndex::randomSegments()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QCOMPARE(open(db), QString());
    QRandomGenerator random(20240601);
    Fixture fixture;
    QVERIFY(setUp(db, &fixture, random, 2500));
    // Some numbers are out before the build, more after it.
    for (int i = 0; i < 60; ++i) {
        const QString phone = fixture.contacts.at(random.bounded(2000)).phone;
        if (i % 3 == 0 && !fixture.suppressed.contains(phone))
            QVERIFY(suppress(db, &fixture, phone));
        else if (i % 3 == 0)
            continue;
        else
            QVERIFY(setConsent(db, &fixture, phone, i % 3 == 1 ? "refused" : "granted"));
    }
    QVERIFY(suppress(db, &fixture, "+33699999999")); // not a contact

    SegmentIndex index(&db);
    index.setMaxDistinctValues(150);
    QVERIFY(!index.isCurrent(fixture.audienceId));
    QVERIFY2(index.build(fixture.audienceId), qPrintable(index.errorString()));
    QVERIFY(index.isCurrent(fixture.audienceId));

    const auto check = [&](const Segment &segment) {
        const SegmentIndex::Count count = index.count(fixture.audienceId, segment);
        if (!count.ok)
            return QStringLiteral("count failed: %1 (%2)").arg(count.errorString, segment.toJson());
        if (count.built)
            return QStringLiteral("rebuilt (%1)").arg(segment.toJson());
        const qint64 expected = bruteForce(fixture, segment);
        const qint64 sql = sqlCount(db, fixture.audienceId, segment);
        if (count.count != expected || sql != expected)
            return QStringLiteral("index %1, SQL %2, expected %3: %4")
                .arg(count.count)
                .arg(sql)
                .arg(expected)
                .arg(segment.toJson());
        if (count.sendable != bruteForce(fixture, Segment()))
            return QStringLiteral("sendable %1").arg(count.sendable);
        return QString();
    };

    int sqlFilters = 0;
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 120; ++i) {
            Segment segment;
            segment.match = random.bounded(2) ? Segment::Match::Any : Segment::Match::All;
            const int n = random.bounded(4);
            for (int f = 0; f < n; ++f) {
                Segment::Filter filter = randomFilter(random);
                if (filter.column != "religion")
                    segment.filters.append(filter);
            }
            const QString problem = check(segment);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            sqlFilters += index.count(fixture.audienceId, segment).sqlFilters;
        }
        // STOPs, refusals and a consent that comes back after the build: no rebuild needed.
        for (int i = 0; i < 25; ++i) {
            const QString phone =
                fixture.contacts.at(random.bounded(int(fixture.contacts.size()))).phone;
            switch (random.bounded(4)) {
            case 0:
                if (!fixture.suppressed.contains(phone))
                    QVERIFY(suppress(db, &fixture, phone));
                break;
            case 1:
                QVERIFY(setConsent(db, &fixture, phone, "opted_out"));
                break;
            case 2:
                QVERIFY(setConsent(db, &fixture, phone, "refused"));
                break;
            default:
                QVERIFY(setConsent(db, &fixture, phone, "granted"));
                break;
            }
        }
        for (const QString &phone : fixture.consent.keys()) {
            if (fixture.consent.value(phone) == "refused" && random.bounded(3) == 0)
                QVERIFY(setConsent(db, &fixture, phone, "granted"));
        }
        QVERIFY(index.isCurrent(fixture.audienceId));
    }
    // Columns with too many values (nom, code_client) ran as SQL, and agreed.
    QVERIFY(sqlFilters > 0);

    // Columns and values for the builder.
    const QStringList columns = index.columns(fixture.audienceId);
    QCOMPARE(columns.mid(0, 7), kStandard);
    QCOMPARE(columns.mid(7),
             (QStringList {"civilite", "score", "code_client", "ville", "profession", "religion"}));
    QHash<QString, qint64> communes;
    for (const Fixture::Contact &contact : std::as_const(fixture.contacts)) {
        if (!contact.values.value("commune").isEmpty())
            ++communes[contact.values.value("commune")];
    }
    const QList<SegmentIndex::Value> values = index.values(fixture.audienceId, "commune", 3);
    QCOMPARE(values.size(), 3);
    for (int i = 0; i < values.size(); ++i) {
        QCOMPARE(values.at(i).contacts, communes.value(values.at(i).value));
        if (i > 0)
            QVERIFY(values.at(i - 1).contacts >= values.at(i).contacts);
    }
    QCOMPARE(values.constFirst().contacts, *std::max_element(communes.cbegin(), communes.cend()));
    // A column without bitmaps answers too (SQL).
    const QList<SegmentIndex::Value> names = index.values(fixture.audienceId, "nom", 500);
    qint64 named = 0;
    for (const SegmentIndex::Value &value : names)
        named += value.contacts;
    qint64 expectedNamed = 0;
    for (const Fixture::Contact &contact : std::as_const(fixture.contacts))
        expectedNamed += !contact.values.value("nom").isEmpty();
    QCOMPARE(named, expectedNamed);
}

void tst_SegmentIndex::staleAfterImportAndPurge()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QCOMPARE(open(db), QString());
    QRandomGenerator random(4);
    Fixture fixture;
    QVERIFY(setUp(db, &fixture, random, 400));
    SegmentIndex index(&db);
    const Segment departement67 {Segment::Match::All, {{"departement", {"67"}}}};
    SegmentIndex::Count count = index.count(fixture.audienceId, departement67);
    QVERIFY2(count.ok, qPrintable(count.errorString));
    QVERIFY(count.built);
    QCOMPARE(count.count, bruteForce(fixture, departement67));
    QVERIFY(index.isCurrent(fixture.audienceId));

    // A new import: stale, and the next count rebuilds and sees the new contacts.
    QVERIFY(addImport(db, &fixture, random, 300));
    QVERIFY(!index.isCurrent(fixture.audienceId));
    count = index.count(fixture.audienceId, departement67);
    QVERIFY(count.ok);
    QVERIFY(count.built);
    QCOMPARE(count.count, bruteForce(fixture, departement67));
    QCOMPARE(count.sendable, qint64(fixture.contacts.size()));
    QVERIFY(index.isCurrent(fixture.audienceId));

    // A purge: the stored bitmaps go at once, and counts are zero.
    const AudiencePurge::Result purged = AudiencePurge(&db).purge(fixture.audienceId);
    QVERIFY2(purged.ok, qPrintable(purged.errorString));
    QVERIFY(!index.isCurrent(fixture.audienceId));
    QSqlQuery query(db.connection());
    query.prepare("SELECT COUNT(*) FROM segment_index WHERE audience_id = ?");
    query.addBindValue(fixture.audienceId);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toLongLong(), 0);
    count = index.count(fixture.audienceId, departement67);
    QVERIFY(count.ok);
    QCOMPARE(count.count, 0);
    QCOMPARE(count.sendable, 0);
    QVERIFY(index.isCurrent(fixture.audienceId));
}

void tst_SegmentIndex::cancelKeepsOldIndex()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QCOMPARE(open(db), QString());
    QRandomGenerator random(5);
    Fixture fixture;
    QVERIFY(setUp(db, &fixture, random, 300));
    SegmentIndex index(&db);
    QVERIFY(index.build(fixture.audienceId));
    const auto generation = [&]() {
        QSqlQuery query(db.connection());
        query.prepare("SELECT generation FROM segment_index_meta WHERE audience_id = ?");
        query.addBindValue(fixture.audienceId);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    };
    const qint64 before = generation();
    QVERIFY(before != 0);
    const Segment all;
    const qint64 countBefore = index.count(fixture.audienceId, all).count;

    QVERIFY(addImport(db, &fixture, random, 200));
    std::atomic_bool cancel {true};
    QVERIFY(!index.build(fixture.audienceId, {}, &cancel));
    QVERIFY(!index.errorString().isEmpty());
    QCOMPARE(generation(), before);
    QVERIFY(!index.isCurrent(fixture.audienceId));
    // A forced rebuild, cancelled, also leaves the old one.
    QVERIFY(!index.build(fixture.audienceId, {}, &cancel, true));
    QCOMPARE(generation(), before);
    QVERIFY(countBefore > 0);

    // Progress reaches the total.
    SegmentIndex::Progress last;
    QVERIFY(index.build(fixture.audienceId,
                        [&](const SegmentIndex::Progress &progress) { last = progress; }));
    QVERIFY(generation() != before);
    QCOMPARE(last.rows, qint64(fixture.contacts.size()));
    QCOMPARE(last.totalRows, qint64(fixture.contacts.size()));
    QCOMPARE(index.count(fixture.audienceId, all).count, qint64(fixture.contacts.size()));
}

void tst_SegmentIndex::guards()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QCOMPARE(open(db), QString());
    QRandomGenerator random(6);
    Fixture fixture;
    QVERIFY(setUp(db, &fixture, random, 100));
    SegmentIndex index(&db);

    // A column that reveals a religion: refused, though it is listed for the builder.
    SegmentIndex::Count count =
        index.count(fixture.audienceId, {Segment::Match::All, {{"religion", {"x"}}}});
    QVERIFY(!count.ok);
    QVERIFY(!count.errorString.isEmpty());
    QVERIFY(index.columns(fixture.audienceId).contains("religion"));
    QVERIFY(index.values(fixture.audienceId, "religion").isEmpty());
    QVERIFY(!index.errorString().isEmpty());
    // Also inside an OR, next to allowed filters.
    count = index.count(fixture.audienceId,
                        {Segment::Match::Any, {{"departement", {"67"}}, {"religion", {"x"}}}});
    QVERIFY(!count.ok);

    // A column the audience does not have.
    count = index.count(fixture.audienceId, {Segment::Match::All, {{"couleur", {"bleu"}}}});
    QVERIFY(!count.ok);
    QVERIFY(count.errorString.contains("couleur"));

    // A declared column without any value: nothing is in it, everybody is outside it.
    count = index.count(fixture.audienceId, {Segment::Match::All, {{"profession", {"x"}}}});
    QVERIFY2(count.ok, qPrintable(count.errorString));
    QCOMPARE(count.count, 0);
    count =
        index.count(fixture.audienceId, {Segment::Match::All, {{"profession", Op::NotIn, {"x"}}}});
    QCOMPARE(count.count, qint64(fixture.contacts.size()));

    // An audience that does not exist.
    QVERIFY(!index.count(fixture.audienceId + 1000, {}).ok);
}

QTEST_GUILESS_MAIN(tst_SegmentIndex)
#include "tst_segmentindex.moc"
