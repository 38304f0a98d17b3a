// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demodataloader.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using Sending::CredentialStore;
using Sending::ProviderStore;

class tst_ProviderStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addListFindWithSecret_data() { addBackendRows(); }
    void addListFindWithSecret();
    void secretNeverInDatabaseFile();
    void validation_data();
    void validation();
    void updateAndRename_data() { addBackendRows(); }
    void updateAndRename();
    void removeOnlyWhenUnused_data() { addBackendRows(); }
    void removeOnlyWhenUnused();
    void setActive_data() { addBackendRows(); }
    void setActive();
    void databasesDoNotShareSecrets();
};

namespace {

const QString kSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");

ProviderStore::Entry twilio(const QString &name)
{
    ProviderStore::Entry e;
    e.name = name;
    e.kind = QStringLiteral("twilio");
    e.senderId = QStringLiteral("CMartin2027");
    e.account = kSid;
    e.ratePerSecond = 5;
    e.maxParts = 4;
    return e;
}

qint64 scalar(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

QString auditDetails(Database &db, const QString &action)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT details FROM audit_log WHERE action = ? AND "
                                 "object_type = 'provider' ORDER BY id DESC"));
    query.addBindValue(action);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace

void tst_ProviderStore::addListFindWithSecret()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store(&db, &credentials, QStringLiteral("tester"));

    ProviderStore::Entry entry = twilio(QStringLiteral("Twilio FR"));
    entry.options.insert(QStringLiteral("validity_period"), 3600);
    const QString secret = QStringLiteral("tok-9f8e7d6c5b4a");
    QVERIFY2(store.add(&entry, secret), qPrintable(store.errorString()));
    QVERIFY(entry.id > 0);
    QVERIFY(entry.hasSecret());
    QCOMPARE(entry.endpoint, QUrl(QStringLiteral("https://api.twilio.com")));

    const std::optional<ProviderStore::Entry> found = store.findByName(QStringLiteral("Twilio FR"));
    QVERIFY(found);
    QCOMPARE(found->id, entry.id);
    QCOMPARE(found->account, kSid);
    QCOMPARE(found->options.value(QStringLiteral("validity_period")).toInt(), 3600);
    QVERIFY(!found->options.contains(QStringLiteral("account")));
    QCOMPARE(found->ratePerSecond, 5.0);
    QCOMPARE(found->maxParts, 4);
    QVERIFY(found->credentialRef.contains(store.databaseId()));

    QString configError;
    const std::optional<Sending::ProviderConfig> config = store.config(entry.id, &configError);
    QVERIFY2(config, qPrintable(configError));
    QCOMPARE(config->secret, secret);
    QCOMPARE(config->account, kSid);
    QCOMPARE(config->kind, QStringLiteral("twilio"));
    QCOMPARE(config->senderId, QStringLiteral("CMartin2027"));

    // The secret is in the keychain under the row's reference, nowhere in the database.
    QCOMPARE(credentials.readSecretAndWait(found->credentialRef).secret, secret);
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name, kind, endpoint, sender_id, credential_ref, "
                                      "options FROM providers")));
    while (query.next()) {
        for (int i = 0; i < 6; ++i)
            QVERIFY(!query.value(i).toString().contains(secret));
    }
    const QString details = auditDetails(db, QStringLiteral("provider.create"));
    QVERIFY(details.contains(QLatin1String("Twilio FR")));
    QVERIFY(!details.contains(secret));

    // Without a secret: listed, and says so.
    ProviderStore::Entry plain = twilio(QStringLiteral("Twilio sans secret"));
    QVERIFY2(store.add(&plain), qPrintable(store.errorString()));
    QVERIFY(!plain.hasSecret());
    const QList<ProviderStore::Entry> all = store.list();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(1).name, QStringLiteral("Twilio sans secret"));
    QVERIFY(!all.at(1).hasSecret());
    QVERIFY(all.at(0).hasSecret());
    const std::optional<Sending::ProviderConfig> plainConfig = store.config(plain.id, &configError);
    QVERIFY(plainConfig);
    QVERIFY(plainConfig->secret.isEmpty());

    // Duplicate name refused, nothing stored.
    ProviderStore::Entry duplicate = twilio(QStringLiteral("Twilio FR"));
    QVERIFY(!store.add(&duplicate, QStringLiteral("other")));
    QVERIFY(store.errorString().contains(QLatin1String("already exists")));
    QCOMPARE(store.config(entry.id, &configError)->secret, secret);

    QVERIFY(store.remove(entry.id));
    QCOMPARE(credentials.readSecretAndWait(found->credentialRef).status,
             CredentialStore::Status::NotFound);
}

void tst_ProviderStore::secretNeverInDatabaseFile()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    QVERIFY(testDb.isReady());
    const QString secret = QStringLiteral("UniqueSecretMarker-7c1e4b2a");
    {
        Database db(testDb.url());
        QString error;
        QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
        CredentialStore credentials(QStringLiteral("TribuneTest"));
        ProviderStore store(&db, &credentials, QStringLiteral("tester"));
        ProviderStore::Entry entry = twilio(QStringLiteral("Twilio"));
        QVERIFY2(store.add(&entry, secret), qPrintable(store.errorString()));
        ProviderStore::Entry updated = entry;
        updated.ratePerSecond = 7;
        QVERIFY2(store.update(&updated, secret + QStringLiteral("-2")),
                 qPrintable(store.errorString()));
        QCOMPARE(store.config(entry.id, &error)->secret, secret + QStringLiteral("-2"));
        db.closeThreadConnection();
    }
    // Every file of the database (main file, WAL, shared memory) is free of the secret, in
    // UTF-8 and UTF-16.
    const QDir dir(testDb.folder());
    QByteArray all;
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files)) {
        QFile file(info.absoluteFilePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    // The files read are the database's: the provider row is in them...
    QVERIFY(all.contains("CMartin2027"));
    QVERIFY(all.contains(kSid.toLatin1()));
    // ...and the secret is not, in UTF-8 or UTF-16.
    const QString marker = QStringLiteral("UniqueSecretMarker");
    QVERIFY(!all.contains(marker.toUtf8()));
    const QByteArray utf16(reinterpret_cast<const char *>(marker.utf16()), marker.size() * 2);
    QVERIFY(!all.contains(utf16));
}

void tst_ProviderStore::validation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty name") << "name"
                                << "  "
                                << "name";
    QTest::newRow("unknown kind") << "kind"
                                  << "pigeon"
                                  << "Unknown provider kind";
    QTest::newRow("plain http") << "endpoint"
                                << "http://api.example.com"
                                << "HTTPS";
    QTest::newRow("ftp") << "endpoint"
                         << "ftp://api.example.com"
                         << "HTTPS";
    QTest::newRow("zero rate") << "rate"
                               << "0"
                               << "rate limit";
    QTest::newRow("negative rate") << "rate"
                                   << "-3"
                                   << "rate limit";
    QTest::newRow("parts 0") << "parts"
                             << "0"
                             << "between 1 and 10";
    QTest::newRow("parts 11") << "parts"
                              << "11"
                              << "between 1 and 10";
    QTest::newRow("sender too long") << "sender"
                                     << "CMartin20270"
                                     << "";
    QTest::newRow("sender digits") << "sender"
                                   << "0612345678"
                                   << "";
    QTest::newRow("bad sid") << "account"
                             << "AC123"
                             << "Account SID";
    QTest::newRow("unknown option") << "option"
                                    << "colour=blue"
                                    << "Unknown Twilio option";
    QTest::newRow("validity") << "option"
                              << "validity_period=40000"
                              << "validity period";
    QTest::newRow("bad service sid") << "option"
                                     << "messaging_service_sid=XX1"
                                     << "MG";
    QTest::newRow("sandbox endpoint") << "sandbox-endpoint"
                                      << "https://x.example"
                                      << "sandbox";
    QTest::newRow("kannel no endpoint") << "kannel-endpoint"
                                        << ""
                                        << "address";
}

void tst_ProviderStore::validation()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, error);
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString openError;
    QVERIFY2(db.openAndMigrate(&openError), qPrintable(openError));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store(&db, &credentials, QStringLiteral("tester"));

    ProviderStore::Entry entry = twilio(QStringLiteral("Valide"));
    QVERIFY2(store.validate(entry), qPrintable(store.errorString()));
    if (field == QLatin1String("name"))
        entry.name = value;
    else if (field == QLatin1String("kind"))
        entry.kind = value;
    else if (field == QLatin1String("endpoint"))
        entry.endpoint = QUrl(value);
    else if (field == QLatin1String("rate"))
        entry.ratePerSecond = value.toDouble();
    else if (field == QLatin1String("parts"))
        entry.maxParts = value.toInt();
    else if (field == QLatin1String("sender"))
        entry.senderId = value;
    else if (field == QLatin1String("account"))
        entry.account = value;
    else if (field == QLatin1String("option")) {
        const QString key = value.section(QLatin1Char('='), 0, 0);
        const QString text = value.section(QLatin1Char('='), 1);
        bool isNumber = false;
        const int number = text.toInt(&isNumber);
        entry.options.insert(key, isNumber ? QJsonValue(number) : QJsonValue(text));
    } else if (field == QLatin1String("sandbox-endpoint")) {
        entry = ProviderStore::Entry();
        entry.name = QStringLiteral("Bac à sable");
        entry.kind = QStringLiteral("sandbox");
        entry.endpoint = QUrl(value);
    } else if (field == QLatin1String("kannel-endpoint")) {
        entry = ProviderStore::Entry();
        entry.name = QStringLiteral("Kannel");
        entry.kind = QStringLiteral("kannel");
    }
    QVERIFY(!store.validate(entry));
    QVERIFY2(store.errorString().contains(error, Qt::CaseInsensitive),
             qPrintable(store.errorString()));
    QVERIFY(!store.add(&entry, QStringLiteral("never-stored")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM providers")), 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE object_type = "
                                   "'provider'")),
             0);

    // Loopback HTTP is allowed (local gateways and test servers).
    ProviderStore::Entry local = twilio(QStringLiteral("Local"));
    local.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY2(store.validate(local), qPrintable(store.errorString()));
}

void tst_ProviderStore::updateAndRename()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store(&db, &credentials, QStringLiteral("tester"));

    ProviderStore::Entry a = twilio(QStringLiteral("A"));
    QVERIFY2(store.add(&a, QStringLiteral("secret-a")), qPrintable(store.errorString()));
    ProviderStore::Entry b = twilio(QStringLiteral("B"));
    QVERIFY2(store.add(&b), qPrintable(store.errorString()));

    // Rename onto another name refused.
    ProviderStore::Entry edit = *store.find(a.id);
    edit.name = QStringLiteral("B");
    QVERIFY(!store.update(&edit));
    QVERIFY(store.errorString().contains(QLatin1String("already exists")));

    // Rename and change rate without touching the secret.
    edit.name = QStringLiteral("A renamed");
    edit.ratePerSecond = 50;
    QVERIFY2(store.update(&edit), qPrintable(store.errorString()));
    const ProviderStore::Entry reread = *store.find(a.id);
    QCOMPARE(reread.name, QStringLiteral("A renamed"));
    QCOMPARE(reread.ratePerSecond, 50.0);
    QCOMPARE(reread.credentialRef, a.credentialRef);
    QCOMPARE(store.config(a.id, &error)->secret, QStringLiteral("secret-a"));

    // A secret added later to a provider that had none.
    ProviderStore::Entry editB = *store.find(b.id);
    QVERIFY2(store.update(&editB, QStringLiteral("secret-b")), qPrintable(store.errorString()));
    QVERIFY(store.find(b.id)->hasSecret());
    QCOMPARE(store.config(b.id, &error)->secret, QStringLiteral("secret-b"));
    QCOMPARE(store.config(a.id, &error)->secret, QStringLiteral("secret-a"));

    const QJsonObject details =
        QJsonDocument::fromJson(auditDetails(db, QStringLiteral("provider.edit")).toUtf8())
            .object();
    QCOMPARE(details.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
    QVERIFY(details.value(QStringLiteral("secret_changed")).toBool());
    QVERIFY(!auditDetails(db, QStringLiteral("provider.edit")).contains(QLatin1String("secret-b")));

    QVERIFY(store.remove(a.id));
    QVERIFY(store.remove(b.id));

    // The demo Sandbox, with its simulated reply rates (the one structured option), can be
    // edited; a share outside 0..1 cannot.
    DemoDataLoader::Options demo;
    demo.contacts = 5;
    QVERIFY(DemoDataLoader(&db).load(demo).ok);
    ProviderStore::Entry sandbox = *store.findByName(QStringLiteral("Sandbox (démo)"));
    QVERIFY(sandbox.options.value(QStringLiteral("reply_rates")).isObject());
    sandbox.ratePerSecond = 20;
    QVERIFY2(store.update(&sandbox), qPrintable(store.errorString()));
    QCOMPARE(store.find(sandbox.id)->ratePerSecond, 20.0);
    sandbox.options.insert(QStringLiteral("reply_rates"),
                           QJsonObject {{QStringLiteral("oui"), 1.5}});
    QVERIFY(!store.update(&sandbox));
    QVERIFY(store.errorString().contains(QLatin1String("oui")));
}

void tst_ProviderStore::removeOnlyWhenUnused()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store(&db, &credentials, QStringLiteral("tester"));
    ProviderStore::Entry entry = twilio(QStringLiteral("Used"));
    QVERIFY2(store.add(&entry, QStringLiteral("used-secret")), qPrintable(store.errorString()));

    QSqlQuery insert(db.connection());
    insert.prepare(QStringLiteral("INSERT INTO campaigns (name, kind, provider_id, created_at, "
                                  "updated_at) VALUES ('C', 'campaign', ?, 0, 0)"));
    insert.addBindValue(entry.id);
    QVERIFY(insert.exec());
    QVERIFY(!store.remove(entry.id));
    QVERIFY2(store.errorString().contains(QLatin1String("1 campaign")),
             qPrintable(store.errorString()));
    QVERIFY(store.find(entry.id));
    QCOMPARE(store.config(entry.id, &error)->secret, QStringLiteral("used-secret"));

    QVERIFY(QSqlQuery(db.connection()).exec(QStringLiteral("DELETE FROM campaigns")));
    QVERIFY2(store.remove(entry.id), qPrintable(store.errorString()));
    QVERIFY(!store.find(entry.id));
    QCOMPARE(credentials.readSecretAndWait(entry.credentialRef).status,
             CredentialStore::Status::NotFound);
    QVERIFY(!auditDetails(db, QStringLiteral("provider.remove")).isEmpty());
    QVERIFY(!store.remove(entry.id));
}

void tst_ProviderStore::setActive()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store(&db, &credentials, QStringLiteral("tester"));
    ProviderStore::Entry sandbox;
    sandbox.name = QStringLiteral("Bac à sable");
    sandbox.kind = QStringLiteral("sandbox");
    QVERIFY2(store.add(&sandbox), qPrintable(store.errorString()));
    QVERIFY(!store.find(sandbox.id)->isActive);
    QVERIFY(store.setActive(sandbox.id, true));
    QVERIFY(store.find(sandbox.id)->isActive);
    QVERIFY(store.setActive(sandbox.id, false));
    QVERIFY(!store.find(sandbox.id)->isActive);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN "
                                   "('provider.activate', 'provider.deactivate')")),
             2);
    QVERIFY(!store.setActive(sandbox.id + 100, true));
}

void tst_ProviderStore::databasesDoNotShareSecrets()
{
    TestDatabase first(DatabaseUrl::Backend::Sqlite);
    TestDatabase second(DatabaseUrl::Backend::Sqlite);
    Database db1(first.url());
    Database db2(second.url());
    QString error;
    QVERIFY(db1.openAndMigrate(&error));
    QVERIFY(db2.openAndMigrate(&error));
    CredentialStore credentials(QStringLiteral("TribuneTest"));
    ProviderStore store1(&db1, &credentials, QStringLiteral("tester"));
    ProviderStore store2(&db2, &credentials, QStringLiteral("tester"));
    QVERIFY(!store1.databaseId().isEmpty());
    QCOMPARE(store1.databaseId(), store1.databaseId()); // drawn once, then read
    QVERIFY(store1.databaseId() != store2.databaseId());

    // Same name, same id in both databases: two keychain entries.
    ProviderStore::Entry e1 = twilio(QStringLiteral("Twilio"));
    ProviderStore::Entry e2 = twilio(QStringLiteral("Twilio"));
    QVERIFY(store1.add(&e1, QStringLiteral("secret-one")));
    QVERIFY(store2.add(&e2, QStringLiteral("secret-two")));
    QCOMPARE(e1.id, e2.id);
    QVERIFY(e1.credentialRef != e2.credentialRef);
    QCOMPARE(store1.config(e1.id, &error)->secret, QStringLiteral("secret-one"));
    QCOMPARE(store2.config(e2.id, &error)->secret, QStringLiteral("secret-two"));
    QVERIFY(store1.remove(e1.id));
    QCOMPARE(store2.config(e2.id, &error)->secret, QStringLiteral("secret-two"));
    QVERIFY(store2.remove(e2.id));
}

QTEST_GUILESS_MAIN(tst_ProviderStore)
#include "tst_providerstore.moc"
