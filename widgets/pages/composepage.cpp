// SPDX-License-Identifier: GPL-3.0-or-later
#include "composepage.h"

#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace {
constexpr int BodyRole = Qt::UserRole;
constexpr int KindRole = Qt::UserRole + 1;
} // namespace

ComposePage::ComposePage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_notice(new QLabel(this))
    , m_templates(new QListWidget(this))
    , m_body(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("composePage"));
    m_notice->setObjectName(QStringLiteral("composeNotice"));
    m_notice->setWordWrap(true);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setMaximumWidth(320);
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setReadOnly(true);

    auto *row = new QHBoxLayout;
    row->addWidget(m_templates, 1);
    row->addWidget(m_body, 2);
    contentLayout()->addWidget(m_notice);
    contentLayout()->addLayout(row, 1);

    connect(m_templates, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        m_body->setPlainText(current ? current->data(BodyRole).toString() : QString());
    });
    retranslateUi();
}

void ComposePage::retranslateUi()
{
    setHeader(tr("Compose"),
              tr("Message templates, including the first-contact consent request that names the "
                 "candidate, the source of the number and how to object."));
    m_notice->setText(tr("Templates are shown read-only in this version: the message editor "
                         "with the live SMS part counter is not part of it yet."));
    refresh();
}

void ComposePage::refresh()
{
    const QString current =
        m_templates->currentItem() ? m_templates->currentItem()->text() : QString();
    m_templates->clear();
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT name, kind, body FROM templates ORDER BY name")))
        return;
    while (query.next()) {
        auto *item = new QListWidgetItem(query.value(0).toString(), m_templates);
        item->setData(KindRole, query.value(1));
        item->setData(BodyRole, query.value(2));
        item->setToolTip(query.value(1).toString() == QLatin1String("consent_request")
                             ? tr("Consent request template")
                             : tr("Campaign message template"));
        if (item->text() == current || (current.isEmpty() && m_templates->count() == 1))
            m_templates->setCurrentItem(item);
    }
    if (m_templates->count() == 0)
        m_body->setPlainText(tr("No template in this database yet."));
}
