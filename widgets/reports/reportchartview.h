// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

class QLabel;

// A chart of the reports: themed from the palette (light or dark: background, text, axes and
// grid follow it), an explanation in place of the chart while it has nothing to show, its
// figures in full in a tooltip (the chart's own labels are kept short), and "Save as PNG…" in
// its context menu.
class ReportChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportChartView)
public:
    explicit ReportChartView(QWidget *parent = nullptr);

    // A new chart themed from this view's palette: add the series after (a theme resets their
    // colours).
    QChart *newChart() const;
    // The same, titled `title`, which becomes the view's accessible name.
    QChart *newChart(const QString &title);
    // Takes ownership of `chart`, deleting the previous one and clearing the summary; colours
    // its text, axes and grid from the palette (call it after adding the series and axes).
    void showChart(QChart *chart);
    // showChart() with what the chart shows in words (setSummary()), no empty text.
    void showChart(QChart *chart, const QStringList &summary, const QString &note = QString());
    // showChart() with `text` in place of the chart (setEmptyText()).
    void showEmpty(QChart *chart, const QString &text);
    // What the chart shows, in words: the accessible description (lines joined with "; ") and
    // the tooltip (the chart's title, `note` if any, then one line each).
    void setSummary(const QStringList &lines, const QString &note = QString());
    // Shows `text` instead of a chart (an empty chart keeps its title); "" shows the chart.
    void setEmptyText(const QString &text);
    QString emptyText() const;
    bool isEmpty() const;

    // The file name the save dialog proposes, without extension ("campaign-timeline").
    void setFileBaseName(const QString &name) { m_fileBaseName = name; }
    // Writes the chart as it is drawn to a PNG file.
    bool savePng(const QString &path);
    void saveInteractive();

    // The chart theme that suits `palette`, with Tribune's common settings.
    static void applyTheme(QChart *chart, const QPalette &palette);
    // Colours of the chart's background, titles, legend, axes and grid from `palette`.
    static void applyPalette(QChart *chart, const QPalette &palette);
    // `text` cut to `maxChars` characters with "…" (category labels of a narrow chart).
    static QString shortLabel(const QString &text, int maxChars = 24);

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_empty;
    QString m_fileBaseName;
};
