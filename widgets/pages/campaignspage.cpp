// SPDX-License-Identifier: GPL-3.0-or-later
#include "campaignspage.h"

#include "campaign/campaignlistmodel.h"
#include "campaign/campaignpreview.h"
#include "campaign/campaignstore.h"
#include "recordtableview.h"
#include "sending/sendpanel.h"
#include "storage/database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

CampaignsPage::CampaignsPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_model(new CampaignListModel(database, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_messageLabel(new QLabel(this))
    , m_message(new QPlainTextEdit(this))
    , m_openButton(new QPushButton(this))
    , m_sendPanel(new SendPanel(database, this))
{
    setObjectName(QStringLiteral("campaignsPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CampaignListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("campaignTable"));
    setUpRecordTable(m_view, m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CampaignListModel::UpdatedColumn, Qt::DescendingOrder);

    m_message->setObjectName(QStringLiteral("campaignMessage"));
    m_message->setReadOnly(true);
    m_message->setMaximumHeight(96);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_view, 1);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel, 1);
    messageRow->addWidget(m_openButton);
    listLayout->addLayout(messageRow);
    listLayout->addWidget(m_message);
    listLayout->addWidget(m_sendPanel);

    m_emptyLabel->setObjectName(QStringLiteral("campaignsEmpty"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_stack->addWidget(m_emptyLabel);
    m_stack->addWidget(listPane);
    contentLayout()->addWidget(m_stack, 1);

    m_openButton->setObjectName(QStringLiteral("openInComposerButton"));
    connect(m_openButton, &QPushButton::clicked, this, &CampaignsPage::openSelected);
    connect(m_view, &QTableView::activated, this, &CampaignsPage::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CampaignsPage::showSelected);
    // Approved, started, paused, finished: the list shows the new state and figures.
    connect(m_sendPanel, &SendPanel::campaignChanged, this, &CampaignsPage::refresh);
    retranslateUi();
}

void CampaignsPage::retranslateUi()
{
    setHeader(tr("Campaigns"),
              tr("Every campaign of this database: consent requests to rented contacts and "
                 "campaign messages to those who agreed."));
    m_emptyLabel->setText(tr("No campaign in this database yet."));
    m_messageLabel->setText(tr("Message and mandatory footer of the selected campaign:"));
    m_openButton->setText(tr("&Open in the composer"));
    refresh();
}

void CampaignsPage::refresh()
{
    // The reload resets the model: keep the selected campaign selected.
    const qint64 selected = m_view->currentIndex().data(CampaignListModel::IdRole).toLongLong();
    m_model->reload();
    computeFigures();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (selected == 0 || !selectCampaign(selected)) {
        if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    }
    showSelected();
}

bool CampaignsPage::selectCampaign(qint64 campaignId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(CampaignListModel::IdRole).toLongLong() == campaignId) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void CampaignsPage::openSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (index.isValid())
        Q_EMIT openRequested(index.data(CampaignListModel::IdRole).toLongLong());
}

void CampaignsPage::computeFigures()
{
    // Recipients and parts need every message rendered: done for all campaigns on a worker.
    struct Figures
    {
        QList<std::tuple<qint64, qint64, qint64>> rows; // id, recipients, parts
    };
    Database *database = m_database;
    const QList<qint64> ids = m_model->campaignIds();
    m_figuresJob.run<Figures>(
        this,
        [database, ids]() {
            Figures figures;
            CampaignStore store(database);
            for (qint64 id : ids) {
                const std::optional<Campaign> campaign = store.find(id);
                if (!campaign)
                    continue;
                const CampaignPreview preview = CampaignPreview::compute(
                    database, campaign->audienceId, campaign->segment, campaign->consentPurpose(),
                    campaign->message, campaign->footer);
                if (preview.ok)
                    figures.rows.append({id, preview.recipients, preview.parts});
            }
            database->closeThreadConnection();
            return figures;
        },
        [this](const Figures &figures) {
            for (const auto &[id, recipients, parts] : figures.rows)
                m_model->setPreview(id, recipients, parts);
            Q_EMIT figuresReady();
        });
}

void CampaignsPage::showSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_message->clear();
        m_sendPanel->setCampaign(0);
        return;
    }
    m_sendPanel->setCampaign(index.data(CampaignListModel::IdRole).toLongLong());
    const QString message = index.data(CampaignListModel::MessageRole).toString();
    const QString footer = index.data(CampaignListModel::FooterRole).toString();
    m_message->setPlainText(footer.isEmpty() ? message : message + QLatin1Char('\n') + footer);
}
