// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "backgroundtask.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <atomic>
#include <memory>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;
class QToolButton;
class QVBoxLayout;

// Builds an audience segment from filters on any column (is one of, is not one of, starts
// with, between), combined with AND or OR, and shows the number of sendable contacts as the
// filters change. Counting runs on a worker thread over the audience's bitmaps (SegmentIndex);
// the first count of a freshly imported audience prepares them, with progress.
class SegmentBuilder final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentBuilder)
public:
    explicit SegmentBuilder(Database *database, QWidget *parent = nullptr);
    ~SegmentBuilder() override;

    void setAudience(qint64 audienceId);
    qint64 audienceId() const { return m_audienceId; }
    // Reloads the columns and values and counts again (after an import or a column review).
    void refresh();

    void setSegment(const Segment &segment);
    // Filters with no column or no value are left out.
    Segment segment() const;

    // Latest count, -1 while none is known.
    qint64 count() const { return m_count; }
    qint64 sendable() const { return m_sendable; }
    bool isCounting() const { return m_job.isBusy() || m_countPending; }
    QString errorText() const;

    // Adds an empty filter row (or one on `column`) and returns its index.
    int addFilter(const QString &column = QString());
    int filterCount() const { return int(m_rows.size()); }
    void removeFilter(int index);
    // Test and scripting access to a row's editors.
    QComboBox *columnCombo(int index) const;
    QComboBox *operatorCombo(int index) const;
    QLineEdit *valuesEdit(int index) const;
    QLineEdit *fromEdit(int index) const;
    QLineEdit *toEdit(int index) const;
    QComboBox *matchCombo() const { return m_match; }

Q_SIGNALS:
    void segmentChanged();
    void countReady();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Row
    {
        QWidget *widget = nullptr;
        QComboBox *column = nullptr;
        QComboBox *op = nullptr;
        QLineEdit *values = nullptr;
        QToolButton *pick = nullptr;
        QLineEdit *from = nullptr;
        QLineEdit *to = nullptr;
        QLabel *dash = nullptr;
        QToolButton *remove = nullptr;
    };
    struct Choices
    {
        QStringList columns;
        QHash<QString, QString> refusals; // column -> why segments may not use it
        QHash<QString, QList<QPair<QString, qint64>>> values;
    };

    void retranslateUi();
    void retranslateRow(Row &row);
    void fillColumns(Row &row);
    void updateRow(Row &row);
    void fillPickMenu(Row &row);
    void loadChoices();
    void scheduleCount();
    void startCount();
    void showCount();
    void changed();

    Database *m_database;
    qint64 m_audienceId = 0;
    QLabel *m_matchLead;
    QComboBox *m_match;
    QLabel *m_matchTail;
    QVBoxLayout *m_rowsLayout;
    QPushButton *m_addButton;
    QLabel *m_countLabel;
    QLabel *m_detailLabel;
    QLabel *m_consentLabel;
    QProgressBar *m_share;
    QLabel *m_error;
    QTimer *m_countTimer;
    QList<Row> m_rows;
    Choices m_choices;
    qint64 m_count = -1;
    qint64 m_sendable = -1;
    qint64 m_granted = 0;
    qint64 m_neverAsked = 0;
    bool m_gated = true;
    double m_milliseconds = 0;
    QString m_errorText;
    QString m_progressText;
    bool m_countPending = false;
    bool m_preparing = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    BackgroundJob m_job;
    BackgroundJob m_choicesJob;
};
