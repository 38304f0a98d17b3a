// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QChart;
class QColor;
class QHorizontalBarSeries;
class QValueAxis;

// The horizontal bar charts the reports draw in several places: one value per category, and
// the shares of a spending cap with the cap as a line at 100 %.
namespace ChartBuilders {

struct Bars
{
    QHorizontalBarSeries *series = nullptr;
    QValueAxis *valueAxis = nullptr;
};

// One bar per row in `color`, the first row at the top, its value written at its end in
// `labelColor`: the categories on the left (equal labels kept apart: a category axis would
// merge them), a value axis at the bottom whose range is the caller's. No legend change.
Bars addHorizontalBars(QChart *chart, const QString &setName,
                       const QList<QPair<QString, double>> &rows, const QColor &color,
                       const QColor &labelColor, qreal barWidth);

// The share of a cap each row has used, in percent, as bars labelled "12.5 %" (one decimal;
// `smallShareDecimals` below 1 %) on an axis titled `axisTitle` up to a round 10 % past the
// largest (100 % at least), with the cap drawn as a dashed line at 100 % named `capName`.
Bars addCapShareBars(QChart *chart, const QString &setName,
                     const QList<QPair<QString, double>> &shares, const QString &axisTitle,
                     const QString &capName, const QColor &labelColor, int smallShareDecimals = 1);

} // namespace ChartBuilders
