// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sending/provider.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

class Database;

namespace Sending {

class CredentialStore;

// Reads and writes the configured providers (providers table) with their rules: a valid name,
// kind, address (HTTPS except on this computer), rate, sender id, parts and kind-specific
// options. The secret goes to the OS keychain through CredentialStore, never to the database;
// the row keeps only the keychain key (credential_ref). Every change is written to the audit log.
// The keychain calls block in a local event loop: use this class from a worker thread or the
// command-line tool, not from the GUI thread.
class ProviderStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProviderStore)
public:
    // One providers row. `account` (user name, account SID, API key: not secret) is kept in the
    // options JSON under "account"; `options` here holds the other keys.
    struct Entry
    {
        qint64 id = 0;
        QString name;
        QString kind;
        QUrl endpoint;
        QString senderId;
        double ratePerSecond = 10;
        int maxParts = 6;
        qint64 pricePlanId = 0;
        QString account;
        QJsonObject options;
        QString credentialRef; // keychain key; empty when no secret was ever stored
        bool isActive = false;
        QDateTime createdAt;

        bool hasSecret() const { return !credentialRef.isEmpty(); }
    };

    ProviderStore(Database *database, CredentialStore *credentials, QString actor = QString());

    QList<Entry> list();
    std::optional<Entry> find(qint64 id);
    std::optional<Entry> findByName(const QString &name);

    // Inserts; sets entry->id, createdAt and, with a non-null secret, stores it in the keychain
    // first (nothing is inserted when the keychain refuses). False with errorString().
    bool add(Entry *entry, const QString &secret = QString());
    // Saves the editable fields; a non-null secret replaces the stored one.
    bool update(Entry *entry, const QString &secret = QString());
    // Only a provider no campaign and no received message refers to; its secret leaves the
    // keychain too.
    bool remove(qint64 id);
    bool setActive(qint64 id, bool active);

    // The adapter's configuration: the row plus the secret read from the keychain, and the
    // callback address when CallbackSettings enable one. Fails (with the keychain's message)
    // when a secret was stored but cannot be read.
    std::optional<ProviderConfig> config(qint64 id, QString *errorString);

    // Validates without writing (what add/update check).
    bool validate(const Entry &entry);

    QString errorString() const { return m_errorString; }
    // A problem that did not stop the operation (the secret of a removed provider stayed in
    // the keychain...). Cleared by every call.
    QString warningString() const { return m_warningString; }

    // This database's identity (app_settings "database_id", a UUID drawn on first use).
    QString databaseId();

    static QStringList kinds();
    static bool needsEndpoint(const QString &kind) { return kind != QLatin1String("sandbox"); }
    // The endpoint used when none is given (Twilio's API), or an empty URL.
    static QUrl defaultEndpoint(const QString &kind);

private:
    bool validateOptions(const Entry &entry);
    bool audit(const QString &action, qint64 id, const QJsonObject &details);
    bool storeSecret(Entry *entry, const QString &secret);
    static QJsonObject auditJson(const Entry &entry);

    Database *m_database;
    CredentialStore *m_credentials;
    QString m_actor;
    QString m_errorString;
    QString m_warningString;
};

} // namespace Sending
