// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QUrl>

class Database;

namespace Sending {

// Where providers send delivery reports and replies: whether Tribune's callback listener runs,
// the address and port it listens on, and the public address given to providers when Tribune
// is reached through a reverse proxy or a tunnel. Kept in app_settings (callbacks.*), so the
// whole team gives providers the same address whoever sends.
struct CallbackSettings
{
    Q_DECLARE_TR_FUNCTIONS(CallbackSettings)
public:
    static constexpr int DefaultPort = 8787;

    bool enabled = false;
    QString address = QStringLiteral("127.0.0.1"); // an IP address; 0.0.0.0 for every interface
    int port = DefaultPort;
    QUrl publicUrl; // empty: listenUrl()

    // http://address:port, as seen from this computer (127.0.0.1 for 0.0.0.0 and ::).
    QUrl listenUrl() const;
    // What providers are given (ProviderConfig::callbackBase): publicUrl, else listenUrl().
    QUrl effectiveUrl() const;
    QHostAddress hostAddress() const { return QHostAddress(address.trimmed()); }

    // False with a sentence saying what to fix.
    bool validate(QString *errorString) const;
    static bool validateAddress(const QString &address, QString *errorString);
    static bool validatePort(int port, QString *errorString);
    // http:// or https://, a host, no user name, query or fragment; an empty URL is valid.
    static bool validatePublicUrl(const QUrl &url, QString *errorString);

    // The stored settings; defaults for what is absent or unreadable.
    static CallbackSettings load(Database *database);
    // Validates, checks that `actor` may change the team's settings (an administrator when the
    // database has user accounts), writes the settings and an audit entry in one transaction.
    bool save(Database *database, const QString &actor, QString *errorString) const;
    // Anyone on a database without user accounts, otherwise an enabled administrator.
    static bool mayChange(Database *database, const QString &actor, QString *errorString);

    bool operator==(const CallbackSettings &other) const;
    bool operator!=(const CallbackSettings &other) const { return !(*this == other); }
};

} // namespace Sending
