// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

// Gives a QTableView the look and behaviour of Tribune's record lists: whole-row single
// selection, sorting, alternating rows, no row numbers, one stretching column.
void setUpRecordTable(QTableView *view, QAbstractItemModel *model, int stretchColumn);
