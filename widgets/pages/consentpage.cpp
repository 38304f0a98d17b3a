// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentpage.h"

#include "consent/suppressionlistmodel.h"
#include "recordtableview.h"
#include "storage/database.h"
#include "storage/databasestats.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <climits>

ConsentPage::ConsentPage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_model(new SuppressionListModel(database, this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("consentPage"));
    m_summary->setObjectName(QStringLiteral("consentSummary"));
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("suppressionTable"));
    setUpRecordTable(m_view, m_model);
    contentLayout()->addWidget(m_summary);
    contentLayout()->addWidget(m_view, 1);
    retranslateUi();
}

void ConsentPage::retranslateUi()
{
    setHeader(tr("Consent"),
              tr("STOP wins forever: a number on the suppression list is never messaged again, "
                 "whatever the audience or the re-import."));
    refresh();
}

void ConsentPage::refresh()
{
    m_model->reload();
    Database *database = m_database;
    m_countJob.run<DatabaseStats>(
        this,
        [database]() {
            DatabaseStats stats = DatabaseStats::read(database);
            database->closeThreadConnection();
            return stats;
        },
        [this](const DatabaseStats &stats) {
            const auto clamp = [](qint64 n) {
                return int(qMin<qint64>(n, INT_MAX));
            };
            m_summary->setText(
                tr("%Ln number(s) on the suppression list.", "", clamp(stats.suppressed))
                + QLatin1Char(' ')
                + tr("%Ln event(s) in the consent ledger.", "", clamp(stats.consentEvents)));
        });
}
