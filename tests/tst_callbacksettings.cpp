// SPDX-License-Identifier: GPL-3.0-or-later
// Where providers call Tribune back: defaults, validation, the round trip through app_settings
// (on both backends), who may change it, and the callback address it gives the providers.
#include "sending/callbacksettings.h"
#include "sending/credentialstore.h"
#include "sending/providerstore.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using Sending::CallbackSettings;

class tst_CallbackSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void defaults();
    void validation_data();
    void validation();
    void effectiveUrl_data();
    void effectiveUrl();
    void roundTrip_data() { addBackendRows(); }
    void roundTrip();
    void onlyAdministrators_data() { addBackendRows(); }
    void onlyAdministrators();
    void providerConfigGetsTheCallbackAddress_data() { addBackendRows(); }
    void providerConfigGetsTheCallbackAddress();
};

void tst_CallbackSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CallbackSettings::defaults()
{
    const CallbackSettings settings;
    QCOMPARE(settings.enabled, false);
    QCOMPARE(settings.address, QStringLiteral("127.0.0.1"));
    QCOMPARE(settings.port, 8787);
    QVERIFY(settings.publicUrl.isEmpty());
    QCOMPARE(settings.effectiveUrl(), QUrl(QStringLiteral("http://127.0.0.1:8787")));
    QString error;
    QVERIFY2(settings.validate(&error), qPrintable(error));
}

void tst_CallbackSettings::validation_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QString>("error"); // a word of the message; empty when valid

    QTest::newRow("defaults") << "127.0.0.1" << 8787 << ""
                              << "";
    QTest::newRow("every interface") << "0.0.0.0" << 80 << ""
                                     << "";
    QTest::newRow("ipv6") << "::1" << 65535 << ""
                          << "";
    QTest::newRow("https proxy") << "127.0.0.1" << 8787 << "https://tribune.example.org"
                                 << "";
    QTest::newRow("https proxy with a path")
        << "127.0.0.1" << 8787 << "https://example.org/tribune/"
        << "";
    QTest::newRow("http on the LAN") << "0.0.0.0" << 8787 << "http://192.168.1.20:8787"
                                     << "";
    QTest::newRow("port 0") << "127.0.0.1" << 0 << ""
                            << "65535";
    QTest::newRow("port too big") << "127.0.0.1" << 65536 << ""
                                  << "65535";
    QTest::newRow("negative port") << "127.0.0.1" << -1 << ""
                                   << "65535";
    QTest::newRow("host name") << "localhost" << 8787 << ""
                               << "IP address";
    QTest::newRow("empty address") << "" << 8787 << ""
                                   << "IP address";
    QTest::newRow("ftp") << "127.0.0.1" << 8787 << "ftp://example.org"
                         << "https://";
    QTest::newRow("no scheme") << "127.0.0.1" << 8787 << "tribune.example.org"
                               << "https://";
    QTest::newRow("no host") << "127.0.0.1" << 8787 << "https:///callbacks"
                             << "no host";
    QTest::newRow("password") << "127.0.0.1" << 8787 << "https://user:pw@example.org"
                              << "password";
    QTest::newRow("query") << "127.0.0.1" << 8787 << "https://example.org/?a=b"
                           << "query";
}

void tst_CallbackSettings::validation()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, publicUrl);
    QFETCH(QString, error);
    CallbackSettings settings;
    settings.address = address;
    settings.port = port;
    settings.publicUrl = QUrl(publicUrl, QUrl::StrictMode);
    QString message;
    const bool valid = settings.validate(&message);
    if (error.isEmpty()) {
        QVERIFY2(valid, qPrintable(message));
    } else {
        QVERIFY(!valid);
        QVERIFY2(message.contains(error, Qt::CaseInsensitive), qPrintable(message));
    }
}

void tst_CallbackSettings::effectiveUrl_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("publicUrl");
    QTest::addColumn<QString>("expected");

    QTest::newRow("loopback") << "127.0.0.1" << 9000 << ""
                              << "http://127.0.0.1:9000";
    // Listening everywhere: this computer still reaches it on loopback.
    QTest::newRow("any ipv4") << "0.0.0.0" << 9000 << ""
                              << "http://127.0.0.1:9000";
    QTest::newRow("any ipv6") << "::" << 9000 << ""
                              << "http://[::1]:9000";
    QTest::newRow("lan") << "192.168.1.20" << 9000 << ""
                         << "http://192.168.1.20:9000";
    QTest::newRow("public") << "127.0.0.1" << 9000 << "https://tribune.example.org/cb"
                            << "https://tribune.example.org/cb";
}

void tst_CallbackSettings::effectiveUrl()
{
    QFETCH(QString, address);
    QFETCH(int, port);
    QFETCH(QString, publicUrl);
    QFETCH(QString, expected);
    CallbackSettings settings;
    settings.address = address;
    settings.port = port;
    settings.publicUrl = QUrl(publicUrl);
    QCOMPARE(settings.effectiveUrl().toString(), expected);
}

void tst_CallbackSettings::roundTrip()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    // Nothing stored: the defaults.
    QVERIFY(CallbackSettings::load(&db) == CallbackSettings());

    CallbackSettings settings;
    settings.enabled = true;
    settings.address = QStringLiteral("0.0.0.0");
    settings.port = 9123;
    settings.publicUrl = QUrl(QStringLiteral("https://tribune.example.org/rappels"));
    QVERIFY2(settings.save(&db, QStringLiteral("camille"), &error), qPrintable(error));
    const CallbackSettings loaded = CallbackSettings::load(&db);
    QCOMPARE(loaded.enabled, true);
    QCOMPARE(loaded.address, settings.address);
    QCOMPARE(loaded.port, 9123);
    QCOMPARE(loaded.publicUrl, settings.publicUrl);

    // Saved a second time (an update, not an insert), then turned off.
    settings.enabled = false;
    settings.publicUrl.clear();
    QVERIFY2(settings.save(&db, QStringLiteral("camille"), &error), qPrintable(error));
    QVERIFY(CallbackSettings::load(&db) == settings);

    // Every change is in the audit log, with who made it.
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*), MIN(actor) FROM audit_log "
                                      "WHERE action = 'settings.callbacks'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
    QCOMPARE(query.value(1).toString(), QStringLiteral("camille"));

    // An invalid value is refused and nothing changes.
    CallbackSettings invalid = settings;
    invalid.enabled = true;
    invalid.port = 70000;
    QVERIFY(!invalid.save(&db, QStringLiteral("camille"), &error));
    QVERIFY2(error.contains(QLatin1String("65535")), qPrintable(error));
    QVERIFY(CallbackSettings::load(&db) == settings);

    // Values broken by hand fall back to the defaults rather than to nonsense.
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE app_settings SET value = 'not a port' WHERE key = 'callbacks.port'")));
    QVERIFY(query.exec(QStringLiteral(
        "UPDATE app_settings SET value = 'ftp://x' WHERE key = 'callbacks.public_url'")));
    QCOMPARE(CallbackSettings::load(&db).port, CallbackSettings::DefaultPort);
    QVERIFY(CallbackSettings::load(&db).publicUrl.isEmpty());
}

void tst_CallbackSettings::onlyAdministrators()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    // No accounts: the only user administers the installation.
    QVERIFY2(CallbackSettings::mayChange(&db, QStringLiteral("anyone"), &error), qPrintable(error));

    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('bob', 'Bob', 'composer', 0)")));
    CallbackSettings settings;
    settings.enabled = true;
    QVERIFY(!CallbackSettings::mayChange(&db, QStringLiteral("bob"), &error));
    QVERIFY(!settings.save(&db, QStringLiteral("bob"), &error));
    QVERIFY2(error.contains(QLatin1String("administrator")), qPrintable(error));
    QVERIFY(!settings.save(&db, QStringLiteral("mallory"), &error));
    QCOMPARE(CallbackSettings::load(&db).enabled, false);
    QVERIFY2(settings.save(&db, QStringLiteral("alice"), &error), qPrintable(error));
    QCOMPARE(CallbackSettings::load(&db).enabled, true);
    // The audit entry names her account.
    QVERIFY(query.exec(QStringLiteral(
        "SELECT u.login FROM audit_log l JOIN users u ON u.id = l.user_id "
        "WHERE l.action = 'settings.callbacks'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("alice"));
    QVERIFY(!query.next());
}

void tst_CallbackSettings::providerConfigGetsTheCallbackAddress()
{
    TRIBUNE_TEST_DATABASE(testDb);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    Sending::CredentialStore credentials; // no secret stored: the keychain is not asked
    Sending::ProviderStore store(&db, &credentials);
    Sending::ProviderStore::Entry kannel;
    kannel.name = QStringLiteral("Passerelle");
    kannel.kind = QStringLiteral("kannel");
    kannel.endpoint = QUrl(QStringLiteral("http://127.0.0.1:13013"));
    QVERIFY2(store.add(&kannel), qPrintable(store.errorString()));

    // Off: providers are given no address.
    std::optional<Sending::ProviderConfig> config = store.config(kannel.id, &error);
    QVERIFY2(config, qPrintable(error));
    QVERIFY(config->callbackBase.isEmpty());

    CallbackSettings settings;
    settings.enabled = true;
    settings.port = 9555;
    QVERIFY2(settings.save(&db, Database::localActor(), &error), qPrintable(error));
    config = store.config(kannel.id, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->callbackBase, QUrl(QStringLiteral("http://127.0.0.1:9555")));

    settings.publicUrl = QUrl(QStringLiteral("https://tribune.example.org"));
    QVERIFY2(settings.save(&db, Database::localActor(), &error), qPrintable(error));
    config = store.config(kannel.id, &error);
    QVERIFY2(config, qPrintable(error));
    QCOMPARE(config->callbackBase, settings.publicUrl);
}

QTEST_GUILESS_MAIN(tst_CallbackSettings)
#include "tst_callbacksettings.moc"
