// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QAbstractItemModel;
class QTableView;

// Gives a QTableView the look and behaviour of Tribune's record lists: whole-row single
// selection, alternating rows, no row numbers, columns sized to their content.
void setUpRecordTable(QTableView *view, QAbstractItemModel *model);
