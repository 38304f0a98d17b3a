// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"

#include <QHeaderView>
#include <QTableView>

void setUpRecordTable(QTableView *view, QAbstractItemModel *model)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    // Every column as wide as its content (names are never cut); the last one takes what is left,
    // and a narrow window scrolls sideways.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
}
