// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportchartview.h"

#include <QAbstractAxis>
#include <QChart>
#include <QContextMenuEvent>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLegend>
#include <QMenu>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

ReportChartView::ReportChartView(QWidget *parent)
    : QChartView(parent)
    , m_empty(new QLabel(this))
    , m_fileBaseName(QStringLiteral("chart"))
{
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setMinimumHeight(220);
    m_empty->setObjectName(QStringLiteral("chartEmptyText"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(24);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    setChart(new QChart);
    applyTheme(chart(), palette());
}

void ReportChartView::applyTheme(QChart *chart, const QPalette &palette)
{
    chart->setTheme(palette.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                      : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setLocalizeNumbers(true);
    QFont title = chart->titleFont();
    title.setBold(true);
    title.setPointSizeF(QFont().pointSizeF() * 1.05);
    chart->setTitleFont(title);
}

void ReportChartView::applyPalette(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12);
    QColor line = text;
    line.setAlphaF(0.35);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid), 1));
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    chart->legend()->setBorderColor(Qt::transparent);
    chart->legend()->setBrush(Qt::NoBrush);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setLinePenColor(line);
        axis->setShadesVisible(false);
    }
}

QString ReportChartView::shortLabel(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1).trimmed() + QStringLiteral("…");
}

QChart *ReportChartView::newChart() const
{
    auto *chart = new QChart;
    applyTheme(chart, palette());
    return chart;
}

void ReportChartView::showChart(QChart *newChart)
{
    // setChart() releases the previous chart without deleting it.
    std::unique_ptr<QChart> previous(chart());
    applyPalette(newChart, palette());
    setChart(newChart);
    // The previous chart's figures go with it (setSummary() or setEmptyText() give the new).
    setToolTip(QString());
    setAccessibleDescription(isEmpty() ? m_empty->text() : QString());
}

QChart *ReportChartView::newChart(const QString &title)
{
    QChart *chart = newChart();
    chart->setTitle(title);
    setAccessibleName(title);
    return chart;
}

void ReportChartView::showChart(QChart *chart, const QStringList &summary, const QString &note)
{
    setEmptyText(QString());
    showChart(chart);
    setSummary(summary, note);
}

void ReportChartView::showEmpty(QChart *chart, const QString &text)
{
    showChart(chart);
    setEmptyText(text);
}

void ReportChartView::setSummary(const QStringList &lines, const QString &note)
{
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    QStringList tip;
    // The title's first line, without its markup.
    QString title = chart() ? chart()->title().section(QStringLiteral("<br>"), 0, 0) : QString();
    title.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    if (!title.isEmpty())
        tip.append(QStringLiteral("<b>%1</b>").arg(title));
    if (!note.isEmpty())
        tip.append(QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped()));
    for (const QString &line : lines)
        tip.append(line.toHtmlEscaped());
    setToolTip(tip.isEmpty() ? QString()
                             : QStringLiteral("<p>%1</p>").arg(tip.join(QStringLiteral("<br>"))));
}

void ReportChartView::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_empty->setGeometry(rect());
    if (!text.isEmpty())
        setAccessibleDescription(text);
}

QString ReportChartView::emptyText() const
{
    return m_empty->isVisibleTo(this) ? m_empty->text() : QString();
}

bool ReportChartView::isEmpty() const
{
    return !m_empty->isHidden();
}

bool ReportChartView::savePng(const QString &path)
{
    const bool ok = grab().save(path, "PNG");
    if (ok)
        Q_EMIT saved(path);
    else
        Q_EMIT saveFailed(path);
    return ok;
}

void ReportChartView::saveInteractive()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QFileDialog dialog(this, tr("Save the chart as PNG"),
                       QDir(folder).filePath(m_fileBaseName + QStringLiteral(".png")),
                       tr("PNG images (*.png)"));
    dialog.setObjectName(QStringLiteral("chartSaveDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("png"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        savePng(dialog.selectedFiles().constFirst());
}

void ReportChartView::changeEvent(QEvent *event)
{
    // The chart's owner draws it again with the new theme; until then, its colours follow.
    if (event->type() == QEvent::PaletteChange && chart())
        applyPalette(chart(), palette());
    QChartView::changeEvent(event);
}

void ReportChartView::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *save = menu.addAction(tr("Save as PNG…"));
    save->setObjectName(QStringLiteral("saveChartAction"));
    connect(save, &QAction::triggered, this, &ReportChartView::saveInteractive);
    menu.exec(event->globalPos());
}

void ReportChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_empty->setGeometry(rect());
}
