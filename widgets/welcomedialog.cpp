// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_demoButton(new QPushButton(this))
    , m_emptyButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("welcomeDialog"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/tribune.svg")).pixmap(72, 72));
    m_icon->setAlignment(Qt::AlignTop);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMinimumWidth(440);
    m_demoButton->setObjectName(QStringLiteral("loadDemoButton"));
    m_demoButton->setDefault(true);
    m_emptyButton->setObjectName(QStringLiteral("startEmptyButton"));

    auto *textColumn = new QVBoxLayout;
    textColumn->addWidget(m_title);
    textColumn->addWidget(m_text);
    auto *top = new QHBoxLayout;
    top->addWidget(m_icon);
    top->addSpacing(12);
    top->addLayout(textColumn, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_emptyButton);
    buttons->addWidget(m_demoButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->addLayout(top);
    layout->addSpacing(16);
    layout->addLayout(buttons);

    connect(m_demoButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_emptyButton, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void WelcomeDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to Tribune"));
    m_title->setText(tr("Welcome to Tribune"));
    m_text->setText(
        tr("<p>Tribune prepares and sends campaign SMS the way the CNIL asks: contacts from a "
           "rented file first get one message asking for their consent, every message names the "
           "sender and offers STOP, and a STOP is honoured forever.</p>"
           "<p>This database is empty. Load the demo data to look around: a fictional rented "
           "audience, an opposition list, the offline <b>Sandbox</b> provider (nothing leaves "
           "this computer) and a draft consent request.</p>"));
    m_demoButton->setText(tr("&Load demo data"));
    m_emptyButton->setText(tr("Start &empty"));
}

void WelcomeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}
