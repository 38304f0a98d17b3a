// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentbuilder.h"

#include "audience/segmentindex.h"
#include "audience/sensitivecolumns.h"
#include "storage/database.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QStringList splitValues(const QString &text)
{
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(','))) {
        if (!part.trimmed().isEmpty())
            values.append(part.trimmed());
    }
    return values;
}

} // namespace

SegmentBuilder::SegmentBuilder(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_matchLead(new QLabel(this))
    , m_match(new QComboBox(this))
    , m_matchTail(new QLabel(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_addButton(new QPushButton(this))
    , m_countLabel(new QLabel(this))
    , m_detailLabel(new QLabel(this))
    , m_consentLabel(new QLabel(this))
    , m_share(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_countTimer(new QTimer(this))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("segmentBuilder"));
    m_match->setObjectName(QStringLiteral("segmentMatch"));
    m_match->addItem(QString(), int(Segment::Match::All));
    m_match->addItem(QString(), int(Segment::Match::Any));
    m_addButton->setObjectName(QStringLiteral("addFilterButton"));
    m_addButton->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    m_countLabel->setObjectName(QStringLiteral("segmentCount"));
    QFont big = m_countLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_countLabel->setFont(big);
    m_detailLabel->setObjectName(QStringLiteral("segmentCountDetail"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setForegroundRole(QPalette::PlaceholderText);
    m_consentLabel->setObjectName(QStringLiteral("segmentConsentDetail"));
    m_consentLabel->setWordWrap(true);
    m_consentLabel->hide();
    m_share->setObjectName(QStringLiteral("segmentShare"));
    m_share->setRange(0, 1000);
    m_share->setTextVisible(true);
    m_share->setMaximumHeight(18);
    m_error->setObjectName(QStringLiteral("segmentError"));
    m_error->setWordWrap(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1e, 0x1e));
    m_error->setPalette(errorPalette);
    m_error->hide();

    auto *matchLine = new QHBoxLayout;
    matchLine->addWidget(m_matchLead);
    matchLine->addWidget(m_match);
    matchLine->addWidget(m_matchTail);
    matchLine->addStretch();

    auto *addLine = new QHBoxLayout;
    addLine->addWidget(m_addButton);
    addLine->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(matchLine);
    layout->addLayout(m_rowsLayout);
    layout->addLayout(addLine);
    layout->addSpacing(8);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_share);
    layout->addWidget(m_detailLabel);
    layout->addWidget(m_consentLabel);
    layout->addWidget(m_error);
    layout->addStretch();

    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(150);
    connect(m_countTimer, &QTimer::timeout, this, &SegmentBuilder::startCount);
    connect(m_match, &QComboBox::currentIndexChanged, this, &SegmentBuilder::changed);
    connect(m_addButton, &QPushButton::clicked, this, [this]() { addFilter(); });
    retranslateUi();
}

SegmentBuilder::~SegmentBuilder()
{
    // The jobs' destructors wait for their threads: make an index build stop first.
    m_cancel->store(true);
}

void SegmentBuilder::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SegmentBuilder::retranslateUi()
{
    m_matchLead->setText(tr("Contacts matching"));
    m_match->setItemText(0, tr("all"));
    m_match->setItemText(1, tr("any"));
    m_matchTail->setText(tr("of these filters:"));
    m_addButton->setText(tr("&Add a filter"));
    for (Row &row : m_rows)
        retranslateRow(row);
    showCount();
}

void SegmentBuilder::retranslateRow(Row &row)
{
    row.op->setItemText(0, tr("is one of"));
    row.op->setItemText(1, tr("is not one of"));
    row.op->setItemText(2, tr("starts with"));
    row.op->setItemText(3, tr("is between"));
    row.values->setPlaceholderText(tr("values separated by commas, e.g. 67, 68"));
    row.from->setPlaceholderText(tr("from (e.g. 2025-01-01)"));
    row.to->setPlaceholderText(tr("to (empty: no limit)"));
    row.pick->setText(tr("Values"));
    row.pick->setToolTip(tr("Pick among the most frequent values"));
    row.remove->setToolTip(tr("Remove this filter"));
    fillColumns(row);
}

QString SegmentBuilder::errorText() const
{
    return m_errorText;
}

void SegmentBuilder::setAudience(qint64 audienceId)
{
    if (audienceId == m_audienceId)
        return;
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_audienceId = audienceId;
    m_choices = {};
    m_count = -1;
    m_sendable = -1;
    for (Row &row : m_rows)
        fillColumns(row);
    scheduleCount();
}

void SegmentBuilder::refresh()
{
    m_choices = {};
    if (m_audienceId > 0)
        scheduleCount();
}

void SegmentBuilder::setSegment(const Segment &segment)
{
    const QSignalBlocker blocker(this);
    while (!m_rows.isEmpty())
        removeFilter(int(m_rows.size()) - 1);
    m_match->setCurrentIndex(segment.match == Segment::Match::Any ? 1 : 0);
    for (const Segment::Filter &filter : segment.filters) {
        const int index = addFilter(filter.column);
        Row &row = m_rows[index];
        row.op->setCurrentIndex(row.op->findData(int(filter.op)));
        if (filter.op == Segment::Operator::Between) {
            row.from->setText(filter.values.value(0));
            row.to->setText(filter.values.value(1));
        } else {
            row.values->setText(filter.values.join(QStringLiteral(", ")));
        }
        updateRow(row);
    }
    scheduleCount();
}

Segment SegmentBuilder::segment() const
{
    Segment segment;
    segment.match = Segment::Match(m_match->currentData().toInt());
    for (const Row &row : m_rows) {
        Segment::Filter filter;
        filter.column = row.column->currentData().toString();
        filter.op = Segment::Operator(row.op->currentData().toInt());
        if (filter.op == Segment::Operator::Between) {
            const QString from = row.from->text().trimmed();
            const QString to = row.to->text().trimmed();
            if (from.isEmpty() && to.isEmpty())
                continue;
            filter.values = {from, to};
        } else {
            filter.values = splitValues(row.values->text());
        }
        if (!filter.column.isEmpty() && !filter.values.isEmpty())
            segment.filters.append(filter);
    }
    return segment;
}

int SegmentBuilder::addFilter(const QString &column)
{
    Row row;
    row.widget = new QWidget(this);
    row.widget->setObjectName(QStringLiteral("segmentFilterRow"));
    row.column = new QComboBox(row.widget);
    row.column->setObjectName(QStringLiteral("filterColumn"));
    row.column->setMinimumContentsLength(16);
    row.column->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.op = new QComboBox(row.widget);
    row.op->setObjectName(QStringLiteral("filterOperator"));
    for (Segment::Operator op : {Segment::Operator::In, Segment::Operator::NotIn,
                                 Segment::Operator::Prefix, Segment::Operator::Between})
        row.op->addItem(QString(), int(op));
    row.values = new QLineEdit(row.widget);
    row.values->setObjectName(QStringLiteral("filterValues"));
    row.values->setClearButtonEnabled(true);
    row.pick = new QToolButton(row.widget);
    row.pick->setObjectName(QStringLiteral("filterPick"));
    row.pick->setPopupMode(QToolButton::InstantPopup);
    row.pick->setMenu(new QMenu(row.pick));
    row.from = new QLineEdit(row.widget);
    row.from->setObjectName(QStringLiteral("filterFrom"));
    row.dash = new QLabel(QStringLiteral("–"), row.widget);
    row.to = new QLineEdit(row.widget);
    row.to->setObjectName(QStringLiteral("filterTo"));
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("filterRemove"));
    row.remove->setIcon(QIcon::fromTheme(QStringLiteral("list-remove")));
    row.remove->setText(QStringLiteral("✕"));
    row.remove->setAutoRaise(true);

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.column);
    layout->addWidget(row.op);
    layout->addWidget(row.values, 1);
    layout->addWidget(row.pick);
    layout->addWidget(row.from, 1);
    layout->addWidget(row.dash);
    layout->addWidget(row.to, 1);
    layout->addWidget(row.remove);
    m_rowsLayout->addWidget(row.widget);

    QWidget *key = row.widget;
    const auto rowIndex = [this, key]() {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).widget == key)
                return i;
        }
        return -1;
    };
    connect(row.column, &QComboBox::currentIndexChanged, this, [this, rowIndex]() {
        const int i = rowIndex();
        if (i >= 0)
            updateRow(m_rows[i]);
        changed();
    });
    connect(row.op, &QComboBox::currentIndexChanged, this, [this, rowIndex]() {
        const int i = rowIndex();
        if (i >= 0)
            updateRow(m_rows[i]);
        changed();
    });
    for (QLineEdit *edit : {row.values, row.from, row.to})
        connect(edit, &QLineEdit::textChanged, this, &SegmentBuilder::changed);
    connect(row.pick->menu(), &QMenu::aboutToShow, this, [this, rowIndex]() {
        const int i = rowIndex();
        if (i >= 0)
            fillPickMenu(m_rows[i]);
    });
    connect(row.remove, &QToolButton::clicked, this, [this, rowIndex]() {
        const int i = rowIndex();
        if (i >= 0)
            removeFilter(i);
    });

    m_rows.append(row);
    Row &added = m_rows.last();
    retranslateRow(added);
    if (!column.isEmpty()) {
        int index = added.column->findData(column);
        if (index < 0) {
            added.column->addItem(column, column);
            index = added.column->count() - 1;
        }
        added.column->setCurrentIndex(index);
    }
    updateRow(added);
    changed();
    return int(m_rows.size()) - 1;
}

void SegmentBuilder::removeFilter(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    Row row = m_rows.takeAt(index);
    row.widget->hide();
    row.widget->deleteLater();
    changed();
}

QComboBox *SegmentBuilder::columnCombo(int index) const
{
    return m_rows.value(index).column;
}

QComboBox *SegmentBuilder::operatorCombo(int index) const
{
    return m_rows.value(index).op;
}

QLineEdit *SegmentBuilder::valuesEdit(int index) const
{
    return m_rows.value(index).values;
}

QLineEdit *SegmentBuilder::fromEdit(int index) const
{
    return m_rows.value(index).from;
}

QLineEdit *SegmentBuilder::toEdit(int index) const
{
    return m_rows.value(index).to;
}

namespace {

QString columnLabel(const QString &column)
{
    struct Label
    {
        const char *name;
        const char *text;
    };
    static const Label labels[] = {
        {"departement", QT_TRANSLATE_NOOP("SegmentBuilder", "Department")},
        {"code_postal", QT_TRANSLATE_NOOP("SegmentBuilder", "Postal code")},
        {"commune", QT_TRANSLATE_NOOP("SegmentBuilder", "Town")},
        {"tranche_age", QT_TRANSLATE_NOOP("SegmentBuilder", "Age bracket")},
        {"date_optin", QT_TRANSLATE_NOOP("SegmentBuilder", "Opt-in date")},
        {"prenom", QT_TRANSLATE_NOOP("SegmentBuilder", "First name")},
        {"nom", QT_TRANSLATE_NOOP("SegmentBuilder", "Last name")},
    };
    for (const Label &label : labels) {
        if (column == QLatin1String(label.name))
            return SegmentBuilder::tr(label.text);
    }
    return column;
}

} // namespace

void SegmentBuilder::fillColumns(Row &row)
{
    const QString current = row.column->currentData().toString();
    const QSignalBlocker blocker(row.column);
    row.column->clear();
    row.column->addItem(tr("Choose a column"), QString());
    QStringList columns = m_choices.columns;
    if (!current.isEmpty() && !columns.contains(current))
        columns.append(current);
    auto *model = qobject_cast<QStandardItemModel *>(row.column->model());
    for (const QString &column : columns) {
        const QString label = columnLabel(column);
        row.column->addItem(label, column);
        row.column->setItemData(row.column->count() - 1, column, Qt::ToolTipRole);
        const QString refusal = m_choices.refusals.value(column);
        if (!refusal.isEmpty() && model) {
            QStandardItem *item = model->item(row.column->count() - 1);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(refusal);
        }
    }
    const int index = row.column->findData(current);
    row.column->setCurrentIndex(index >= 0 ? index : 0);
}

void SegmentBuilder::updateRow(Row &row)
{
    const bool between =
        Segment::Operator(row.op->currentData().toInt()) == Segment::Operator::Between;
    row.values->setVisible(!between);
    row.pick->setVisible(!between);
    row.from->setVisible(between);
    row.dash->setVisible(between);
    row.to->setVisible(between);
    row.pick->setEnabled(m_choices.values.contains(row.column->currentData().toString()));
}

void SegmentBuilder::fillPickMenu(Row &row)
{
    QMenu *menu = row.pick->menu();
    menu->clear();
    const QString column = row.column->currentData().toString();
    const QStringList chosen = splitValues(row.values->text());
    const auto values = m_choices.values.value(column);
    if (values.isEmpty()) {
        menu->addAction(tr("No value known for this column"))->setEnabled(false);
        return;
    }
    QLineEdit *edit = row.values;
    for (const auto &value : values) {
        const QString text = value.first.isEmpty() ? tr("(empty)") : value.first;
        QAction *action =
            menu->addAction(tr("%1 — %2").arg(text, QLocale().toString(value.second)));
        action->setCheckable(true);
        action->setChecked(chosen.contains(value.first));
        const QString picked = value.first;
        connect(action, &QAction::toggled, edit, [edit, picked](bool on) {
            QStringList current = splitValues(edit->text());
            current.removeAll(picked);
            if (on)
                current.append(picked);
            edit->setText(current.join(QStringLiteral(", ")));
        });
    }
}

void SegmentBuilder::changed()
{
    Q_EMIT segmentChanged();
    scheduleCount();
}

void SegmentBuilder::scheduleCount()
{
    if (m_audienceId <= 0)
        return;
    m_countPending = true;
    // Hidden (another tab, a closed dialog): count when shown, so that merely selecting a big
    // audience does not prepare its bitmaps.
    if (isVisible())
        m_countTimer->start();
}

void SegmentBuilder::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_countPending && !m_job.isBusy())
        m_countTimer->start();
}

void SegmentBuilder::startCount()
{
    if (m_audienceId <= 0)
        return;
    Database *database = m_database;
    const qint64 audienceId = m_audienceId;
    const Segment current = segment();
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    m_job.run<SegmentIndex::Count>(
        this,
        [this, database, audienceId, current, cancel]() {
            SegmentIndex::Count result;
            SegmentIndex index(database);
            if (!index.isCurrent(audienceId)) {
                QMetaObject::invokeMethod(this, [this]() {
                    m_preparing = true;
                    m_progressText = tr("Preparing instant counts for this audience…");
                    showCount();
                });
                const auto progress = [this](const SegmentIndex::Progress &p) {
                    if (p.totalRows <= 0)
                        return;
                    const int percent = int(p.rows * 100 / p.totalRows);
                    QMetaObject::invokeMethod(this, [this, percent]() {
                        m_progressText =
                            tr("Preparing instant counts for this audience… %1 %").arg(percent);
                        showCount();
                    });
                };
                if (!index.build(audienceId, progress, cancel.get())) {
                    result.errorString = index.errorString();
                    database->closeThreadConnection();
                    return result;
                }
            }
            result = index.count(audienceId, current);
            database->closeThreadConnection();
            return result;
        },
        [this, audienceId, cancel](const SegmentIndex::Count &result) {
            if (audienceId != m_audienceId || cancel->load())
                return;
            m_preparing = false;
            m_countPending = m_countTimer->isActive();
            m_errorText = result.ok ? QString() : result.errorString;
            if (result.ok) {
                m_count = result.count;
                m_sendable = result.sendable;
                m_granted = result.granted;
                m_neverAsked = result.neverAsked;
                m_gated = result.gated;
                m_milliseconds = result.milliseconds;
            }
            showCount();
            if (m_choices.columns.isEmpty())
                loadChoices();
            Q_EMIT countReady();
        });
}

void SegmentBuilder::loadChoices()
{
    Database *database = m_database;
    const qint64 audienceId = m_audienceId;
    m_choicesJob.run<Choices>(
        this,
        [database, audienceId]() {
            Choices choices;
            SegmentIndex index(database);
            choices.columns = index.columns(audienceId);
            for (const QString &column : std::as_const(choices.columns)) {
                const QString refusal = SensitiveColumns::refusalFor(database, audienceId, column);
                if (!refusal.isEmpty()) {
                    choices.refusals.insert(column, refusal);
                    continue;
                }
                QList<QPair<QString, qint64>> values;
                for (const SegmentIndex::Value &value : index.values(audienceId, column, 200))
                    values.append({value.value, value.contacts});
                if (!values.isEmpty())
                    choices.values.insert(column, values);
            }
            database->closeThreadConnection();
            return choices;
        },
        [this, audienceId](const Choices &choices) {
            if (audienceId != m_audienceId)
                return;
            m_choices.columns = choices.columns;
            m_choices.values = choices.values;
            m_choices.refusals = choices.refusals;
            for (Row &row : m_rows) {
                fillColumns(row);
                updateRow(row);
            }
        });
}

void SegmentBuilder::showCount()
{
    m_error->setVisible(!m_errorText.isEmpty());
    m_error->setText(m_errorText);
    if (m_audienceId <= 0) {
        m_countLabel->setText(tr("No audience selected"));
        m_share->hide();
        m_detailLabel->clear();
        m_consentLabel->hide();
        return;
    }
    if (m_preparing || m_count < 0) {
        m_countLabel->setText(m_preparing ? m_progressText : tr("Counting…"));
        m_share->hide();
        m_detailLabel->clear();
        m_consentLabel->hide();
        return;
    }
    m_countLabel->setText(tr("%Ln sendable contact(s)", nullptr, int(m_count)));
    m_share->setVisible(m_sendable > 0);
    const int permille = m_sendable > 0 ? int(m_count * 1000 / m_sendable) : 0;
    m_share->setValue(permille);
    m_share->setFormat(tr("%1 % of the audience").arg(QLocale().toString(permille / 10.0, 'f', 1)));
    m_detailLabel->setText(
        tr("of %1 sendable in the audience · numbers on the suppression list and people who "
           "refused or opted out are not counted · counted in %2 ms")
            .arg(QLocale().toString(m_sendable), QLocale().toString(m_milliseconds, 'f', 1)));
    m_consentLabel->setText(
        m_gated ? tr("Consent first: %1 of them agreed to campaign messages; %2 were never asked "
                     "and can get a consent request.")
                      .arg(QLocale().toString(m_granted), QLocale().toString(m_neverAsked))
                : tr("Campaign messages go to every sendable contact of this audience (its own "
                     "proof of consent is recorded, or the consent gate is off)."));
    m_consentLabel->show();
}
