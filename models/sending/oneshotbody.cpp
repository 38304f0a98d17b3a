// SPDX-License-Identifier: GPL-3.0-or-later
#include "oneshotbody.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>

namespace Sending {

OneShotBody::OneShotBody(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

OneShotBody::~OneShotBody() = default;

QNetworkReply *OneShotBody::post(QNetworkAccessManager *network, QNetworkRequest request,
                                 QByteArray body)
{
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    // Streamed, not buffered by Qt: a buffered copy could be rewound and sent again.
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    // HTTP/1.1, whose resend rules are the ones oneshotbody.h describes.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // A redirect would send the request a second time, somewhere else.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    auto *device = new OneShotBody(std::move(body));
    QNetworkReply *reply = network->post(request, device);
    device->setParent(reply);
    return reply;
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_position);
    if (n <= 0)
        return -1;
    std::memcpy(data, m_data.constData() + m_position, size_t(n));
    m_position += n;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}

} // namespace Sending
