// SPDX-License-Identifier: GPL-3.0-or-later
// Runs inside tests/support/keyring-session.sh (a private session bus with an unlocked GNOME
// Keyring); the "no keychain" case runs this executable again without any session bus.
#include "sending/credentialstore.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <cstdio>

using Sending::CredentialStore;

class tst_CredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void asynchronous();
    void keysAreSeparate();
    void overwrite();
    void removeMissingIsOk();
    void noKeychain_data();
    void noKeychain();

private:
    QString uniqueKey() const
    {
        return CredentialStore::providerKey(QStringLiteral("test-db"),
                                            QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
};

void tst_CredentialStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QFAIL("Run this test through tests/support/keyring-session.sh (ctest does).");
}

void tst_CredentialStore::roundTrip()
{
    CredentialStore store(QStringLiteral("TribuneTest"));
    const QString key = uniqueKey();
    const QString secret = QStringLiteral("auth-token-é€-%1").arg(QUuid::createUuid().toString());

    QCOMPARE(store.readSecretAndWait(key).status, CredentialStore::Status::NotFound);
    const CredentialStore::Result written = store.writeSecretAndWait(key, secret);
    QVERIFY2(written.isOk(), qPrintable(written.errorString));
    const CredentialStore::Result read = store.readSecretAndWait(key);
    QVERIFY2(read.isOk(), qPrintable(read.errorString));
    QCOMPARE(read.secret, secret);

    // Another service name does not see it.
    CredentialStore other(QStringLiteral("TribuneTestOther"));
    QCOMPARE(other.readSecretAndWait(key).status, CredentialStore::Status::NotFound);

    QVERIFY(store.removeSecretAndWait(key).isOk());
    const CredentialStore::Result gone = store.readSecretAndWait(key);
    QCOMPARE(gone.status, CredentialStore::Status::NotFound);
    QVERIFY(gone.secret.isEmpty());
    QVERIFY(!gone.errorString.isEmpty());
}

void tst_CredentialStore::asynchronous()
{
    CredentialStore store(QStringLiteral("TribuneTest"));
    const QString key = uniqueKey();
    bool wrote = false;
    bool calledSynchronously = true;
    store.writeSecret(key, QStringLiteral("async-secret"), [&](const CredentialStore::Result &r) {
        QVERIFY2(r.isOk(), qPrintable(r.errorString));
        wrote = true;
    });
    calledSynchronously = wrote;
    QVERIFY(!calledSynchronously);
    QTRY_VERIFY(wrote);

    QString secret;
    int calls = 0;
    store.readSecret(key, [&](const CredentialStore::Result &r) {
        ++calls;
        secret = r.secret;
    });
    QTRY_COMPARE(calls, 1);
    QCOMPARE(secret, QStringLiteral("async-secret"));
    QVERIFY(store.removeSecretAndWait(key).isOk());
}

void tst_CredentialStore::keysAreSeparate()
{
    // Two databases' providers with the same token do not share an entry.
    CredentialStore store(QStringLiteral("TribuneTest"));
    const QString a = CredentialStore::providerKey(QStringLiteral("db-a"), QStringLiteral("t"));
    const QString b = CredentialStore::providerKey(QStringLiteral("db-b"), QStringLiteral("t"));
    QVERIFY(a != b);
    QVERIFY(store.writeSecretAndWait(a, QStringLiteral("secret-a")).isOk());
    QVERIFY(store.writeSecretAndWait(b, QStringLiteral("secret-b")).isOk());
    QCOMPARE(store.readSecretAndWait(a).secret, QStringLiteral("secret-a"));
    QCOMPARE(store.readSecretAndWait(b).secret, QStringLiteral("secret-b"));
    QVERIFY(store.removeSecretAndWait(a).isOk());
    QCOMPARE(store.readSecretAndWait(b).secret, QStringLiteral("secret-b"));
    QVERIFY(store.removeSecretAndWait(b).isOk());
}

void tst_CredentialStore::overwrite()
{
    CredentialStore store(QStringLiteral("TribuneTest"));
    const QString key = uniqueKey();
    QVERIFY(store.writeSecretAndWait(key, QStringLiteral("first")).isOk());
    QVERIFY(store.writeSecretAndWait(key, QStringLiteral("second")).isOk());
    QCOMPARE(store.readSecretAndWait(key).secret, QStringLiteral("second"));
    QVERIFY(store.removeSecretAndWait(key).isOk());
}

void tst_CredentialStore::removeMissingIsOk()
{
    CredentialStore store(QStringLiteral("TribuneTest"));
    QVERIFY(store.removeSecretAndWait(uniqueKey()).isOk());
}

void tst_CredentialStore::noKeychain_data()
{
    QTest::addColumn<QString>("busAddress");
    QTest::newRow("no session bus") << QString();
    QTest::newRow("bus not running") << QStringLiteral("unix:path=/nonexistent/tribune-bus");
}

void tst_CredentialStore::noKeychain()
{
    QFETCH(QString, busAddress);
    // QtDBus connects the session bus once per process: ask a fresh copy of this executable.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!busAddress.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), busAddress);
    env.insert(QStringLiteral("TRIBUNE_CREDENTIALSTORE_CHILD"), QStringLiteral("1"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAllStandardOutput());
    const QStringList lines = output.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 3, qPrintable(output));
    // Write and read both fail with "no keychain" and a message saying so; nothing is stored
    // anywhere else.
    QCOMPARE(lines.at(0), QStringLiteral("write no_keychain"));
    QCOMPARE(lines.at(1), QStringLiteral("read no_keychain"));
    QVERIFY2(lines.at(2).contains(QLatin1String("No system keychain")), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).contains(QLatin1String("never stores")), qPrintable(lines.at(2)));
}

// The child of noKeychain(): one write and one read without a Secret Service.
static int runChild(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CredentialStore store(QStringLiteral("TribuneTest"));
    const CredentialStore::Result written =
        store.writeSecretAndWait(QStringLiteral("child-key"), QStringLiteral("child-secret"));
    const CredentialStore::Result read = store.readSecretAndWait(QStringLiteral("child-key"));
    std::printf("write %s\nread %s\n%s\n", qPrintable(CredentialStore::statusName(written.status)),
                qPrintable(CredentialStore::statusName(read.status)),
                written.errorString.toUtf8().constData());
    return 0;
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("TRIBUNE_CREDENTIALSTORE_CHILD"))
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    tst_CredentialStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_credentialstore.moc"
