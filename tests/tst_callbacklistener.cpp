// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/callbacklistener.h"
#include "sending/kannelprovider.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Sending;

// CallbackListener: requests routed to the right adapter, refused ones store nothing, bursts
// all answered.
class tst_CallbackListener : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void routing();
    void malformed_data();
    void malformed();
    void burst();

private:
    // Sends raw GETs on separate connections at once; returns the HTTP status of each answer.
    QList<int> get(const QList<QByteArray> &paths, int timeoutMs = 20000);
    int count(const char *table);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<CallbackListener> m_listener;
};

namespace {

std::unique_ptr<Provider> kannel(qint64 id)
{
    ProviderConfig config;
    config.id = id;
    config.kind = QStringLiteral("kannel");
    config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:13013"));
    return std::make_unique<KannelProvider>(config, nullptr);
}

} // namespace

void tst_CallbackListener::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_CallbackListener::init()
{
    m_testDb = std::make_unique<TestDatabase>(DatabaseUrl::Backend::Sqlite);
    QVERIFY(m_testDb->isReady());
    m_db = std::make_unique<Database>(m_testDb->url());
    QString error;
    QVERIFY2(m_db->openAndMigrate(&error), qPrintable(error));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO providers (id, name, kind, endpoint, created_at) VALUES "
        "(7, 'k7', 'kannel', 'http://127.0.0.1', 0), (8, 'k8', 'kannel', 'http://127.0.0.1', 0)")));
    m_listener = std::make_unique<CallbackListener>(m_db.get());
    m_listener->addProvider(kannel(7));
    m_listener->addProvider(kannel(8));
    QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QVERIFY(m_listener->port() != 0);
}

void tst_CallbackListener::cleanup()
{
    m_listener.reset();
    m_db.reset();
    m_testDb.reset();
}

QList<int> tst_CallbackListener::get(const QList<QByteArray> &paths, int timeoutMs)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QList<QByteArray> answers(paths.size());
    for (int i = 0; i < paths.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        QTcpSocket *raw = socket.get();
        const QByteArray request =
            "GET " + paths.at(i) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
        connect(raw, &QTcpSocket::connected, raw, [raw, request]() { raw->write(request); });
        connect(raw, &QTcpSocket::readyRead, raw,
                [raw, &answers, i]() { answers[i] += raw->readAll(); });
        raw->connectToHost(QHostAddress::LocalHost, m_listener->port());
        sockets.push_back(std::move(socket));
    }
    const auto answered = [&]() {
        return std::all_of(answers.cbegin(), answers.cend(),
                           [](const QByteArray &a) { return a.contains("\r\n\r\n"); });
    };
    [[maybe_unused]] const bool all = QTest::qWaitFor(answered, timeoutMs);
    QList<int> statuses;
    for (const QByteArray &answer : std::as_const(answers))
        statuses.append(answer.startsWith("HTTP/1.1 ") ? answer.mid(9, 3).toInt() : 0);
    return statuses;
}

int tst_CallbackListener::count(const char *table)
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_CallbackListener::routing()
{
    QSignalSpy reports(m_listener.get(), &CallbackListener::reportsReceived);
    QSignalSpy inbound(m_listener.get(), &CallbackListener::inboundReceived);
    QCOMPARE(get({"/kannel/dlr?provider=8&ref=nowhere-1&status=1"}), QList<int> {200});
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).at(0).toLongLong(), 8); // provider=8 went to provider 8
    QCOMPARE(get({"/kannel/dlr?provider=7&ref=nowhere-2&status=2"}), QList<int> {200});
    QCOMPARE(reports.at(1).at(0).toLongLong(), 7);
    // An inbound STOP without a provider parameter goes to the first Kannel provider and
    // suppresses the number.
    QCOMPARE(get({"/kannel/mo?from=%2B33639980201&to=38000&text=STOP&ts=2026-11-30+03:26:36"}),
             QList<int> {200});
    QCOMPARE(inbound.size(), 1);
    QCOMPARE(inbound.at(0).at(0).toLongLong(), 7);
    QCOMPARE(count("inbound_messages"), 1);
    QCOMPARE(count("suppressions"), 1);
}

void tst_CallbackListener::malformed_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("dlr without status") << QByteArray("/kannel/dlr?ref=r-1") << 400;
    QTest::newRow("dlr without message") << QByteArray("/kannel/dlr?status=1") << 400;
    QTest::newRow("mo without sender") << QByteArray("/kannel/mo?text=STOP") << 400;
    QTest::newRow("unknown provider") << QByteArray("/kannel/dlr?provider=9&ref=r&status=1") << 404;
    QTest::newRow("unknown path") << QByteArray("/nothing/here?status=1") << 404;
}

void tst_CallbackListener::malformed()
{
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    QSignalSpy refused(m_listener.get(), &CallbackListener::requestRefused);
    QCOMPARE(get({path}), QList<int> {status});
    QCOMPARE(refused.size(), 1);
    QCOMPARE(count("delivery_reports"), 0);
    QCOMPARE(count("inbound_messages"), 0);
    QCOMPARE(count("suppressions"), 0);
}

void tst_CallbackListener::burst()
{
    QSignalSpy inbound(m_listener.get(), &CallbackListener::inboundReceived);
    QList<QByteArray> paths;
    for (int i = 0; i < 500; ++i)
        paths.append("/kannel/mo?from=%2B336399" + QByteArray::number(10000 + i)
                     + "&to=38000&text=Bonjour+" + QByteArray::number(i));
    const QList<int> statuses = get(paths);
    QCOMPARE(statuses.count(200), 500);
    QCOMPARE(inbound.size(), 500);
    QCOMPARE(count("inbound_messages"), 500);
}

QTEST_GUILESS_MAIN(tst_CallbackListener)
#include "tst_callbacklistener.moc"
