// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/audienceimporter.h"
#include "backgroundtask.h"

#include <QWizard>

#include <atomic>
#include <memory>

class Database;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Brings a broker's file into an audience: choose the file and say where it comes from, check
// the detected encoding and delimiter on the first rows, confirm which column is what, follow
// the import (rows/s, time left, cancel), then read the summary and export the rejected rows.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId { SourcePage, PreviewPage, MappingPage, ProgressPage, SummaryPage };

    explicit ImportWizard(Database *database, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // For tests and scripted use.
    void setFilePath(const QString &path);
    void setAudienceName(const QString &name);
    const AudienceImporter::Result &result() const { return m_result; }
    bool isImporting() const { return m_job.isBusy(); }

Q_SIGNALS:
    void importFinished(bool ok);

protected:
    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    QWizardPage *createSourcePage();
    QWizardPage *createPreviewPage();
    QWizardPage *createMappingPage();
    QWizardPage *createProgressPage();
    QWizardPage *createSummaryPage();
    void loadPreview();
    void startImport();
    void exportRejects();
    CsvReader::Dialect chosenDialect() const;
    ColumnMapping chosenMapping() const;

    Database *m_database;
    AudienceImporter::Preview m_preview;
    AudienceImporter::Result m_result;
    BackgroundJob m_job;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_finished = false;

    // Source
    QLineEdit *m_file;
    QPushButton *m_browse;
    QComboBox *m_audience;
    QLineEdit *m_broker;
    QLineEdit *m_terms;
    QCheckBox *m_own;
    QComboBox *m_election;
    QComboBox *m_region;
    // Preview
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QLabel *m_previewInfo;
    QTableWidget *m_previewTable;
    // Mapping
    QTableWidget *m_mappingTable;
    QLabel *m_mappingError;
    QLabel *m_sensitiveNote;
    // Progress
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    // Summary
    QLabel *m_summary;
    QPushButton *m_exportRejects;
};
