// SPDX-License-Identifier: GPL-3.0-or-later
#include "suppressionpanel.h"

#include "consent/suppressionlist.h"
#include "consent/suppressionlistmodel.h"
#include "recordtableview.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace {

constexpr int kProgressSteps = 1000;

struct Outcome
{
    bool ok = false;
    QString errorString;
    Consent::SuppressionList::ImportResult import; // imports only
};

int clampToInt(qint64 n)
{
    return int(qMin<qint64>(n, INT_MAX));
}

} // namespace

SuppressionPanel::SuppressionPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(new SuppressionListModel(database, this))
    , m_searchLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_addButton(new QPushButton(this))
    , m_addStatus(new QLabel(this))
    , m_importButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("suppressionPanel"));
    m_search->setObjectName(QStringLiteral("suppressionSearch"));
    m_search->setClearButtonEnabled(true);
    m_searchLabel->setBuddy(m_search);
    m_view->setObjectName(QStringLiteral("suppressionTable"));
    setUpRecordTable(m_view, m_model);
    m_number->setObjectName(QStringLiteral("suppressionNumberEdit"));
    m_numberLabel->setBuddy(m_number);
    m_note->setObjectName(QStringLiteral("suppressionNoteEdit"));
    m_noteLabel->setBuddy(m_note);
    m_addButton->setObjectName(QStringLiteral("suppressionAddButton"));
    m_addStatus->setObjectName(QStringLiteral("suppressionAddStatus"));
    m_addStatus->setWordWrap(true);
    m_addStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_importButton->setObjectName(QStringLiteral("suppressionImportButton"));
    m_exportButton->setObjectName(QStringLiteral("suppressionExportButton"));
    m_historyButton->setObjectName(QStringLiteral("suppressionHistoryButton"));
    m_status->setObjectName(QStringLiteral("suppressionStatus"));
    m_status->setWordWrap(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_search, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_numberLabel);
    addRow->addWidget(m_number, 1);
    addRow->addWidget(m_noteLabel);
    addRow->addWidget(m_note, 2);
    addRow->addWidget(m_addButton);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_importButton);
    fileRow->addWidget(m_exportButton);
    fileRow->addStretch();
    fileRow->addWidget(m_historyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addLayout(fileRow);
    layout->addLayout(addRow);
    layout->addWidget(m_addStatus);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this,
            [this]() { m_model->setPrefix(m_search->text()); });
    connect(m_number, &QLineEdit::textChanged, this, &SuppressionPanel::updateButtons);
    connect(m_number, &QLineEdit::returnPressed, this, &SuppressionPanel::addInteractive);
    connect(m_note, &QLineEdit::returnPressed, this, &SuppressionPanel::addInteractive);
    connect(m_addButton, &QPushButton::clicked, this, &SuppressionPanel::addInteractive);
    connect(m_importButton, &QPushButton::clicked, this, &SuppressionPanel::importInteractive);
    connect(m_exportButton, &QPushButton::clicked, this, &SuppressionPanel::exportInteractive);
    connect(m_historyButton, &QPushButton::clicked, this, [this]() {
        if (!selectedPhone().isEmpty())
            Q_EMIT historyRequested(selectedPhone());
    });
    connect(m_view, &QTableView::activated, this, [this]() {
        if (!selectedPhone().isEmpty())
            Q_EMIT historyRequested(selectedPhone());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SuppressionPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SuppressionPanel::updateButtons);
    retranslateUi();
}

void SuppressionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SuppressionPanel::retranslateUi()
{
    m_searchLabel->setText(tr("&Search:"));
    m_search->setPlaceholderText(tr("The start of a number: 06 12, +33 6 12…"));
    m_numberLabel->setText(tr("Add a &number:"));
    m_number->setPlaceholderText(tr("06 12 34 56 78"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Why (a call, a letter, a request at a meeting…)"));
    m_addButton->setText(tr("&Add to the list…"));
    m_importButton->setText(tr("&Import an opposition list…"));
    m_importButton->setToolTip(tr("A CSV or text file of numbers (a broker's or the party's "
                                  "opposition list): its numbers are never messaged."));
    m_exportButton->setText(tr("&Export to CSV…"));
    m_historyButton->setText(tr("Show the his&tory"));
    m_model->reload();
    updateButtons();
}

QString SuppressionPanel::selectedPhone() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() && m_view->selectionModel()->isSelected(index)
        ? index.siblingAtColumn(0).data(SuppressionListModel::PhoneRole).toString()
        : QString();
}

void SuppressionPanel::updateButtons()
{
    const bool idle = !m_writeJob.isBusy();
    m_addButton->setEnabled(idle && !m_number->text().trimmed().isEmpty());
    m_importButton->setEnabled(idle);
    m_exportButton->setEnabled(idle);
    m_historyButton->setEnabled(!selectedPhone().isEmpty());
}

void SuppressionPanel::reload()
{
    m_model->setPrefix(m_search->text());
}

void SuppressionPanel::addInteractive()
{
    const QString number = m_number->text().trimmed();
    if (number.isEmpty() || m_writeJob.isBusy())
        return;
    QMessageBox box(QMessageBox::Question, tr("Add to the suppression list"),
                    tr("Put %1 on the suppression list? It will never receive a message again, "
                       "from any audience or re-import: this cannot be undone.")
                        .arg(number),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("confirmSuppressionDialog"));
    QPushButton *add = box.addButton(tr("Add to the list"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() == add)
        addNumber(number, m_note->text());
}

void SuppressionPanel::addNumber(const QString &number, const QString &note)
{
    if (m_writeJob.isBusy())
        return;
    Database *database = m_database;
    m_addStatus->clear();
    m_writeJob.run<Outcome>(
        this,
        [database, number, note]() {
            Outcome outcome;
            const QString login = database->actor();
            const std::optional<UserAccount> account =
                UserAccount::find(database, login, &outcome.errorString);
            if (account) {
                Consent::SuppressionList list(database);
                outcome.ok = list.add(number, login, note, QStringLiteral("manual"), account->id);
                outcome.errorString = list.errorString();
            }
            database->closeThreadConnection();
            return outcome;
        },
        [this, number](const Outcome &outcome) {
            if (outcome.ok) {
                m_addStatus->setText(tr("%1 is on the suppression list.").arg(number));
                m_number->clear();
                m_note->clear();
                reload();
                Q_EMIT listChanged();
            } else {
                m_addStatus->setText(tr("Not added: %1").arg(outcome.errorString));
                m_number->setFocus();
                m_number->selectAll();
            }
            updateButtons();
            Q_EMIT operationFinished(outcome.ok);
        });
    updateButtons();
}

void SuppressionPanel::importInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import an opposition list"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Lists of numbers (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void SuppressionPanel::importFile(const QString &path)
{
    if (m_writeJob.isBusy())
        return;
    m_cancelImport = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancelImport;
    QPointer<QProgressDialog> progress = new QProgressDialog(
        tr("Importing %1…").arg(QFileInfo(path).fileName()), tr("Cancel"), 0, kProgressSteps, this);
    progress->setObjectName(QStringLiteral("suppressionImportProgress"));
    progress->setWindowTitle(tr("Import an opposition list"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    connect(progress, &QProgressDialog::canceled, this, [cancel]() { cancel->store(true); });

    Database *database = m_database;
    const QString source = QFileInfo(path).fileName();
    m_writeJob.run<Outcome>(
        this,
        [database, path, source, cancel, progress]() {
            const auto report = [progress](qint64 done, qint64 total) {
                const int value = total > 0 ? int(done * kProgressSteps / total) : 0;
                QMetaObject::invokeMethod(
                    progress,
                    [progress, value]() {
                        if (progress && !progress->wasCanceled())
                            progress->setValue(value);
                    },
                    Qt::QueuedConnection);
            };
            Outcome outcome;
            Consent::SuppressionList list(database);
            outcome.import =
                list.importFile(path, source, database->actor(),
                                QStringLiteral("opposition_list"), report, cancel.get());
            outcome.ok = outcome.import.ok;
            outcome.errorString = outcome.import.errorString;
            database->closeThreadConnection();
            return outcome;
        },
        [this, progress, path](const Outcome &outcome) {
            if (progress)
                progress->deleteLater();
            const Consent::SuppressionList::ImportResult &r = outcome.import;
            if (r.cancelled) {
                m_status->setText(tr("Import cancelled: the list is as it was."));
            } else if (!outcome.ok) {
                QMessageBox::warning(this, tr("Import an opposition list"), outcome.errorString);
            } else {
                const QLocale locale;
                const QString summary = tr("%1: %Ln row(s) read.", "", clampToInt(r.rows))
                                            .arg(QFileInfo(path).fileName())
                    + QLatin1Char('\n')
                    + tr("%Ln number(s) added to the suppression list.", "", clampToInt(r.added))
                    + QLatin1Char('\n')
                    + tr("Already on it: %Ln number(s).", "", clampToInt(r.alreadyListed))
                    + QLatin1Char('\n')
                    + tr("%Ln row(s) rejected: not a phone number.", "", clampToInt(r.invalid));
                m_status->setText(QString(summary).replace(QLatin1Char('\n'), QLatin1Char(' ')));
                QMessageBox box(r.invalid > 0 ? QMessageBox::Warning : QMessageBox::Information,
                                tr("Import an opposition list"), summary, QMessageBox::Ok, this);
                box.setObjectName(QStringLiteral("suppressionImportSummary"));
                if (!r.rejects.isEmpty()) {
                    box.setInformativeText(tr("The rejected rows are listed in the details."));
                    box.setDetailedText(r.rejects.join(QLatin1Char('\n')));
                }
                box.exec();
                reload();
                Q_EMIT listChanged();
            }
            updateButtons();
            Q_EMIT operationFinished(outcome.ok);
        });
    updateButtons();
}

void SuppressionPanel::exportInteractive()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the suppression list"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("suppression-list.csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

void SuppressionPanel::exportTo(const QString &path)
{
    if (m_writeJob.isBusy())
        return;
    m_status->setText(tr("Exporting the suppression list…"));
    Database *database = m_database;
    m_writeJob.run<Outcome>(
        this,
        [database, path]() {
            Outcome outcome;
            Consent::SuppressionList list(database);
            outcome.ok = list.exportCsv(path, database->actor());
            outcome.errorString = list.errorString();
            database->closeThreadConnection();
            return outcome;
        },
        [this, path](const Outcome &outcome) {
            if (outcome.ok) {
                m_status->setText(
                    tr("Suppression list saved to %1.").arg(QDir::toNativeSeparators(path)));
            } else {
                m_status->clear();
                QMessageBox::warning(this, tr("Export the suppression list"), outcome.errorString);
            }
            updateButtons();
            Q_EMIT operationFinished(outcome.ok);
        });
    updateButtons();
}
