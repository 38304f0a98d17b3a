// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "reports/exporter.h"

#include <QDialog>
#include <QList>
#include <QPair>
#include <QStringList>

#include <atomic>
#include <memory>

class Database;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTimer;

// Every CSV export of Tribune in one dialog: what to export (campaign report, summary, spend
// for the campaign account, consent proof, suppression list, audit log, transparency record,
// import rejects), for which campaign, election, audience or number, in which dialect (Excel
// (France) by default in French), where. The export runs on a worker thread through
// Reports::runExport (which checks permissions and audits it), with a progress bar and Cancel;
// a cancelled or failed export leaves no file behind.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)
public:
    explicit ExportDialog(Database *database, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setKind(Reports::ExportKind kind);
    Reports::ExportKind kind() const;
    // Preselects a campaign once the lists are loaded.
    void setCampaign(qint64 campaignId);
    void setPath(const QString &path);
    QString path() const;

    bool isLoaded() const { return m_loaded; }
    bool isExporting() const { return m_exporting; }
    const Reports::ExportResult &lastResult() const { return m_result; }

public Q_SLOTS:
    void startExport();
    void cancelExport();

Q_SIGNALS:
    void choicesLoaded();
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;

private:
    struct Choices
    {
        QList<QPair<qint64, QString>> campaigns;
        QList<QPair<qint64, QString>> elections;
        QList<QPair<qint64, QString>> audiences;
        bool administrator = false;
        QString errorString;
    };
    struct Outcome
    {
        Reports::ExportResult result;
        QStringList pages; // the transparency record's HTML and PDF pages written
        QString pageError;
    };
    struct Shared
    {
        std::atomic<qint64> done {0};
        std::atomic<qint64> total {0};
        std::atomic<bool> cancel {false};
    };

    void retranslateUi();
    void loadChoices();
    void applyChoices(const Choices &choices);
    void updateForKind();
    void updateSuggestedPath();
    void browse();
    void updateProgress();
    void finishExport(const Outcome &outcome);
    // The transparency record's readable pages, next to its CSV file (worker thread).
    static void writePages(Database *database, const Reports::ExportRequest &request, bool html,
                           bool pdf, Outcome *outcome);
    QString scopeName() const;
    static void fill(QComboBox *combo, const QList<QPair<qint64, QString>> &items,
                     const QString &noneText);

    Database *m_database;
    QLabel *m_kindLabel;
    QComboBox *m_kindCombo;
    QLabel *m_kindHelp;
    QFormLayout *m_form;
    QLabel *m_campaignLabel;
    QComboBox *m_campaign;
    QLabel *m_electionLabel;
    QComboBox *m_election;
    QLabel *m_audienceLabel;
    QComboBox *m_audience;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QLabel *m_formatLabel;
    QRadioButton *m_excelFrance;
    QRadioButton *m_standard;
    QButtonGroup *m_formatGroup;
    QCheckBox *m_fullNumbers;
    QCheckBox *m_htmlPage;
    QCheckBox *m_pdfPage;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QTimer *m_progressTimer;

    bool m_loaded = false;
    bool m_exporting = false;
    bool m_administrator = false;
    bool m_pathEdited = false;
    qint64 m_wantedCampaign = 0;
    Reports::ExportResult m_result;
    std::shared_ptr<Shared> m_shared;
    BackgroundJob m_loadJob;
    BackgroundJob m_exportJob; // last: destroyed (and waited for) first
};
