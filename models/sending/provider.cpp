// SPDX-License-Identifier: GPL-3.0-or-later
#include "provider.h"

#include "kannelprovider.h"
#include "octopushprovider.h"
#include "sandboxprovider.h"
#include "smsfactorprovider.h"
#include "twilioprovider.h"
#include "vonageprovider.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Sending {

QUrlQuery CallbackRequest::form() const
{
    QByteArray text = body;
    text.replace('+', ' ');
    return QUrlQuery(QString::fromUtf8(text));
}

Provider::Provider(ProviderConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

Provider::~Provider() = default;

CallbackResult Provider::handleCallback(const CallbackRequest &request)
{
    Q_UNUSED(request)
    return {};
}

void Provider::lookup(const OutgoingMessage &message, LookupCallback done)
{
    SubmitResult result;
    result.messageId = message.id;
    result.outcome = SubmitOutcome::Unknown;
    done(result);
}

void Provider::poll(const QList<OutgoingMessage> &messages, PollCallback done)
{
    Q_UNUSED(messages)
    done();
}

namespace {
QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
} // namespace

QUrl Provider::endpointUrl(const QString &suffix) const
{
    QUrl url = m_config.endpoint;
    url.setPath(withoutTrailingSlashes(url.path()) + suffix);
    return url;
}

QString Provider::callbackPath(const QString &leaf) const
{
    return withoutTrailingSlashes(m_config.callbackBase.path())
        + QStringLiteral("/%1/%2/%3").arg(m_config.kind).arg(m_config.id).arg(leaf);
}

QUrl Provider::callbackUrl(const QString &leaf, const QString &clientRef) const
{
    if (!m_config.callbackBase.isValid() || m_config.callbackBase.host().isEmpty())
        return {};
    QUrl url = m_config.callbackBase;
    url.setPath(callbackPath(leaf));
    if (!clientRef.isNull()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("ref"), clientRef);
        url.setQuery(query);
    }
    return url;
}

bool Provider::isAllowedEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    if (url.host() == QLatin1String("localhost"))
        return true;
    const QHostAddress address(url.host());
    return !address.isNull() && address.isLoopback();
}

std::unique_ptr<Provider> Provider::create(const ProviderConfig &config,
                                           QNetworkAccessManager *network, QString *errorString)
{
    if (config.kind != QLatin1String("sandbox") && !isAllowedEndpoint(config.endpoint)) {
        *errorString =
            QCoreApplication::translate("Sending::Provider",
                                        "The provider's address must use HTTPS (plain HTTP is "
                                        "accepted only on this computer): %1")
                .arg(config.endpoint.toDisplayString());
        return nullptr;
    }
    // Adapters register here as they are written.
    if (config.kind == QLatin1String("sandbox"))
        return std::make_unique<SandboxProvider>(config);
    if (config.kind == QLatin1String("kannel"))
        return std::make_unique<KannelProvider>(config, network);
    if (config.kind == QLatin1String("twilio"))
        return TwilioProvider::create(config, network, errorString);
    if (config.kind == QLatin1String("vonage"))
        return VonageProvider::create(config, network, errorString);
    if (config.kind == QLatin1String("octopush"))
        return OctopushProvider::create(config, network, errorString);
    if (config.kind == QLatin1String("smsfactor"))
        return SmsFactorProvider::create(config, network, errorString);
    *errorString = QCoreApplication::translate("Sending::Provider", "Unknown provider kind \"%1\".")
                       .arg(config.kind);
    return nullptr;
}

} // namespace Sending
