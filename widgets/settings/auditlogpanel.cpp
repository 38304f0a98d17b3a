// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlogpanel.h"

#include "storage/auditlogmodel.h"
#include "storage/database.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace {
struct LoadOutcome
{
    QList<AuditLog::Entry> entries;
    QString errorString;
    bool ok = false;
};

struct ExportOutcome
{
    qint64 entries = -1;
    QString errorString;
};
} // namespace

AuditLogPanel::AuditLogPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new AuditLogModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_exportStatus(new QLabel(this))
    , m_reloadButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
{
    setObjectName(QStringLiteral("auditLogPanel"));
    m_view->setObjectName(QStringLiteral("auditLogView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setMinimumHeight(220);
    m_status->setObjectName(QStringLiteral("auditLogStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setObjectName(QStringLiteral("auditLogExportStatus"));
    m_exportStatus->setWordWrap(true);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reloadButton->setObjectName(QStringLiteral("auditLogReloadButton"));
    m_exportButton->setObjectName(QStringLiteral("auditLogExportButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_reloadButton);
    buttons->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    layout->addLayout(buttons);
    layout->addWidget(m_exportStatus);

    connect(m_reloadButton, &QPushButton::clicked, this, &AuditLogPanel::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogPanel::exportInteractive);
    retranslateUi();
}

void AuditLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AuditLogPanel::retranslateUi()
{
    m_reloadButton->setText(tr("&Refresh"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Write the whole audit log to a CSV file."));
}

void AuditLogPanel::reload()
{
    Database *database = m_database;
    m_loadJob.run<LoadOutcome>(
        this,
        [database]() {
            LoadOutcome outcome;
            const std::optional<QList<AuditLog::Entry>> entries =
                AuditLog::read(database, {}, ShownEntries, &outcome.errorString);
            database->closeThreadConnection();
            outcome.ok = entries.has_value();
            if (entries)
                outcome.entries = *entries;
            return outcome;
        },
        [this](const LoadOutcome &outcome) {
            if (outcome.ok) {
                m_model->setEntries(outcome.entries);
                m_view->resizeColumnsToContents();
                m_status->setText(outcome.entries.isEmpty() ? tr("Nothing recorded yet.")
                                                            : tr("The newest %n entries.", nullptr,
                                                                 int(outcome.entries.size())));
            } else {
                m_status->setText(outcome.errorString);
            }
            Q_EMIT reloaded();
        });
}

void AuditLogPanel::exportInteractive()
{
    QFileDialog dialog(this, tr("Export the audit log"),
                       QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                           .filePath(tr("audit-log.csv")),
                       tr("CSV files (*.csv)"));
    dialog.setObjectName(QStringLiteral("auditLogExportDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        exportTo(dialog.selectedFiles().constFirst());
}

void AuditLogPanel::exportTo(const QString &path)
{
    if (m_exportJob.isBusy())
        return;
    m_exportStatus->setText(tr("Exporting the audit log…"));
    m_exportButton->setEnabled(false);
    Database *database = m_database;
    m_exportJob.run<ExportOutcome>(
        this,
        [database, path]() {
            ExportOutcome outcome;
            outcome.entries = AuditLog::exportCsv(database, path, CsvWriter::Options(),
                                                  database->actor(), &outcome.errorString);
            database->closeThreadConnection();
            return outcome;
        },
        [this, path](const ExportOutcome &outcome) {
            m_exportButton->setEnabled(true);
            const bool ok = outcome.entries >= 0;
            m_exportStatus->setText(
                ok ? tr("%n entries saved to %1.", nullptr, int(outcome.entries))
                         .arg(QDir::toNativeSeparators(path))
                   : outcome.errorString);
            Q_EMIT exportFinished(ok);
            if (ok)
                reload();
        });
}
