// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

// A real Kannel on loopback for a test: bearerbox, a fake SMS centre that records every message
// it receives (fakesmsc) and smsbox with a sendsms user, started on free ports from a generated
// kannel.conf and stopped by pid. Inbound messages can be injected through a second fake SMS
// centre; they reach the given callback URL as /kannel/mo?from=%p&to=%P&text=%a&ts=%t.
class KannelGateway final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KannelGateway)
public:
    // One line "Got message N: <...>" of fakesmsc.
    struct Message
    {
        QString from;
        QString to;
        bool ucs2 = false; // "ucs-2" form (single part, UCS-2)
        QByteArray udh; // concatenation header, empty for a single part
        QByteArray data; // bytes as the SMS centre got them (UTF-8 text, or UTF-16BE)
        int partReference = -1; // from the UDH 05 00 03 ref count index
        int partCount = 1;
        int partIndex = 1;

        QString textAsUtf8() const { return QString::fromUtf8(data); }
        QString textAsUcs2() const;
    };

    explicit KannelGateway(QObject *parent = nullptr);
    ~KannelGateway() override;

    // Empty when bearerbox, smsbox and fakesmsc are installed; otherwise what is missing.
    static QString missingBinaries();

    // Writes the configuration and starts the three daemons (≈ 1-2 s). `callbackBase` is where
    // inbound messages go (http://127.0.0.1:PORT); `maxParts` is the user's max-messages.
    bool start(const QUrl &callbackBase, QString *errorString, int maxParts = 10);
    void stop();

    QString username() const { return QStringLiteral("tribune"); }
    QString password() const { return QStringLiteral("s3cret-test"); }
    // http://127.0.0.1:PORT/cgi-bin/sendsms
    QUrl sendsmsUrl() const;
    // The message lines fakesmsc has printed so far (reads what is pending).
    QList<Message> received();
    // Sends an inbound message through the second fake SMS centre and waits until it is sent.
    bool injectMo(const QString &from, const QString &to, const QString &text,
                  QString *errorString);
    // The tail of the gateway's logs, for failure messages.
    QString logTail() const;

    // Parses one fakesmsc output line; false when it is not a "Got message" line.
    static bool parseLine(const QByteArray &line, Message *message);

private:
    bool waitForPort(quint16 port, int timeoutMs) const;
    QByteArray httpGet(quint16 port, const QByteArray &pathAndQuery) const;
    bool waitForStatus(const QByteArray &needle, int timeoutMs) const;
    void readFakeSmsc();

    QTemporaryDir m_dir;
    QProcess m_bearerbox;
    QProcess m_fakesmsc;
    QProcess m_smsbox;
    quint16 m_adminPort = 0;
    quint16 m_smsboxPort = 0;
    quint16 m_mtPort = 0;
    quint16 m_moPort = 0;
    quint16 m_sendsmsPort = 0;
    QByteArray m_pendingOutput;
    QList<Message> m_received;
};
