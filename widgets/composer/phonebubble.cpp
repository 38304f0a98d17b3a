// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonebubble.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextOption>

namespace {
constexpr int kFrame = 10; // phone bezel
constexpr int kHeader = 44; // sender bar
constexpr int kBubbleMargin = 14;
constexpr int kBubblePadding = 10;
} // namespace

PhoneBubble::PhoneBubble(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("phoneBubble"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
}

void PhoneBubble::setSender(const QString &sender)
{
    m_sender = sender;
    update();
}

void PhoneBubble::setText(const QString &text)
{
    m_text = text;
    update();
}

QSize PhoneBubble::sizeHint() const
{
    return {300, 520};
}

QSize PhoneBubble::minimumSizeHint() const
{
    return {300, 300};
}

void PhoneBubble::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;

    // Phone body and screen.
    const QRectF body = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? QColor(0x10, 0x10, 0x12) : QColor(0x2b, 0x2d, 0x31));
    painter.drawRoundedRect(body, 26, 26);
    const QRectF screen = body.adjusted(kFrame, kFrame, -kFrame, -kFrame);
    painter.setBrush(dark ? QColor(0x1c, 0x1c, 0x1e) : QColor(0xfa, 0xfa, 0xfa));
    painter.drawRoundedRect(screen, 18, 18);

    // Sender bar.
    const QRectF header(screen.left(), screen.top(), screen.width(), kHeader);
    QFont senderFont = font();
    senderFont.setBold(true);
    painter.setFont(senderFont);
    painter.setPen(dark ? QColor(0xee, 0xee, 0xee) : QColor(0x20, 0x20, 0x20));
    painter.drawText(header.adjusted(0, 10, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
                     m_sender.isEmpty() ? QStringLiteral("—") : m_sender);
    painter.setPen(QPen(dark ? QColor(0x3a, 0x3a, 0x3c) : QColor(0xdd, 0xdd, 0xdd), 1));
    painter.drawLine(QPointF(screen.left() + 12, header.bottom()),
                     QPointF(screen.right() - 12, header.bottom()));

    // Message bubble, sized to the wrapped text.
    painter.setFont(font());
    const qreal maxWidth = screen.width() - 2 * kBubbleMargin - 2 * kBubblePadding - 20;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const QRectF measured = painter.boundingRect(QRectF(0, 0, maxWidth, 10000), m_text, option);
    const qreal availableHeight = screen.bottom() - header.bottom() - 2 * kBubbleMargin;
    const qreal height = qMin(measured.height() + 2 * kBubblePadding, availableHeight);
    const QRectF bubble(screen.left() + kBubbleMargin, header.bottom() + kBubbleMargin,
                        qMax(measured.width(), 40.0) + 2 * kBubblePadding, height);
    QPainterPath path;
    path.addRoundedRect(bubble, 14, 14);
    painter.setPen(Qt::NoPen);
    painter.setBrush(dark ? QColor(0x3a, 0x3a, 0x3c) : QColor(0xe9, 0xe9, 0xeb));
    painter.drawPath(path);
    painter.setPen(dark ? QColor(0xf2, 0xf2, 0xf2) : QColor(0x11, 0x11, 0x11));
    painter.save();
    painter.setClipRect(
        bubble.adjusted(kBubblePadding, kBubblePadding, -kBubblePadding, -kBubblePadding));
    painter.drawText(
        bubble.adjusted(kBubblePadding, kBubblePadding, -kBubblePadding, -kBubblePadding), m_text,
        option);
    painter.restore();
}
