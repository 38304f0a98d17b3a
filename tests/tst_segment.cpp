// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/segment.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The segment value: filter syntax, JSON (with the form campaigns stored before operators),
// descriptions, and the SQL condition agreeing with Filter::matches() on awkward values.
class tst_Segment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseFilter_data();
    void parseFilter();
    void filterTextRoundTrip();
    void jsonRoundTrip();
    void jsonOldForm();
    void jsonUnknownOperator();
    void description_data();
    void description();
    void numericRange_data();
    void numericRange();
    void sqlConditionMatches();
};

using Op = Segment::Operator;
Q_DECLARE_METATYPE(Segment::Operator)

void tst_Segment::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("column");
    QTest::addColumn<Segment::Operator>("op");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("in") << "departement=67,68" << true << "departement" << Op::In
                        << QStringList {"67", "68"};
    QTest::newRow("age bracket stays in")
        << "tranche_age=25-34" << true << "tranche_age" << Op::In << QStringList {"25-34"};
    QTest::newRow("accents and spaces")
        << " Département = 67 , 68 " << true << "departement" << Op::In << QStringList {"67", "68"};
    QTest::newRow("not in") << "departement!=67,68" << true << "departement" << Op::NotIn
                            << QStringList {"67", "68"};
    QTest::newRow("not in, spaces")
        << "Département != 67" << true << "departement" << Op::NotIn << QStringList {"67"};
    QTest::newRow("prefix") << "code_postal^=67,68" << true << "code_postal" << Op::Prefix
                            << QStringList {"67", "68"};
    QTest::newRow("range") << "date_optin=2024-01-01..2024-06-30" << true << "date_optin"
                           << Op::Between << QStringList {"2024-01-01", "2024-06-30"};
    QTest::newRow("open start") << "date_optin=..2024-06-30" << true << "date_optin" << Op::Between
                                << QStringList {"", "2024-06-30"};
    QTest::newRow("open end") << "age=18.." << true << "age" << Op::Between
                              << QStringList {"18", ""};
    QTest::newRow("range with spaces")
        << "age = 18 .. 35" << true << "age" << Op::Between << QStringList {"18", "35"};
    QTest::newRow("dots in a list stay values")
        << "version=1..2,3" << true << "version" << Op::In << QStringList {"1..2", "3"};
    QTest::newRow("no equals") << "departement" << false << "" << Op::In << QStringList {};
    QTest::newRow("no value") << "departement=, ," << false << "" << Op::In << QStringList {};
    QTest::newRow("empty range") << "age=.." << false << "" << Op::In << QStringList {};
    QTest::newRow("two ranges") << "age=1..2..3" << false << "" << Op::In << QStringList {};
    QTest::newRow("sql in name") << "x;drop table=1" << false << "" << Op::In << QStringList {};
    QTest::newRow("operator only") << "!=67" << false << "" << Op::In << QStringList {};
}

void tst_Segment::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    Segment::Filter filter;
    QString error;
    QCOMPARE(Segment::parseFilter(text, &filter, &error), ok);
    if (ok) {
        QTEST(filter.column, "column");
        QTEST(filter.op, "op");
        QTEST(filter.values, "values");
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_Segment::filterTextRoundTrip()
{
    const QList<Segment::Filter> filters {
        {"departement", {"67", "68"}},
        {"departement", Op::NotIn, {"67"}},
        {"code_postal", Op::Prefix, {"67", "680"}},
        {"date_optin", Op::Between, {"2024-01-01", "2024-06-30"}},
        {"date_optin", Op::Between, {"", "2024-06-30"}},
        {"age", Op::Between, {"18", ""}},
    };
    for (const Segment::Filter &filter : filters) {
        Segment::Filter parsed;
        QString error;
        QVERIFY2(Segment::parseFilter(Segment::filterText(filter), &parsed, &error),
                 qPrintable(error));
        QCOMPARE(parsed, filter);
    }
}

void tst_Segment::jsonRoundTrip()
{
    QRandomGenerator random(7);
    const QStringList columns {"departement", "code_postal", "date_optin", "civilite"};
    const QStringList words {"67", "68", "Mme", "Sélestat", "a\"b", "2024-01-01", "x,y"};
    for (int i = 0; i < 200; ++i) {
        Segment segment;
        segment.match = random.bounded(2) ? Segment::Match::Any : Segment::Match::All;
        const int n = random.bounded(4);
        for (int f = 0; f < n; ++f) {
            Segment::Filter filter;
            filter.column = columns.at(random.bounded(int(columns.size())));
            filter.op = Op(random.bounded(4));
            if (filter.op == Op::Between) {
                filter.values = {random.bounded(3) ? words.at(random.bounded(7)) : QString(),
                                 words.at(random.bounded(7))};
            } else {
                const int count = 1 + random.bounded(3);
                for (int v = 0; v < count; ++v)
                    filter.values.append(words.at(random.bounded(7)));
            }
            segment.filters.append(filter);
        }
        QString error;
        const Segment back = Segment::fromJson(segment.toJson(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back, segment);
    }
    const QJsonObject object =
        QJsonDocument::fromJson(
            Segment {Segment::Match::Any, {{"departement", Op::NotIn, {"67"}}}}.toJson().toUtf8())
            .object();
    QCOMPARE(object.value("match").toString(), QString("any"));
    QCOMPARE(object.value("filters").toArray().at(0).toObject().value("op").toString(),
             QString("not_in"));
}

void tst_Segment::jsonOldForm()
{
    // As campaigns stored segments before operators existed.
    const Segment segment = Segment::fromJson(
        QStringLiteral(R"({"filters":[{"column":"departement","values":["67","68"]},)"
                       R"({"column":"tranche_age","values":["25-34"]}]})"));
    QCOMPARE(segment.match, Segment::Match::All);
    QCOMPARE(segment.filters.size(), 2);
    QCOMPARE(segment.filters.at(0), Segment::Filter("departement", Op::In, {"67", "68"}));
    QCOMPARE(segment.filters.at(1), Segment::Filter("tranche_age", Op::In, {"25-34"}));
    QVERIFY(Segment::fromJson(QString()).isEmpty());
}

void tst_Segment::jsonUnknownOperator()
{
    QString error;
    const Segment segment = Segment::fromJson(
        QStringLiteral(R"({"filters":[{"column":"departement","op":"near","values":["67"]}]})"),
        &error);
    QVERIFY(segment.isEmpty());
    QVERIFY(error.contains("near"));
    error.clear();
    Segment::fromJson(QStringLiteral(R"({"match":"xor","filters":[]})"), &error);
    QVERIFY(error.contains("xor"));
}

void tst_Segment::description_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << R"({"filters":[]})"
                           << "";
    QTest::newRow("in and prefix")
        << R"({"match":"all","filters":[{"column":"departement","op":"in","values":["67","68"]},)"
           R"({"column":"code_postal","op":"prefix","values":["67"]}]})"
        << "departement is 67 or 68 · code_postal starts with 67";
    QTest::newRow("any")
        << R"({"match":"any","filters":[{"column":"departement","op":"not_in","values":["67"]},)"
           R"({"column":"tranche_age","op":"not_in","values":["18-24","25-34"]}]})"
        << "departement is not 67 OR tranche_age is none of 18-24, 25-34";
    QTest::newRow("ranges")
        << R"({"filters":[{"column":"date_optin","op":"between","values":["2024-01-01","2024-06-30"]},)"
           R"({"column":"age","op":"between","values":["","35"]},)"
           R"({"column":"score","op":"between","values":["10",""]}]})"
        << "date_optin from 2024-01-01 to 2024-06-30 · age up to 35 · score from 10 on";
}

void tst_Segment::description()
{
    QFETCH(QString, json);
    QTEST(Segment::fromJson(json).description(), "expected");
}

void tst_Segment::numericRange_data()
{
    QTest::addColumn<QStringList>("bounds");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("matches");
    // Integers: compared as numbers ("9" < "10"), only digit-only values count.
    QTest::newRow("9 in 5..10") << QStringList {"5", "10"} << "9" << true;
    QTest::newRow("10 in ..10") << QStringList {"", "10"} << "10" << true;
    QTest::newRow("11 not in ..10") << QStringList {"", "10"} << "11" << false;
    QTest::newRow("leading zero") << QStringList {"5", "10"} << "007" << true;
    QTest::newRow("bracket is no number") << QStringList {"20", "40"} << "25-34" << false;
    QTest::newRow("negative bound") << QStringList {"-5", "3"} << "0" << true;
    QTest::newRow("text no number") << QStringList {"1", ""} << "n/a" << false;
    // Text: byte order, ISO dates sort as dates.
    QTest::newRow("date inside") << QStringList {"2024-01-01", "2024-06-30"} << "2024-03-15"
                                 << true;
    QTest::newRow("date at end") << QStringList {"2024-01-01", "2024-06-30"} << "2024-06-30"
                                 << true;
    QTest::newRow("date after") << QStringList {"2024-01-01", "2024-06-30"} << "2024-07-01"
                                << false;
    QTest::newRow("text bytes") << QStringList {"A", "Z"} << "a" << false;
    QTest::newRow("accent after z") << QStringList {"a", "z"} << "é" << false;
}

void tst_Segment::numericRange()
{
    QFETCH(QStringList, bounds);
    QFETCH(QString, value);
    QTEST(Segment::Filter("x", Op::Between, bounds).matches(value), "matches");
}

// Every operator over values chosen to trip SQL up (NULL, empty, case, LIKE wildcards, numbers
// as text, accents): the rows SQLite selects with sqlCondition() are those matches() keeps.
// PostgreSQL runs the same comparison in tst_segmentindex.
void tst_Segment::sqlConditionMatches()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "tst_segment");
    db.setDatabaseName(":memory:");
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, department TEXT, "
                       "attributes TEXT)"));
    const QStringList values {"67", "68",  "6",          "670",        "",          "25-34", "9",
                              "10", "007", "-3",         "abc",        "ABC",       "a%",    "a_c",
                              "é",  "e",   "2024-01-01", "2024-06-30", "2024-12-31"};
    QList<QVariant> stored;
    for (const QString &v : values)
        stored.append(v);
    stored.append(QVariant(QMetaType(QMetaType::QString))); // NULL
    query.prepare("INSERT INTO contacts (id, department, attributes) VALUES (?, ?, ?)");
    for (int i = 0; i < stored.size(); ++i) {
        query.addBindValue(i);
        query.addBindValue(stored.at(i));
        query.addBindValue(stored.at(i).isNull()
                               ? QVariant(QMetaType(QMetaType::QString))
                               : QVariant(QString::fromUtf8(
                                   QJsonDocument(QJsonObject {{"x", stored.at(i).toString()}})
                                       .toJson(QJsonDocument::Compact))));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const QList<Segment::Filter> filters {
        {"departement", {"67", "a%"}},
        {"departement", Op::NotIn, {"67", "68"}},
        {"departement", Op::Prefix, {"6"}},
        {"departement", Op::Prefix, {"a%", "a_"}},
        {"departement", Op::Prefix, {"A"}},
        {"departement", Op::Between, {"5", "10"}},
        {"departement", Op::Between, {"", "9"}},
        {"departement", Op::Between, {"-5", ""}},
        {"departement", Op::Between, {"2024-01-01", "2024-06-30"}},
        {"departement", Op::Between, {"a", ""}},
        {"departement", Op::Between, {"", "Z"}},
        {"departement", Op::Between, {"", "é"}},
    };
    for (const Segment::Filter &standard : filters) {
        for (const QString &column : {QStringLiteral("departement"), QStringLiteral("x")}) {
            Segment::Filter filter = standard;
            filter.column = column;
            QVariantList bound;
            const QString condition =
                Segment {Segment::Match::All, {filter}}.sqlCondition(false, &bound);
            QSqlQuery select(db);
            QVERIFY(
                select.prepare("SELECT id FROM contacts c WHERE " + condition + " ORDER BY id"));
            for (int i = 0; i < bound.size(); ++i)
                select.bindValue(i, bound.at(i));
            QVERIFY2(select.exec(), qPrintable(select.lastError().text()));
            QList<int> selected;
            while (select.next())
                selected.append(select.value(0).toInt());
            QList<int> expected;
            for (int i = 0; i < stored.size(); ++i) {
                if (filter.matches(stored.at(i).toString()))
                    expected.append(i);
            }
            QVERIFY2(selected == expected,
                     qPrintable(Segment::filterText(filter) + " / " + condition));
        }
    }
    db.close();
}

QTEST_GUILESS_MAIN(tst_Segment)
#include "tst_segment.moc"
