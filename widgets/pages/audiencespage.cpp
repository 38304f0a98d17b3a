// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiencespage.h"

#include "audience/audiencelistmodel.h"
#include "audience/audiencepurge.h"
#include "audience/columnreviewpanel.h"
#include "audience/contactlistmodel.h"
#include "audience/segmentbuilder.h"
#include "import/importwizard.h"
#include "recordtableview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

AudiencesPage::AudiencesPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_model(new AudienceListModel(database, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_demoButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_emptyImportButton(new QPushButton(this))
    , m_database(database)
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_contacts(new ContactListModel(database, this))
    , m_contactsView(new QTableView(this))
    , m_purgeButton(new QPushButton(this))
    , m_segmentBuilder(new SegmentBuilder(database, this))
    , m_campaignButton(new QPushButton(this))
    , m_columnReview(new ColumnReviewPanel(database, this))
{
    setObjectName(QStringLiteral("audiencesPage"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AudienceListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_view->setObjectName(QStringLiteral("audienceTable"));
    setUpRecordTable(m_view, m_proxy);
    m_view->setSortingEnabled(true);

    m_details->setObjectName(QStringLiteral("audienceDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(10);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *listPane = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    auto *actions = new QHBoxLayout;
    actions->addStretch();
    actions->addWidget(m_importButton);
    listLayout->addLayout(actions);
    // Below the list: where the selected audience comes from, and its contacts (loaded lazily).
    m_contactsView->setObjectName(QStringLiteral("contactTable"));
    setUpRecordTable(m_contactsView, m_contacts);
    m_tabs->setObjectName(QStringLiteral("audienceTabs"));
    m_details->setFrameShape(QFrame::NoFrame);
    auto *provenance = new QWidget(this);
    auto *provenanceLayout = new QVBoxLayout(provenance);
    provenanceLayout->setContentsMargins(0, 0, 0, 0);
    provenanceLayout->addWidget(m_details, 1);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_purgeButton->setVisible(false);
    provenanceLayout->addWidget(m_purgeButton, 0, Qt::AlignLeft);
    m_tabs->addTab(provenance, QString());
    connect(m_purgeButton, &QPushButton::clicked, this, &AudiencesPage::purgeSelected);
    m_tabs->addTab(m_contactsView, QString());
    // Segments: filters with a live count, and the way to a campaign.
    auto *segmentPane = new QWidget(this);
    auto *segmentLayout = new QVBoxLayout(segmentPane);
    segmentLayout->addWidget(m_segmentBuilder, 1);
    m_campaignButton->setObjectName(QStringLiteral("segmentCampaignButton"));
    segmentLayout->addWidget(m_campaignButton, 0, Qt::AlignRight);
    m_tabs->addTab(segmentPane, QString());
    connect(m_campaignButton, &QPushButton::clicked, this, [this]() {
        Q_EMIT campaignRequested(m_segmentBuilder->audienceId(), m_segmentBuilder->segment());
    });
    auto *columnsPane = new QWidget(this);
    auto *columnsLayout = new QVBoxLayout(columnsPane);
    columnsLayout->addWidget(m_columnReview);
    m_tabs->addTab(columnsPane, QString());
    // A column allowed or blocked changes what the builder offers.
    connect(m_columnReview, &ColumnReviewPanel::reviewed, m_segmentBuilder,
            &SegmentBuilder::refresh);
    listLayout->addWidget(m_view, 1);
    listLayout->addWidget(m_tabs, 2);

    auto *emptyPane = new QWidget(this);
    auto *emptyLayout = new QVBoxLayout(emptyPane);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_demoButton->setObjectName(QStringLiteral("audiencesDemoButton"));
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    m_emptyImportButton->setObjectName(QStringLiteral("emptyImportButton"));
    emptyLayout->addWidget(m_emptyImportButton, 0, Qt::AlignHCenter);
    emptyLayout->addWidget(m_demoButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch();

    m_stack->addWidget(emptyPane);
    m_stack->addWidget(listPane);
    contentLayout()->addWidget(m_stack, 1);

    connect(m_demoButton, &QPushButton::clicked, this, &AudiencesPage::demoDataRequested);
    connect(m_importButton, &QPushButton::clicked, this, &AudiencesPage::openImportWizard);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &AudiencesPage::openImportWizard);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AudiencesPage::showSelected);
    retranslateUi();
}

void AudiencesPage::retranslateUi()
{
    setHeader(tr("Audiences"),
              tr("Rented files and party lists, with where each came from and the consent terms "
                 "the broker stated. Contacts from rented files only get a consent request until "
                 "they say yes."));
    m_emptyLabel->setText(tr("No audience in this database yet."));
    m_demoButton->setText(tr("Load the demo audience"));
    m_purgeButton->setText(tr("&Purge the contacts now"));
    m_purgeButton->setToolTip(tr("Deletes the contacts of this audience. The consent ledger, the "
                                 "suppression list and the audit log are kept."));
    m_tabs->setTabText(0, tr("Provenance"));
    m_tabs->setTabText(1, tr("Contacts"));
    m_tabs->setTabText(2, tr("Segment"));
    m_tabs->setTabText(3, tr("Columns"));
    m_campaignButton->setText(tr("&Write a campaign to this segment…"));
    m_importButton->setText(tr("&Import a broker file…"));
    m_emptyImportButton->setText(tr("&Import a broker file…"));
    refresh();
}

void AudiencesPage::refresh()
{
    m_model->reload();
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showSelected();
}

void AudiencesPage::purgeSelected()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    const QString name =
        m_proxy->index(index.row(), AudienceListModel::NameColumn).data().toString();
    const auto answer = QMessageBox::question(this, tr("Purge the audience"),
                                              tr("The retention deadline of \"%1\" has passed. "
                                                 "Delete its contacts now? The consent ledger, "
                                                 "the suppression list and the audit log are kept.")
                                                  .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    const AudiencePurge::Result result =
        AudiencePurge(m_database).purge(index.data(AudienceListModel::IdRole).toLongLong());
    if (!result.ok)
        QMessageBox::warning(this, tr("Purge the audience"), result.errorString);
    refresh();
    Q_EMIT audiencesChanged();
}

void AudiencesPage::openImportWizard()
{
    auto *wizard = new ImportWizard(m_database, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::importFinished, this, [this](bool ok) {
        if (!ok)
            return;
        refresh();
        Q_EMIT audiencesChanged();
    });
    wizard->open();
}

void AudiencesPage::showSelected()
{
    const QModelIndex index = m_view->currentIndex();
    const qint64 audienceId =
        index.isValid() ? index.data(AudienceListModel::IdRole).toLongLong() : 0;
    if (audienceId != m_contacts->audienceId())
        m_contacts->setAudience(audienceId);
    m_segmentBuilder->setAudience(audienceId);
    m_columnReview->setAudience(audienceId);
    m_campaignButton->setEnabled(audienceId > 0);
    const QDateTime retention =
        index.isValid() ? index.data(AudienceListModel::RetentionRole).toDateTime() : QDateTime();
    m_purgeButton->setVisible(retention.isValid() && retention < QDateTime::currentDateTimeUtc());
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    auto cell = [&](int column) {
        return m_proxy->index(index.row(), column).data().toString().toHtmlEscaped();
    };
    const QString terms = index.data(AudienceListModel::TermsRole).toString().toHtmlEscaped();
    m_details->setText(
        tr("<b>%1</b><br>Origin: %2 · Broker: %3<br>File: %4 · Imported: %5 · %6 contacts"
           "<br>Consent terms stated by the broker: <i>%7</i><br>Keep contacts until: %8")
            .arg(cell(AudienceListModel::NameColumn), cell(AudienceListModel::OriginColumn),
                 cell(AudienceListModel::BrokerColumn), cell(AudienceListModel::SourceFileColumn),
                 cell(AudienceListModel::ImportedColumn), cell(AudienceListModel::ContactsColumn),
                 terms.isEmpty() ? tr("none stated") : terms,
                 cell(AudienceListModel::RetentionColumn)));
}
