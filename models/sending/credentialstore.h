// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace Sending {

// Keeps providers' secrets (passwords, auth tokens, API secrets) in the OS keychain through
// QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager on Windows) and
// nowhere else: without a keychain the operations fail with a clear message, never fall back
// to a file.
class CredentialStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialStore)
public:
    enum class Status {
        Ok,
        NotFound, // no secret stored under this key
        NoKeychain, // no keychain service reachable (headless Linux without Secret Service)
        AccessDenied, // the user or the system refused access (locked keyring, cancelled prompt)
        Error,
    };

    struct Result
    {
        Status status = Status::Error;
        QString secret; // read only
        QString errorString; // translated; empty when Ok
        bool isOk() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // `service` names Tribune's entries in the keychain ("Tribune").
    explicit CredentialStore(QObject *parent = nullptr);
    explicit CredentialStore(const QString &service, QObject *parent = nullptr);
    ~CredentialStore() override;

    QString service() const { return m_service; }

    // Asynchronous: `done` is called once, later, in this object's thread (not if this object
    // is destroyed first).
    void writeSecret(const QString &key, const QString &secret, Callback done);
    void readSecret(const QString &key, Callback done);
    void removeSecret(const QString &key, Callback done); // removing a missing entry is Ok

    // Blocking versions for worker threads and the command-line tool: they wait in a local
    // event loop, so never call them from the GUI thread (the keychain may prompt the user).
    Result writeSecretAndWait(const QString &key, const QString &secret);
    Result readSecretAndWait(const QString &key);
    Result removeSecretAndWait(const QString &key);

    // The keychain key of a provider's secret: unique per database (its database id) and per
    // provider (a token drawn when the secret is first stored), so that two databases on one
    // computer never share an entry.
    static QString providerKey(const QString &databaseId, const QString &token);

    static QString statusName(Status status); // "ok", "not_found", "no_keychain"...

private:
    void start(QKeychain::Job *job, Callback done);
    Result waitFor(const std::function<void(Callback)> &operation);

    QString m_service;
};

} // namespace Sending
