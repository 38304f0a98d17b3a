// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilders.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChartBuilders {

Bars addHorizontalBars(QChart *chart, const QString &setName,
                       const QList<QPair<QString, double>> &rows, const QColor &color,
                       const QColor &labelColor, qreal barWidth)
{
    auto *set = new QBarSet(setName);
    set->setColor(color);
    set->setBorderColor(color);
    set->setLabelColor(labelColor);
    QStringList categories;
    // Horizontal bar series draw the first category at the bottom.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        QString label = it->first;
        while (categories.contains(label))
            label += QChar(0x200b); // zero width space
        categories.append(label);
        *set << it->second;
    }
    Bars bars;
    bars.series = new QHorizontalBarSeries;
    bars.series->append(set);
    bars.series->setBarWidth(barWidth);
    bars.series->setLabelsVisible(true);
    bars.series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(bars.series);
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setGridLineVisible(false);
    chart->addAxis(axisY, Qt::AlignLeft);
    bars.series->attachAxis(axisY);
    bars.valueAxis = new QValueAxis;
    chart->addAxis(bars.valueAxis, Qt::AlignBottom);
    bars.series->attachAxis(bars.valueAxis);
    return bars;
}

Bars addCapShareBars(QChart *chart, const QString &setName,
                     const QList<QPair<QString, double>> &shares, const QString &axisTitle,
                     const QString &capName, const QColor &labelColor, int smallShareDecimals)
{
    QList<QPair<QString, double>> rounded;
    double widest = 100.0;
    for (const auto &[label, share] : shares) {
        const double scale = std::pow(10.0, share < 1.0 ? smallShareDecimals : 1);
        rounded.append({label, std::round(share * scale) / scale});
        widest = std::max(widest, share);
    }
    const Bars bars =
        addHorizontalBars(chart, setName, rounded, QColor(0x3b, 0x78, 0xc2), labelColor, 0.6);
    bars.series->setLabelsFormat(QStringLiteral("@value %"));
    bars.valueAxis->setRange(0, std::ceil(widest * 1.15 / 10.0) * 10.0);
    bars.valueAxis->setLabelFormat(QStringLiteral("%.0f"));
    bars.valueAxis->setTitleText(axisTitle);
    // The cap: a line at 100 %, across every bar, on a hidden axis of its own.
    auto *cap = new QLineSeries;
    cap->setName(capName);
    QPen pen(QColor(0xd6, 0x45, 0x41));
    pen.setWidthF(2.0);
    pen.setStyle(Qt::DashLine);
    cap->setPen(pen);
    cap->append(100.0, -0.5);
    cap->append(100.0, double(shares.size()) - 0.5);
    chart->addSeries(cap);
    cap->attachAxis(bars.valueAxis);
    auto *capY = new QValueAxis;
    capY->setRange(-0.5, double(shares.size()) - 0.5);
    capY->setVisible(false);
    chart->addAxis(capY, Qt::AlignRight);
    cap->attachAxis(capY);
    return bars;
}

} // namespace ChartBuilders
