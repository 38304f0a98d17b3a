// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentialstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QPointer>

namespace Sending {

namespace {

CredentialStore::Result resultOf(const QKeychain::Job &job)
{
    CredentialStore::Result result;
    const QString detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = CredentialStore::Status::Ok;
        return result;
    case QKeychain::EntryNotFound:
        result.status = CredentialStore::Status::NotFound;
        result.errorString = CredentialStore::tr("No secret is stored in the keychain for this "
                                                 "provider.");
        return result;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = CredentialStore::Status::AccessDenied;
        result.errorString =
            CredentialStore::tr("The system keychain refused access (is it locked?): %1")
                .arg(detail);
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = CredentialStore::Status::NoKeychain;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        // Without a session bus or a Secret Service, QtKeychain on Linux reports D-Bus and
        // libsecret connection errors as OtherError: they mean "no keychain" all the same.
        result.status = CredentialStore::Status::Error;
        for (const char *hint : {"dbus", "d-bus", "secret", "could not connect", "autolaunch",
                                 "org.freedesktop", "kwallet"}) {
            if (detail.contains(QLatin1String(hint), Qt::CaseInsensitive))
                result.status = CredentialStore::Status::NoKeychain;
        }
        break;
    }
    if (result.status == CredentialStore::Status::NoKeychain) {
        result.errorString =
            CredentialStore::tr(
                "No system keychain is available to store provider secrets (on Linux: a Secret "
                "Service such as GNOME Keyring or KWallet on the session bus). Tribune never "
                "stores "
                "secrets elsewhere. Details: %1")
                .arg(detail);
    } else {
        result.errorString = CredentialStore::tr("The system keychain failed: %1").arg(detail);
    }
    return result;
}

} // namespace

CredentialStore::CredentialStore(QObject *parent)
    : CredentialStore(QStringLiteral("Tribune"), parent)
{ }

CredentialStore::CredentialStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

CredentialStore::~CredentialStore() = default;

QString CredentialStore::providerKey(const QString &databaseId, const QString &token)
{
    return QStringLiteral("database/%1/provider/%2").arg(databaseId, token);
}

QString CredentialStore::statusName(Status status)
{
    switch (status) {
    case Status::Ok:
        return QStringLiteral("ok");
    case Status::NotFound:
        return QStringLiteral("not_found");
    case Status::NoKeychain:
        return QStringLiteral("no_keychain");
    case Status::AccessDenied:
        return QStringLiteral("access_denied");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

void CredentialStore::start(QKeychain::Job *job, Callback done)
{
    // Never a plain-file fallback, whatever QtKeychain's default becomes.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done = std::move(done)](QKeychain::Job *j) {
        Result result = resultOf(*j);
        if (result.isOk()) {
            if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(j))
                result.secret = read->textData();
        }
        done(result);
    });
    job->start();
}

void CredentialStore::writeSecret(const QString &key, const QString &secret, Callback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    start(job, std::move(done));
}

void CredentialStore::readSecret(const QString &key, Callback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    start(job, std::move(done));
}

void CredentialStore::removeSecret(const QString &key, Callback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    start(job, [done = std::move(done)](const Result &result) {
        if (result.status == Status::NotFound)
            done(Result {Status::Ok, {}, {}});
        else
            done(result);
    });
}

CredentialStore::Result CredentialStore::waitFor(const std::function<void(Callback)> &operation)
{
    QEventLoop loop;
    Result result;
    bool finished = false;
    operation([&](const Result &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return result;
}

CredentialStore::Result CredentialStore::writeSecretAndWait(const QString &key,
                                                            const QString &secret)
{
    return waitFor([&](Callback done) { writeSecret(key, secret, std::move(done)); });
}

CredentialStore::Result CredentialStore::readSecretAndWait(const QString &key)
{
    return waitFor([&](Callback done) { readSecret(key, std::move(done)); });
}

CredentialStore::Result CredentialStore::removeSecretAndWait(const QString &key)
{
    return waitFor([&](Callback done) { removeSecret(key, std::move(done)); });
}

} // namespace Sending
