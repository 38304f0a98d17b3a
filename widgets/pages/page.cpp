// SPDX-License-Identifier: GPL-3.0-or-later
#include "page.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

Page::Page(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_content(new QVBoxLayout)
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(10);
    m_content->setSpacing(10);
    layout->addLayout(m_content, 1);
}

QString Page::title() const
{
    return m_title->text();
}

void Page::setHeader(const QString &title, const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    if (m_title->text() != title) {
        m_title->setText(title);
        Q_EMIT titleChanged(title);
    }
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}
