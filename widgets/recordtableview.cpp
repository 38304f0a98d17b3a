// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtableview.h"

#include <QHeaderView>
#include <QTableView>

void setUpRecordTable(QTableView *view, QAbstractItemModel *model, int stretchColumn)
{
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
}
