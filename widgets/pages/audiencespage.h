// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "page.h"

class AudienceListModel;
class ColumnReviewPanel;
class SegmentBuilder;
class ContactListModel;
class Database;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTabWidget;

// Lists the audiences with their provenance: who rented the file, under which terms, how many
// contacts were kept and until when they may be kept.
class AudiencesPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudiencesPage)
public:
    explicit AudiencesPage(Database *database, QWidget *parent = nullptr);

    void refresh() override;
    QTableView *view() const { return m_view; }
    QTabWidget *tabs() const { return m_tabs; }
    SegmentBuilder *segmentBuilder() const { return m_segmentBuilder; }
    ColumnReviewPanel *columnReview() const { return m_columnReview; }

    // Opens the import wizard (non-modal to the rest of the app, modal to this window).
    void openImportWizard();
    // Deletes the selected audience's contacts once its retention deadline has passed.
    void purgeSelected();

Q_SIGNALS:
    void demoDataRequested();
    void audiencesChanged();
    // "Write a campaign to this segment".
    void campaignRequested(qint64 audienceId, const Segment &segment);

protected:
    void retranslateUi() override;

private:
    void showSelected();

    AudienceListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_emptyLabel;
    QPushButton *m_demoButton;
    QPushButton *m_importButton;
    QPushButton *m_emptyImportButton;
    Database *m_database;
    QTableView *m_view;
    QLabel *m_details;
    QTabWidget *m_tabs;
    ContactListModel *m_contacts;
    QTableView *m_contactsView;
    QPushButton *m_purgeButton;
    SegmentBuilder *m_segmentBuilder;
    QPushButton *m_campaignButton;
    ColumnReviewPanel *m_columnReview;
};
