// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "audience/phonenormalizer.h"
#include "reports/transparencyrecord.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

using Reports::ExportKind;
using Reports::ExportKinds;

namespace {

QList<QPair<qint64, QString>> namedRows(Database *database, const QString &sql,
                                        QString *errorString)
{
    QList<QPair<qint64, QString>> rows;
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        if (errorString->isEmpty())
            *errorString = query.lastError().text();
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toString()});
    return rows;
}

// A file-name-safe version of a name ("Municipales 2026 — Lyon" -> "Municipales-2026-Lyon").
QString fileSafe(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out += c;
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(60);
}

} // namespace

ExportDialog::ExportDialog(Database *database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_kindLabel(new QLabel(this))
    , m_kindCombo(new QComboBox(this))
    , m_kindHelp(new QLabel(this))
    , m_form(new QFormLayout)
    , m_campaignLabel(new QLabel(this))
    , m_campaign(new QComboBox(this))
    , m_electionLabel(new QLabel(this))
    , m_election(new QComboBox(this))
    , m_audienceLabel(new QLabel(this))
    , m_audience(new QComboBox(this))
    , m_phoneLabel(new QLabel(this))
    , m_phone(new QLineEdit(this))
    , m_formatLabel(new QLabel(this))
    , m_excelFrance(new QRadioButton(this))
    , m_standard(new QRadioButton(this))
    , m_formatGroup(new QButtonGroup(this))
    , m_fullNumbers(new QCheckBox(this))
    , m_htmlPage(new QCheckBox(this))
    , m_pdfPage(new QCheckBox(this))
    , m_pathLabel(new QLabel(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_exportButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    m_kindCombo->setObjectName(QStringLiteral("exportKind"));
    m_campaign->setObjectName(QStringLiteral("exportCampaign"));
    m_election->setObjectName(QStringLiteral("exportElection"));
    m_audience->setObjectName(QStringLiteral("exportAudience"));
    m_phone->setObjectName(QStringLiteral("exportPhone"));
    m_excelFrance->setObjectName(QStringLiteral("exportExcelFrance"));
    m_standard->setObjectName(QStringLiteral("exportStandard"));
    m_fullNumbers->setObjectName(QStringLiteral("exportFullNumbers"));
    m_htmlPage->setObjectName(QStringLiteral("exportHtmlPage"));
    m_pdfPage->setObjectName(QStringLiteral("exportPdfPage"));
    m_htmlPage->setChecked(true);
    m_pdfPage->setChecked(true);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_cancelButton->setObjectName(QStringLiteral("exportCancelButton"));

    for (ExportKind kind : ExportKinds::all())
        m_kindCombo->addItem(QString(), int(kind));
    m_kindHelp->setWordWrap(true);
    m_kindHelp->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_campaign->setMinimumContentsLength(28);
    m_campaign->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_election->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_audience->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_phone->setClearButtonEnabled(true);
    m_formatGroup->addButton(m_excelFrance);
    m_formatGroup->addButton(m_standard);
    // Excel (France) is what a French user's spreadsheet expects.
    (Reports::ExportFormat::forLanguage(QLocale().name()).decimalComma ? m_excelFrance : m_standard)
        ->setChecked(true);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setVisible(false);
    m_kindLabel->setBuddy(m_kindCombo);
    m_campaignLabel->setBuddy(m_campaign);
    m_electionLabel->setBuddy(m_election);
    m_audienceLabel->setBuddy(m_audience);
    m_phoneLabel->setBuddy(m_phone);
    m_pathLabel->setBuddy(m_path);

    auto *formats = new QVBoxLayout;
    formats->setContentsMargins(0, 0, 0, 0);
    formats->addWidget(m_excelFrance);
    formats->addWidget(m_standard);
    auto *pathRow = new QHBoxLayout;
    pathRow->setContentsMargins(0, 0, 0, 0);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);

    m_form->addRow(m_kindLabel, m_kindCombo);
    m_form->addRow(QString(), m_kindHelp);
    m_form->addRow(m_campaignLabel, m_campaign);
    m_form->addRow(m_electionLabel, m_election);
    m_form->addRow(m_audienceLabel, m_audience);
    m_form->addRow(m_phoneLabel, m_phone);
    m_form->addRow(m_formatLabel, formats);
    m_form->addRow(QString(), m_fullNumbers);
    m_form->addRow(QString(), m_htmlPage);
    m_form->addRow(QString(), m_pdfPage);
    m_form->addRow(m_pathLabel, pathRow);

    m_buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(m_cancelButton, QDialogButtonBox::RejectRole);
    m_exportButton->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ExportDialog::updateProgress);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateForKind);
    for (QComboBox *combo : {m_campaign, m_election, m_audience})
        connect(combo, &QComboBox::currentIndexChanged, this, &ExportDialog::updateSuggestedPath);
    connect(m_phone, &QLineEdit::textChanged, this, &ExportDialog::updateSuggestedPath);
    connect(m_path, &QLineEdit::textEdited, this, [this]() { m_pathEdited = true; });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::reject);

    retranslateUi();
    updateForKind();
    loadChoices();
}

ExportDialog::~ExportDialog()
{
    // The export job's destructor waits for the worker: make it stop at its next row batch.
    if (m_shared)
        m_shared->cancel = true;
}

void ExportDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    for (int i = 0; i < m_kindCombo->count(); ++i)
        m_kindCombo->setItemText(i,
                                 ExportKinds::label(ExportKind(m_kindCombo->itemData(i).toInt())));
    m_kindLabel->setText(tr("&What to export:"));
    m_campaignLabel->setText(tr("&Campaign:"));
    m_electionLabel->setText(tr("&Election:"));
    m_audienceLabel->setText(tr("&Audience:"));
    m_phoneLabel->setText(tr("&Number:"));
    m_phone->setPlaceholderText(tr("e.g. 06 12 34 56 78"));
    m_formatLabel->setText(tr("Format:"));
    m_excelFrance->setText(tr("Excel (France): “;” separator, decimal comma, UTF-8 with BOM"));
    m_standard->setText(tr("Standard CSV (RFC 4180): “,” separator, decimal point"));
    m_fullNumbers->setText(
        tr("Show full phone numbers (administrators; recorded in the audit log)"));
    m_htmlPage->setText(tr("Also save the readable page (HTML) next to the CSV file"));
    m_pdfPage->setText(tr("Also save it as PDF, ready to print or publish"));
    m_pathLabel->setText(tr("&Save to:"));
    m_browse->setText(tr("&Browse…"));
    m_exportButton->setText(tr("E&xport"));
    m_cancelButton->setText(m_exporting ? tr("&Cancel export") : tr("Close"));
    if (m_loaded) {
        // The "none" entries are translated texts.
        if (m_campaign->count() > 0 && m_campaign->itemData(0).toLongLong() == 0)
            m_campaign->setItemText(0, tr("All campaigns"));
        if (m_election->count() > 0 && m_election->itemData(0).toLongLong() == 0)
            m_election->setItemText(0, tr("All elections"));
        if (m_audience->count() > 0 && m_audience->itemData(0).toLongLong() == 0)
            m_audience->setItemText(0, tr("None"));
    }
    updateForKind();
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportDialog::reject()
{
    if (m_exporting) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void ExportDialog::setKind(ExportKind kind)
{
    const int index = m_kindCombo->findData(int(kind));
    if (index >= 0)
        m_kindCombo->setCurrentIndex(index);
}

ExportKind ExportDialog::kind() const
{
    return ExportKind(m_kindCombo->currentData().toInt());
}

void ExportDialog::setCampaign(qint64 campaignId)
{
    m_wantedCampaign = campaignId;
    const int index = m_campaign->findData(campaignId);
    if (index >= 0)
        m_campaign->setCurrentIndex(index);
}

void ExportDialog::setPath(const QString &path)
{
    m_pathEdited = true;
    m_path->setText(path);
}

QString ExportDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportDialog::loadChoices()
{
    Database *database = m_database;
    m_status->setText(tr("Loading campaigns, elections and audiences…"));
    m_exportButton->setEnabled(false);
    m_loadJob.run<Choices>(
        this,
        [database]() {
            Choices choices;
            choices.campaigns = namedRows(database,
                                          QStringLiteral("SELECT id, name FROM campaigns WHERE "
                                                         "system_kind IS NULL ORDER BY "
                                                         "created_at DESC, id DESC"),
                                          &choices.errorString);
            choices.elections = namedRows(database,
                                          QStringLiteral("SELECT id, name FROM elections ORDER BY "
                                                         "first_round_date DESC, name"),
                                          &choices.errorString);
            choices.audiences = namedRows(
                database,
                QStringLiteral("SELECT id, name FROM audiences ORDER BY created_at DESC, id DESC"),
                &choices.errorString);
            const std::optional<UserAccount> account =
                UserAccount::find(database, database->actor(), &choices.errorString);
            choices.administrator = account && account->mayAdminister();
            database->closeThreadConnection();
            return choices;
        },
        [this](const Choices &choices) { applyChoices(choices); });
}

void ExportDialog::fill(QComboBox *combo, const QList<QPair<qint64, QString>> &items,
                        const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText, qint64(0));
    for (const auto &item : items)
        combo->addItem(item.second, item.first);
}

void ExportDialog::applyChoices(const Choices &choices)
{
    m_loaded = true;
    m_administrator = choices.administrator;
    fill(m_campaign, choices.campaigns, tr("All campaigns"));
    fill(m_election, choices.elections, tr("All elections"));
    fill(m_audience, choices.audiences, tr("None"));
    if (m_wantedCampaign > 0)
        setCampaign(m_wantedCampaign);
    else if (m_campaign->count() > 1)
        m_campaign->setCurrentIndex(1);
    m_status->setText(choices.errorString);
    m_exportButton->setEnabled(true);
    updateForKind();
    Q_EMIT choicesLoaded();
}

void ExportDialog::updateForKind()
{
    const ExportKind k = kind();
    const bool campaign = ExportKinds::acceptsCampaign(k);
    const bool election = ExportKinds::acceptsElection(k);
    const bool audience = ExportKinds::acceptsAudience(k);
    const bool phone = ExportKinds::acceptsPhone(k);
    m_form->setRowVisible(m_campaign, campaign);
    m_form->setRowVisible(m_election, election);
    m_form->setRowVisible(m_audience, audience);
    m_form->setRowVisible(m_phone, phone);
    const bool transparency = k == ExportKind::Transparency;
    m_form->setRowVisible(m_htmlPage, transparency);
    m_form->setRowVisible(m_pdfPage, transparency);
    // A consent proof always shows numbers in full (a proof must name the number), so only
    // administrators may export it: nothing to choose.
    const bool numbers = ExportKinds::showsPhoneNumbers(k) && k != ExportKind::Consent;
    m_fullNumbers->setVisible(numbers);
    m_fullNumbers->setEnabled(numbers && m_administrator && !m_exporting);
    if (!m_administrator)
        m_fullNumbers->setChecked(false);
    m_fullNumbers->setToolTip(
        m_administrator ? tr("Numbers are masked (+33 6 12 ** ** 78) unless you tick this; the "
                             "export is recorded in the audit log either way.")
                        : tr("Only an administrator may export full phone numbers."));

    QString help;
    switch (k) {
    case ExportKind::Report:
        help = tr("One row per message of the campaign: number, status, times, parts, cost, "
                  "provider reference and error.");
        break;
    case ExportKind::Summary:
        help = tr("One row per campaign: recipients, parts, deliveries, failures, replies, "
                  "opt-outs and spend against its budget.");
        break;
    case ExportKind::Spend:
        help = tr("The campaign account (Code électoral L52-12): per day, provider and "
                  "campaign, the parts paid for and the amounts excluding and including VAT, "
                  "with the total.");
        break;
    case ExportKind::Consent:
        help = tr("The proof of consent from the ledger, for one number or for an audience: "
                  "every request, answer and objection with its text and time. Numbers appear "
                  "in full: administrators only, recorded in the audit log.");
        break;
    case ExportKind::Suppression:
        help = tr("Every number that must never be messaged again, with why and when.");
        break;
    case ExportKind::Audit:
        help = tr("Who did what and when: imports, edits, approvals, sends, exports, purges.");
        break;
    case ExportKind::Transparency:
        help = tr("The transparency record of a political message campaign (EU regulation "
                  "2024/900): sponsor, election, period, amount spent, targeting and the "
                  "audience's provenance.");
        break;
    case ExportKind::Rejects:
        help = tr("The rows of an audience's imports that were not kept, and why.");
        break;
    }
    m_kindHelp->setText(help);
    updateSuggestedPath();
}

QString ExportDialog::scopeName() const
{
    const ExportKind k = kind();
    auto chosen = [](const QComboBox *combo) {
        return combo->currentData().toLongLong() > 0 ? combo->currentText() : QString();
    };
    if (ExportKinds::acceptsPhone(k) && !m_phone->text().trimmed().isEmpty())
        return m_phone->text().trimmed();
    if (ExportKinds::acceptsCampaign(k) && !chosen(m_campaign).isEmpty())
        return chosen(m_campaign);
    if (ExportKinds::acceptsElection(k) && !chosen(m_election).isEmpty())
        return chosen(m_election);
    if (ExportKinds::acceptsAudience(k))
        return chosen(m_audience);
    return QString();
}

void ExportDialog::updateSuggestedPath()
{
    if (m_pathEdited)
        return;
    const QString base = QFileInfo(ExportKinds::defaultFileName(kind())).completeBaseName();
    QString name = base;
    const QString scope = fileSafe(scopeName());
    if (!scope.isEmpty())
        name += QLatin1Char('-') + scope;
    name += QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".csv");
    QString folder = QFileInfo(m_path->text()).absolutePath();
    if (m_path->text().isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(name));
}

void ExportDialog::browse()
{
    QFileDialog dialog(this, tr("Export to"), path(), tr("CSV files (*.csv)"));
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(QStringLiteral("csv"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(QDir::toNativeSeparators(dialog.selectedFiles().constFirst()));
}

void ExportDialog::startExport()
{
    if (m_exporting || !m_loaded)
        return;
    Reports::ExportRequest request;
    request.kind = kind();
    request.path = QDir::fromNativeSeparators(path());
    request.format = m_excelFrance->isChecked() ? Reports::ExportFormat::excelFrance()
                                                : Reports::ExportFormat::standard();
    request.format.fullNumbers = m_fullNumbers->isVisible() && m_fullNumbers->isChecked();
    const ExportKind k = request.kind;
    if (ExportKinds::acceptsCampaign(k))
        request.campaignId = m_campaign->currentData().toLongLong();
    if (ExportKinds::acceptsElection(k))
        request.electionId = m_election->currentData().toLongLong();
    if (ExportKinds::acceptsAudience(k))
        request.audienceId = m_audience->currentData().toLongLong();
    if (ExportKinds::acceptsPhone(k) && !m_phone->text().trimmed().isEmpty()) {
        const PhoneNormalizer normalizer;
        const PhoneNormalizer::Result number = normalizer.normalize(m_phone->text().trimmed());
        if (!number.isValid) {
            m_status->setText(tr("“%1” is not a phone number.").arg(m_phone->text().trimmed()));
            m_phone->setFocus();
            return;
        }
        request.phone = number.e164;
    }
    if (request.path.isEmpty()) {
        m_status->setText(tr("Choose where to save the file."));
        m_path->setFocus();
        return;
    }
    if (ExportKinds::needsCampaign(k) && request.campaignId == 0) {
        m_status->setText(tr("Choose a campaign."));
        m_campaign->setFocus();
        return;
    }
    if (ExportKinds::needsAudience(k) && request.audienceId == 0) {
        m_status->setText(tr("Choose an audience."));
        m_audience->setFocus();
        return;
    }

    m_exporting = true;
    m_shared = std::make_shared<Shared>();
    m_progress->setValue(0);
    m_progress->setRange(0, 0); // busy until the first report
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_kindCombo, m_campaign, m_election, m_audience, m_phone, m_excelFrance, m_standard,
             m_fullNumbers, m_path, m_browse, m_exportButton})
        w->setEnabled(false);
    m_cancelButton->setText(tr("&Cancel export"));
    m_progressTimer->start();

    Database *database = m_database;
    const std::shared_ptr<Shared> shared = m_shared;
    const bool html = request.kind == ExportKind::Transparency && m_htmlPage->isChecked();
    const bool pdf = request.kind == ExportKind::Transparency && m_pdfPage->isChecked();
    m_exportJob.run<Outcome>(
        this,
        [database, request, shared, html, pdf]() {
            Outcome outcome;
            const Reports::Progress progress = [shared](qint64 done, qint64 total) {
                shared->done = done;
                shared->total = total;
                return !shared->cancel.load();
            };
            outcome.result = Reports::runExport(database, request, progress, database->actor());
            if (outcome.result.ok() && (html || pdf) && !shared->cancel)
                writePages(database, request, html, pdf, &outcome);
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) { finishExport(outcome); });
}

void ExportDialog::writePages(Database *database, const Reports::ExportRequest &request, bool html,
                              bool pdf, Outcome *outcome)
{
    const std::optional<Reports::TransparencyRecord> record =
        Reports::TransparencyRecord::load(database, request.campaignId, &outcome->pageError);
    if (!record)
        return;
    const QFileInfo csv(request.path);
    const QString base = csv.absoluteDir().filePath(csv.completeBaseName());
    if (html) {
        // Native separators: the path may appear in the error message.
        const QString path = QDir::toNativeSeparators(base + QStringLiteral(".html"));
        if (!record->writeHtml(path, &outcome->pageError))
            return;
        outcome->pages.append(path);
    }
    if (pdf) {
        const QString path = base + QStringLiteral(".pdf");
        if (!record->writePdf(path, &outcome->pageError))
            return;
        outcome->pages.append(path);
    }
}

void ExportDialog::cancelExport()
{
    if (!m_exporting || !m_shared)
        return;
    m_shared->cancel = true;
    m_status->setText(tr("Cancelling…"));
    m_cancelButton->setEnabled(false);
}

void ExportDialog::updateProgress()
{
    if (!m_shared)
        return;
    const qint64 total = m_shared->total;
    const qint64 done = m_shared->done;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qMin<qint64>(1000, done * 1000 / total)));
        m_progress->setFormat(
            tr("%1 of %2 rows").arg(QLocale().toString(done), QLocale().toString(total)));
    } else if (done > 0) {
        m_progress->setFormat(tr("%1 rows").arg(QLocale().toString(done)));
    }
}

void ExportDialog::finishExport(const Outcome &outcome)
{
    const Reports::ExportResult &result = outcome.result;
    m_progressTimer->stop();
    m_exporting = false;
    m_result = result;
    m_shared.reset();
    m_progress->setVisible(false);
    m_progress->setRange(0, 1000);
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_kindCombo, m_campaign, m_election, m_audience, m_phone, m_excelFrance, m_standard,
             m_htmlPage, m_pdfPage, m_path, m_browse, m_exportButton, m_cancelButton})
        w->setEnabled(true);
    m_cancelButton->setText(tr("Close"));
    updateForKind();
    QString text;
    if (result.cancelled) {
        text = tr("Export cancelled: no file was written.");
    } else if (!result.errorString.isEmpty()) {
        text = tr("Export failed: %1").arg(result.errorString);
    } else {
        text = tr("%n rows saved to %1.", nullptr, int(qMin<qint64>(result.rows, INT_MAX)))
                   .arg(QDir::toNativeSeparators(result.path));
        for (const QString &page : outcome.pages)
            text += QLatin1Char('\n') + tr("Saved %1.").arg(QDir::toNativeSeparators(page));
        if (!outcome.pageError.isEmpty())
            text += QLatin1Char('\n') + outcome.pageError;
    }
    m_status->setText(text);
    Q_EMIT exportFinished(result.ok() && outcome.pageError.isEmpty());
}
