// SPDX-License-Identifier: GPL-3.0-or-later
#include "kannelgateway.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <array>

namespace {

const QString Bearerbox = QStringLiteral("/usr/sbin/bearerbox");
const QString Smsbox = QStringLiteral("/usr/sbin/smsbox");
const QString FakeSmsc = QStringLiteral("/usr/lib/kannel/test/fakesmsc");
const QByteArray StatusPassword = "status-pw";

QByteArray urlDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

void stopProcess(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate(); // SIGTERM to this process's pid
    if (!process.waitForFinished(4000)) {
        process.kill();
        process.waitForFinished(2000);
    }
}

} // namespace

QString KannelGateway::Message::textAsUcs2() const
{
    QString text;
    for (int i = 0; i + 1 < data.size(); i += 2)
        text.append(QChar(char16_t((uchar(data.at(i)) << 8) | uchar(data.at(i + 1)))));
    return text;
}

KannelGateway::KannelGateway(QObject *parent)
    : QObject(parent)
{ }

KannelGateway::~KannelGateway()
{
    stop();
}

QString KannelGateway::missingBinaries()
{
    QStringList missing;
    for (const QString &path : {Bearerbox, Smsbox, FakeSmsc}) {
        if (!QFileInfo(path).isExecutable())
            missing.append(path);
    }
    if (missing.isEmpty())
        return {};
    return QStringLiteral("Kannel is not installed (missing %1; Debian packages kannel and "
                          "kannel-extras)")
        .arg(missing.join(QStringLiteral(", ")));
}

bool KannelGateway::start(const QUrl &callbackBase, QString *errorString, int maxParts)
{
    if (!m_dir.isValid()) {
        *errorString = QStringLiteral("no temporary folder");
        return false;
    }
    // Five free loopback ports, held together so that they differ.
    std::array<QTcpServer, 5> holders;
    std::array<quint16, 5> ports {};
    for (size_t i = 0; i < holders.size(); ++i) {
        if (!holders[i].listen(QHostAddress::LocalHost, 0)) {
            *errorString = holders[i].errorString();
            return false;
        }
        ports[i] = holders[i].serverPort();
    }
    for (QTcpServer &holder : holders)
        holder.close();
    m_adminPort = ports[0];
    m_smsboxPort = ports[1];
    m_mtPort = ports[2];
    m_moPort = ports[3];
    m_sendsmsPort = ports[4];

    QString base = callbackBase.toString(QUrl::RemoveQuery | QUrl::RemovePath);
    const QString dir = m_dir.path();
    const QString config =
        QStringLiteral("group = core\n"
                       "admin-port = %1\n"
                       "admin-interface = 127.0.0.1\n"
                       "admin-password = admin-pw\n"
                       "status-password = %2\n"
                       "admin-allow-ip = \"127.0.0.1\"\n"
                       "smsbox-port = %3\n"
                       "smsbox-interface = 127.0.0.1\n"
                       "box-allow-ip = \"127.0.0.1\"\n"
                       "log-file = \"%4/bearerbox.log\"\n"
                       "log-level = 1\n"
                       "dlr-storage = internal\n"
                       "\n"
                       "group = smsc\n"
                       "smsc = fake\n"
                       "smsc-id = fake-mt\n"
                       "port = %5\n"
                       "our-host = 127.0.0.1\n"
                       "connect-allow-ip = 127.0.0.1\n"
                       "allowed-smsc-id = fake-mt\n"
                       "\n"
                       "group = smsc\n"
                       "smsc = fake\n"
                       "smsc-id = fake-mo\n"
                       "port = %6\n"
                       "our-host = 127.0.0.1\n"
                       "connect-allow-ip = 127.0.0.1\n"
                       "allowed-smsc-id = fake-mo\n"
                       "\n"
                       "group = smsbox\n"
                       "bearerbox-host = 127.0.0.1\n"
                       "bearerbox-port = %3\n"
                       "sendsms-port = %7\n"
                       "sendsms-interface = 127.0.0.1\n"
                       "mo-recode = true\n"
                       "log-file = \"%4/smsbox.log\"\n"
                       "log-level = 1\n"
                       "\n"
                       "group = sendsms-user\n"
                       "username = %8\n"
                       "password = %9\n"
                       "concatenation = true\n"
                       "max-messages = %10\n"
                       "forced-smsc = fake-mt\n"
                       "user-allow-ip = \"127.0.0.1\"\n"
                       "\n"
                       "group = sms-service\n"
                       "keyword = default\n"
                       "catch-all = true\n"
                       "get-url = \"%11/kannel/mo?from=%p&to=%P&text=%a&ts=%t\"\n"
                       "max-messages = 0\n")
            .arg(m_adminPort)
            .arg(QString::fromLatin1(StatusPassword))
            .arg(m_smsboxPort)
            .arg(dir)
            .arg(m_mtPort)
            .arg(m_moPort)
            .arg(m_sendsmsPort)
            .arg(username(), password())
            .arg(maxParts)
            .arg(base);
    const QString configPath = dir + QStringLiteral("/kannel.conf");
    QFile file(configPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(config.toUtf8()) < 0) {
        *errorString = file.errorString();
        return false;
    }
    file.close();

    const auto fail = [this, errorString](const QString &why) {
        *errorString = why + QStringLiteral("\n") + logTail();
        stop();
        return false;
    };

    m_bearerbox.setWorkingDirectory(dir);
    m_bearerbox.setProcessChannelMode(QProcess::MergedChannels);
    m_bearerbox.setStandardOutputFile(dir + QStringLiteral("/bearerbox.out"));
    m_bearerbox.start(Bearerbox, {QStringLiteral("-v"), QStringLiteral("1"), configPath});
    if (!m_bearerbox.waitForStarted(5000))
        return fail(QStringLiteral("bearerbox did not start: ") + m_bearerbox.errorString());
    if (!waitForStatus("Status: running", 10000) || !waitForPort(m_smsboxPort, 10000))
        return fail(QStringLiteral("bearerbox is not ready"));

    m_fakesmsc.setWorkingDirectory(dir);
    m_fakesmsc.setProcessChannelMode(QProcess::MergedChannels);
    m_fakesmsc.setStandardOutputFile(dir + QStringLiteral("/fakesmsc.out"));
    m_fakesmsc.start(FakeSmsc,
                     {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"),
                      QString::number(m_mtPort), QStringLiteral("-m"), QStringLiteral("0"),
                      QStringLiteral("0 0 text unused")});
    if (!m_fakesmsc.waitForStarted(5000))
        return fail(QStringLiteral("fakesmsc did not start: ") + m_fakesmsc.errorString());
    if (!waitForStatus("FAKE:" + QByteArray::number(m_mtPort) + " (online", 10000))
        return fail(QStringLiteral("the fake SMS centre did not come online"));

    m_smsbox.setWorkingDirectory(dir);
    m_smsbox.setProcessChannelMode(QProcess::MergedChannels);
    m_smsbox.setStandardOutputFile(dir + QStringLiteral("/smsbox.out"));
    m_smsbox.start(Smsbox, {QStringLiteral("-v"), QStringLiteral("1"), configPath});
    if (!m_smsbox.waitForStarted(5000))
        return fail(QStringLiteral("smsbox did not start: ") + m_smsbox.errorString());
    if (!waitForPort(m_sendsmsPort, 10000))
        return fail(QStringLiteral("smsbox's sendsms port is not open"));
    return true;
}

void KannelGateway::stop()
{
    stopProcess(m_smsbox);
    stopProcess(m_bearerbox);
    stopProcess(m_fakesmsc);
}

QUrl KannelGateway::sendsmsUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_sendsmsPort);
    url.setPath(QStringLiteral("/cgi-bin/sendsms"));
    return url;
}

bool KannelGateway::waitForPort(quint16 port, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QByteArray KannelGateway::httpGet(quint16 port, const QByteArray &pathAndQuery) const
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(1000))
        return {};
    socket.write("GET " + pathAndQuery + " HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    const QDeadlineTimer deadline(2000);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        if (socket.waitForReadyRead(200))
            answer += socket.readAll();
    }
    answer += socket.readAll();
    return answer;
}

bool KannelGateway::waitForStatus(const QByteArray &needle, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        // A wrong password answers 200 "Denied": look for the text itself.
        if (httpGet(m_adminPort, "/status.txt?password=" + StatusPassword).contains(needle))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QList<KannelGateway::Message> KannelGateway::received()
{
    QList<Message> messages;
    QFile file(m_dir.path() + QStringLiteral("/fakesmsc.out"));
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        Message message;
        if (parseLine(line, &message))
            messages.append(message);
    }
    return messages;
}

bool KannelGateway::parseLine(const QByteArray &line, Message *message)
{
    const int got = line.indexOf("Got message ");
    if (got < 0)
        return false;
    const int open = line.indexOf(": <", got);
    if (open < 0 || !line.trimmed().endsWith('>'))
        return false;
    QByteArray content = line.trimmed();
    content = content.mid(open + 3, content.size() - open - 4);
    const QList<QByteArray> words = content.split(' ');
    if (words.size() < 3)
        return false;
    message->from = QString::fromUtf8(words.at(0));
    message->to = QString::fromUtf8(words.at(1));
    const QByteArray kind = words.at(2);
    const int restStart = int(words.at(0).size() + words.at(1).size() + kind.size() + 3);
    const QByteArray rest = content.mid(restStart);
    if (kind == "text") {
        message->data = rest;
    } else if (kind == "ucs-2") {
        message->ucs2 = true;
        message->data = urlDecode(rest);
    } else if (kind == "udh") {
        const QList<QByteArray> parts = rest.split(' ');
        if (parts.size() < 3 || parts.at(1) != "data")
            return false;
        message->udh = urlDecode(parts.at(0));
        message->data = urlDecode(parts.at(2));
        const QByteArray &udh = message->udh;
        if (udh.size() >= 6 && udh.at(1) == 0 && udh.at(2) == 3) {
            message->partReference = uchar(udh.at(3));
            message->partCount = uchar(udh.at(4));
            message->partIndex = uchar(udh.at(5));
        }
    } else {
        message->data = urlDecode(rest);
    }
    return true;
}

bool KannelGateway::injectMo(const QString &from, const QString &to, const QString &text,
                             QString *errorString)
{
    static int injections = 0;
    const QString output = m_dir.path() + QStringLiteral("/inject-%1.out").arg(++injections);
    QString message;
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii) {
        message = from + QLatin1Char(' ') + to + QStringLiteral(" text ") + text;
    } else {
        QByteArray utf16;
        for (const QChar c : text) {
            utf16.append(char(c.unicode() >> 8));
            utf16.append(char(c.unicode() & 0xff));
        }
        message = from + QLatin1Char(' ') + to + QStringLiteral(" ucs2 ")
            + QString::fromLatin1(utf16.toPercentEncoding());
    }
    QProcess injector;
    injector.setProcessChannelMode(QProcess::MergedChannels);
    injector.setStandardOutputFile(output);
    injector.start(FakeSmsc,
                   {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-r"),
                    QString::number(m_moPort), QStringLiteral("-i"), QStringLiteral("0"),
                    QStringLiteral("-m"), QStringLiteral("1"), message});
    if (!injector.waitForStarted(5000)) {
        *errorString = injector.errorString();
        return false;
    }
    bool sent = false;
    const QDeadlineTimer deadline(10000);
    while (!sent && !deadline.hasExpired()) {
        QFile file(output);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("sent message 1"))
            sent = true;
        else
            QThread::msleep(20);
    }
    stopProcess(injector);
    if (!sent)
        *errorString = QStringLiteral("fakesmsc did not send the inbound message\n") + logTail();
    return sent;
}

QString KannelGateway::logTail() const
{
    QString tail;
    for (const char *name : {"bearerbox.log", "smsbox.log", "fakesmsc.out"}) {
        QFile file(m_dir.path() + QLatin1Char('/') + QLatin1String(name));
        if (file.open(QIODevice::ReadOnly))
            tail += QLatin1String(name) + QStringLiteral(":\n")
                + QString::fromUtf8(file.readAll().right(1500)) + QLatin1Char('\n');
    }
    return tail;
}
