// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/databaseurl.h"

#include <QDir>
#include <QTest>

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsePostgres_data();
    void parsePostgres();
    void parseSqlite_data();
    void parseSqlite();
    void rejects_data();
    void rejects();
    void displayStringHidesPassword();
    void roundTrip();
};

void tst_DatabaseUrl::parsePostgres_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QStringList>("options");

    QTest::newRow("full") << "postgresql://camille:s3cret@db.example.org:6543/tribune"
                          << "db.example.org" << 6543 << "camille"
                          << "s3cret"
                          << "tribune" << QStringList();
    QTest::newRow("default port") << "postgresql://camille@127.0.0.1/tribune"
                                  << "127.0.0.1" << 5432 << "camille"
                                  << ""
                                  << "tribune" << QStringList();
    QTest::newRow("postgres scheme, db defaults to user") << "postgres://equipe@localhost:5433"
                                                          << "localhost" << 5433 << "equipe"
                                                          << ""
                                                          << "equipe" << QStringList();
    QTest::newRow("percent-encoded password") << "postgresql://a:p%40ss%3Aw@h/d"
                                              << "h" << 5432 << "a"
                                              << "p@ss:w"
                                              << "d" << QStringList();
    QTest::newRow("options") << "postgresql://a@h/d?sslmode=require&connect_timeout=3"
                             << "h" << 5432 << "a"
                             << ""
                             << "d" << QStringList {"sslmode=require", "connect_timeout=3"};
}

void tst_DatabaseUrl::parsePostgres()
{
    QFETCH(QString, text);
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.backend(), DatabaseUrl::Backend::PostgreSql);
    QTEST(url.host(), "host");
    QTEST(url.port(), "port");
    QTEST(url.userName(), "user");
    QTEST(url.password(), "password");
    QTEST(url.databaseName(), "database");
    QTEST(url.connectOptions(), "options");
}

void tst_DatabaseUrl::parseSqlite_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("path");
    QTest::newRow("sqlite URL") << "sqlite:///var/lib/tribune/t.db"
                                << "/var/lib/tribune/t.db";
    QTest::newRow("plain absolute path") << "/tmp/x/tribune.db"
                                         << "/tmp/x/tribune.db";
    QTest::newRow("relative path") << "data/t.db" << QDir::current().absoluteFilePath("data/t.db");
    QTest::newRow("sqlite relative") << "sqlite:t.db" << QDir::current().absoluteFilePath("t.db");
    QTest::newRow("spaces encoded") << "sqlite:///tmp/Mes%20donn%C3%A9es/t.db"
                                    << "/tmp/Mes données/t.db";
    QTest::newRow("cleaned") << "sqlite:///tmp//a/../b/t.db"
                             << "/tmp/b/t.db";
}

void tst_DatabaseUrl::parseSqlite()
{
    QFETCH(QString, text);
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(text, &error);
    QVERIFY2(url.isValid(), qPrintable(error));
    QCOMPARE(url.backend(), DatabaseUrl::Backend::Sqlite);
    QTEST(url.filePath(), "path");
}

void tst_DatabaseUrl::rejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("errorFragment");
    QTest::newRow("empty") << "  "
                           << "empty";
    QTest::newRow("mysql") << "mysql://a@b/c"
                           << "mysql";
    QTest::newRow("two path segments") << "postgresql://a@h/d/e"
                                       << "one database";
    QTest::newRow("unknown option") << "postgresql://a@h/d?host=/evil"
                                    << "host";
    QTest::newRow("nothing named") << "postgresql://h"
                                   << "neither";
    QTest::newRow("sqlite without file") << "sqlite://"
                                         << "no file";
}

void tst_DatabaseUrl::rejects()
{
    QFETCH(QString, text);
    QFETCH(QString, errorFragment);
    QString error;
    const DatabaseUrl url = DatabaseUrl::parse(text, &error);
    QVERIFY(!url.isValid());
    QVERIFY2(error.contains(errorFragment, Qt::CaseInsensitive), qPrintable(error));
}

void tst_DatabaseUrl::displayStringHidesPassword()
{
    const DatabaseUrl url =
        DatabaseUrl::parse(QStringLiteral("postgresql://camille:s3cret@db:6543/tribune"));
    QCOMPARE(url.toDisplayString(), QStringLiteral("postgresql://camille@db:6543/tribune"));
    QVERIFY(!url.toDisplayString().contains(QLatin1String("s3cret")));
    QVERIFY(url.toString().contains(QLatin1String("s3cret")));
}

void tst_DatabaseUrl::roundTrip()
{
    const QStringList urls = {
        QStringLiteral("postgresql://camille:s3cret@db:6543/tribune?sslmode=verify-full"),
        QStringLiteral("sqlite:///tmp/t.db"),
    };
    for (const QString &text : urls) {
        const DatabaseUrl url = DatabaseUrl::parse(text);
        QCOMPARE(DatabaseUrl::parse(url.toString()), url);
    }
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
