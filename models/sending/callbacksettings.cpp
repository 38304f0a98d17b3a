// SPDX-License-Identifier: GPL-3.0-or-later
#include "callbacksettings.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sharedsettings.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Sending {

namespace {
const QString kEnabled = QStringLiteral("callbacks.enabled");
const QString kAddress = QStringLiteral("callbacks.address");
const QString kPort = QStringLiteral("callbacks.port");
const QString kPublicUrl = QStringLiteral("callbacks.public_url");

QString notAdministrator()
{
    return CallbackSettings::tr("Only an administrator can change where delivery reports and "
                                "replies are received.");
}
} // namespace

QUrl CallbackSettings::listenUrl() const
{
    QHostAddress host = hostAddress();
    if (host.isNull() || host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host.toString());
    url.setPort(port);
    return url;
}

QUrl CallbackSettings::effectiveUrl() const
{
    return publicUrl.isEmpty() ? listenUrl() : publicUrl;
}

bool CallbackSettings::validateAddress(const QString &address, QString *errorString)
{
    if (QHostAddress(address.trimmed()).isNull()) {
        *errorString = tr("The listening address must be an IP address, such as 127.0.0.1 (this "
                          "computer only) or 0.0.0.0 (every network interface): \"%1\".")
                           .arg(address);
        return false;
    }
    return true;
}

bool CallbackSettings::validatePort(int port, QString *errorString)
{
    if (port < 1 || port > 65535) {
        *errorString = tr("The port must be between 1 and 65535 (not %1).").arg(port);
        return false;
    }
    return true;
}

bool CallbackSettings::validatePublicUrl(const QUrl &url, QString *errorString)
{
    if (url.isEmpty())
        return true;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        *errorString = tr("The public address must start with https:// (or http://), for "
                          "example https://tribune.example.org: \"%1\".")
                           .arg(url.toDisplayString());
        return false;
    }
    if (url.host().isEmpty()) {
        *errorString = tr("The public address names no host: \"%1\".").arg(url.toDisplayString());
        return false;
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        *errorString = tr("The public address must not contain a user name, a password, a "
                          "query (?…) or a fragment (#…): providers add their own.");
        return false;
    }
    return true;
}

bool CallbackSettings::validate(QString *errorString) const
{
    return validateAddress(address, errorString) && validatePort(port, errorString)
        && validatePublicUrl(publicUrl, errorString);
}

CallbackSettings CallbackSettings::load(Database *database)
{
    CallbackSettings settings;
    settings.enabled = SharedSettings::boolValue(database, kEnabled, settings.enabled);
    QString ignored;
    const QString address = SharedSettings::value(database, kAddress, settings.address);
    if (validateAddress(address, &ignored))
        settings.address = address.trimmed();
    const int port = SharedSettings::intValue(database, kPort, settings.port);
    if (validatePort(port, &ignored))
        settings.port = port;
    const QUrl publicUrl(SharedSettings::value(database, kPublicUrl), QUrl::StrictMode);
    if (validatePublicUrl(publicUrl, &ignored))
        settings.publicUrl = publicUrl;
    return settings;
}

bool CallbackSettings::mayChange(Database *database, const QString &actor, QString *errorString)
{
    const std::optional<UserAccount> user = UserAccount::find(database, actor, errorString);
    if (!user)
        return false;
    if (!user->mayAdminister()) {
        *errorString = notAdministrator();
        return false;
    }
    return true;
}

bool CallbackSettings::save(Database *database, const QString &actor, QString *errorString) const
{
    if (!validate(errorString))
        return false;
    QSqlDatabase db = database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        *errorString = transaction.errorString();
        return false;
    }
    const std::optional<UserAccount> user = UserAccount::find(database, actor, errorString);
    if (!user)
        return false;
    if (!user->mayAdminister()) {
        *errorString = notAdministrator();
        return false;
    }
    const QString publicText = publicUrl.toString(QUrl::FullyEncoded);
    QString error;
    const bool written =
        SharedSettings::setValue(database, kEnabled,
                                 enabled ? QStringLiteral("1") : QStringLiteral("0"), &error)
        && SharedSettings::setValue(database, kAddress, address.trimmed(), &error)
        && SharedSettings::setValue(database, kPort, QString::number(port), &error)
        && SharedSettings::setValue(database, kPublicUrl, publicText, &error);
    if (!written) {
        *errorString = tr("Cannot save the settings: %1").arg(error);
        return false;
    }
    const QJsonObject details {{QStringLiteral("enabled"), enabled},
                               {QStringLiteral("address"), address.trimmed()},
                               {QStringLiteral("port"), port},
                               {QStringLiteral("public_url"), publicText}};
    if (!AuditLog::append(database, actor, QStringLiteral("settings.callbacks"),
                          QStringLiteral("settings"), 0, details, &error, user->id)) {
        *errorString = tr("Cannot save the settings: %1").arg(error);
        return false;
    }
    if (!transaction.commit()) {
        *errorString = tr("Cannot save the settings: %1").arg(transaction.errorString());
        return false;
    }
    return true;
}

bool CallbackSettings::operator==(const CallbackSettings &other) const
{
    return enabled == other.enabled && address.trimmed() == other.address.trimmed()
        && port == other.port && publicUrl == other.publicUrl;
}

} // namespace Sending
