// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"

#include "audience/segmentindex.h"
#include "audience/sensitivecolumns.h"
#include "reports/csvwriter.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

const QList<ColumnMapping::Field> kFields = {
    ColumnMapping::Field::Phone,      ColumnMapping::Field::FirstName,
    ColumnMapping::Field::LastName,   ColumnMapping::Field::PostalCode,
    ColumnMapping::Field::Commune,    ColumnMapping::Field::Department,
    ColumnMapping::Field::AgeBracket, ColumnMapping::Field::OptInDate,
    ColumnMapping::Field::Attribute,  ColumnMapping::Field::Ignore,
};

QString delimiterLabel(char delimiter)
{
    switch (delimiter) {
    case ';':
        return ImportWizard::tr("Semicolon ( ; )");
    case ',':
        return ImportWizard::tr("Comma ( , )");
    case '\t':
        return ImportWizard::tr("Tab");
    case '|':
        return ImportWizard::tr("Vertical bar ( | )");
    default:
        return QString(QLatin1Char(delimiter));
    }
}

} // namespace

ImportWizard::ImportWizard(Database *database, QWidget *parent)
    : QWizard(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a broker file"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(SourcePage, createSourcePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(MappingPage, createMappingPage());
    setPage(ProgressPage, createProgressPage());
    setPage(SummaryPage, createSummaryPage());
    resize(900, 620);
}

ImportWizard::~ImportWizard()
{
    if (m_cancel)
        m_cancel->store(true); // m_job waits for the worker, which then rolls back
}

void ImportWizard::setFilePath(const QString &path)
{
    m_file->setText(path);
}

void ImportWizard::setAudienceName(const QString &name)
{
    m_audience->setCurrentText(name);
}

QWizardPage *ImportWizard::createSourcePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Which file, and where does it come from?"));
    page->setSubTitle(
        tr("Tribune keeps the provenance of every rented file: the CNIL may ask where a "
           "number came from and under which terms."));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_browse = new QPushButton(tr("&Browse…"), page);
    m_audience = new QComboBox(page);
    m_audience->setObjectName(QStringLiteral("importAudience"));
    m_audience->setEditable(true);
    m_audience->setToolTip(
        tr("A new name creates an audience; an existing one imports an updated file of it."));
    m_broker = new QLineEdit(page);
    m_broker->setObjectName(QStringLiteral("importBroker"));
    m_terms = new QLineEdit(page);
    m_terms->setObjectName(QStringLiteral("importTerms"));
    m_terms->setPlaceholderText(tr("e.g. partner opt-in collected through contests, 2024–2025"));
    m_own = new QCheckBox(tr("Collected by the party itself, with its own proof of consent"), page);
    // Numbers written without a country code are read in this region: overseas departments
    // have their own (a Réunion file of 0692… numbers is region RE).
    m_region = new QComboBox(page);
    m_region->setObjectName(QStringLiteral("importRegion"));
    const QList<QPair<QString, QString>> regions = {
        {QStringLiteral("FR"), tr("Metropolitan France")},
        {QStringLiteral("RE"), tr("Réunion")},
        {QStringLiteral("GP"), tr("Guadeloupe")},
        {QStringLiteral("MQ"), tr("Martinique")},
        {QStringLiteral("GF"), tr("French Guiana")},
        {QStringLiteral("YT"), tr("Mayotte")},
        {QStringLiteral("PM"), tr("Saint-Pierre-et-Miquelon")},
        {QStringLiteral("NC"), tr("New Caledonia")},
        {QStringLiteral("PF"), tr("French Polynesia")},
        {QStringLiteral("BE"), tr("Belgium")},
        {QStringLiteral("CH"), tr("Switzerland")},
        {QStringLiteral("LU"), tr("Luxembourg")},
    };
    for (const auto &[code, name] : regions)
        m_region->addItem(QStringLiteral("%1 (%2)").arg(name, code), code);
    m_election = new QComboBox(page);
    m_election->addItem(tr("None"), qint64(0));
    QSqlQuery query(m_database->connection());
    if (query.exec(QStringLiteral("SELECT id, name FROM elections ORDER BY name"))) {
        while (query.next())
            m_election->addItem(query.value(1).toString(), query.value(0).toLongLong());
    }
    if (query.exec(
            QStringLiteral("SELECT name FROM audiences WHERE purged_at IS NULL ORDER BY name"))) {
        while (query.next())
            m_audience->addItem(query.value(0).toString());
    }
    m_audience->setCurrentText(QString());

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("&Audience:"), m_audience);
    form->addRow(tr("&Broker or source:"), m_broker);
    form->addRow(tr("Consent &terms stated:"), m_terms);
    form->addRow(QString(), m_own);
    form->addRow(tr("&Election:"), m_election);
    form->addRow(tr("Numbers without a country code are from:"), m_region);
    connect(m_browse, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose the broker file"), QString(),
            tr("CSV and text files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_file->setText(path);
    });
    connect(m_file, &QLineEdit::textChanged, this, [this](const QString &path) {
        if (m_audience->currentText().isEmpty())
            m_audience->setCurrentText(QFileInfo(path).completeBaseName());
    });
    return page;
}

QWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check how the file reads"));
    page->setSubTitle(
        tr("Tribune detected the encoding, the delimiter and whether the first row names the "
           "columns. Accents must read correctly below; change a setting if not."));
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(CsvReader::Encoding::Utf8));
    m_encoding->addItem(QStringLiteral("Windows-1252 / Latin-1"),
                        int(CsvReader::Encoding::Windows1252));
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    for (char c : {';', ',', '\t', '|'})
        m_delimiter->addItem(delimiterLabel(c), int(c));
    m_header = new QCheckBox(tr("The first row holds column names"), page);
    m_header->setObjectName(QStringLiteral("importHeader"));
    m_previewInfo = new QLabel(page);
    m_previewInfo->setWordWrap(true);
    m_previewTable = new QTableWidget(page);
    m_previewTable->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *settings = new QHBoxLayout;
    settings->addWidget(new QLabel(tr("Encoding:"), page));
    settings->addWidget(m_encoding);
    settings->addSpacing(12);
    settings->addWidget(new QLabel(tr("Delimiter:"), page));
    settings->addWidget(m_delimiter);
    settings->addSpacing(12);
    settings->addWidget(m_header);
    settings->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(settings);
    layout->addWidget(m_previewInfo);
    layout->addWidget(m_previewTable, 1);
    for (QComboBox *combo : {m_encoding, m_delimiter})
        connect(combo, &QComboBox::activated, this, &ImportWizard::loadPreview);
    connect(m_header, &QCheckBox::toggled, this, [this]() {
        if (currentId() == PreviewPage)
            loadPreview();
    });
    return page;
}

QWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Which column is what?"));
    page->setSubTitle(
        tr("Columns Tribune does not recognise are kept as attributes: usable in segments "
           "and merge fields under their name."));
    m_mappingTable = new QTableWidget(page);
    m_mappingTable->setObjectName(QStringLiteral("importMappingTable"));
    m_mappingTable->setColumnCount(3);
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("First values"), tr("Use as")});
    m_mappingTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mappingTable->verticalHeader()->hide();
    m_mappingError = new QLabel(page);
    m_mappingError->setObjectName(QStringLiteral("importMappingError"));
    m_mappingError->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingTable, 1);
    m_sensitiveNote = new QLabel(page);
    m_sensitiveNote->setObjectName(QStringLiteral("importSensitiveNote"));
    m_sensitiveNote->setWordWrap(true);
    layout->addWidget(m_sensitiveNote);
    layout->addWidget(m_mappingError);
    return page;
}

QWizardPage *ImportWizard::createProgressPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Importing"));
    page->setSubTitle(
        tr("Numbers are checked one by one. Cancelling leaves the database exactly as it was."));
    m_progress = new QProgressBar(page);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progressLabel = new QLabel(page);
    m_progressLabel->setObjectName(QStringLiteral("importProgressLabel"));
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(m_progress);
    layout->addWidget(m_progressLabel);
    layout->addStretch();
    page->setCommitPage(true);
    return page;
}

QWizardPage *ImportWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Import summary"));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_exportRejects = new QPushButton(tr("E&xport the rejected rows…"), page);
    m_exportRejects->setObjectName(QStringLiteral("exportRejectsButton"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_exportRejects, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_exportRejects, &QPushButton::clicked, this, &ImportWizard::exportRejects);
    return page;
}

CsvReader::Dialect ImportWizard::chosenDialect() const
{
    CsvReader::Dialect dialect = m_preview.dialect;
    dialect.encoding = CsvReader::Encoding(m_encoding->currentData().toInt());
    dialect.delimiter = char(m_delimiter->currentData().toInt());
    dialect.hasHeader = m_header->isChecked();
    return dialect;
}

void ImportWizard::loadPreview()
{
    const bool first = m_previewTable->rowCount() == 0 && m_previewTable->columnCount() == 0;
    m_preview = AudienceImporter::preview(m_file->text(),
                                          first ? std::nullopt : std::optional(chosenDialect()));
    if (!m_preview.ok) {
        m_previewInfo->setText(m_preview.errorString);
        return;
    }
    {
        const QSignalBlocker b1(m_encoding), b2(m_delimiter), b3(m_header);
        m_encoding->setCurrentIndex(m_encoding->findData(int(m_preview.dialect.encoding)));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(m_preview.dialect.delimiter)));
        m_header->setChecked(m_preview.dialect.hasHeader);
    }
    m_previewInfo->setText(tr("%1 · %2 — the first %n row(s):", "", int(m_preview.rows.size()))
                               .arg(QLocale().formattedDataSize(m_preview.fileSize),
                                    CsvReader::encodingName(m_preview.dialect.encoding)));
    int columns = int(m_preview.header.size());
    for (const QStringList &row : std::as_const(m_preview.rows))
        columns = qMax(columns, int(row.size()));
    m_previewTable->clear();
    m_previewTable->setColumnCount(columns);
    m_previewTable->setRowCount(int(m_preview.rows.size()));
    QStringList labels = m_preview.header;
    for (int c = int(labels.size()); c < columns; ++c)
        labels.append(tr("Column %1").arg(c + 1));
    m_previewTable->setHorizontalHeaderLabels(labels);
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        for (int c = 0; c < m_preview.rows.at(r).size(); ++c)
            m_previewTable->setItem(r, c, new QTableWidgetItem(m_preview.rows.at(r).at(c)));
    }
}

ColumnMapping ImportWizard::chosenMapping() const
{
    ColumnMapping mapping = m_preview.mapping;
    for (int r = 0; r < m_mappingTable->rowCount() && r < mapping.columns.size(); ++r) {
        auto *combo = qobject_cast<QComboBox *>(m_mappingTable->cellWidget(r, 2));
        if (combo)
            mapping.columns[r].field = ColumnMapping::Field(combo->currentData().toInt());
        if (mapping.columns[r].field == ColumnMapping::Field::Attribute
            && mapping.columns[r].attributeName.isEmpty())
            mapping.columns[r].attributeName = QStringLiteral("colonne_%1").arg(r + 1);
    }
    return mapping;
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case PreviewPage:
        m_previewTable->setRowCount(0);
        m_previewTable->setColumnCount(0);
        loadPreview();
        break;
    case MappingPage: {
        // Mapping from the dialect chosen on the previous page.
        m_preview = AudienceImporter::preview(m_file->text(), chosenDialect());
        m_mappingTable->setRowCount(int(m_preview.mapping.columns.size()));
        for (int r = 0; r < m_preview.mapping.columns.size(); ++r) {
            const ColumnMapping::Column &column = m_preview.mapping.columns.at(r);
            m_mappingTable->setItem(r, 0,
                                    new QTableWidgetItem(column.header.isEmpty()
                                                             ? tr("Column %1").arg(r + 1)
                                                             : column.header));
            QStringList samples;
            for (int i = 0; i < m_preview.rows.size() && samples.size() < 3; ++i) {
                if (r < m_preview.rows.at(i).size())
                    samples.append(m_preview.rows.at(i).at(r));
            }
            m_mappingTable->setItem(r, 1,
                                    new QTableWidgetItem(samples.join(QStringLiteral(" · "))));
            auto *combo = new QComboBox(m_mappingTable);
            for (ColumnMapping::Field field : kFields)
                combo->addItem(ColumnMapping::fieldLabel(field), int(field));
            combo->setCurrentIndex(combo->findData(int(column.field)));
            m_mappingTable->setCellWidget(r, 2, combo);
        }
        // Data revealing religion, origin, opinions, health... (GDPR art. 9): say so at once.
        QStringList sensitive;
        for (int r = 0; r < m_preview.mapping.columns.size(); ++r) {
            const ColumnMapping::Column &column = m_preview.mapping.columns.at(r);
            const SensitiveColumns::Category category =
                SensitiveColumns::categorise(column.attributeName);
            if (column.field != ColumnMapping::Field::Attribute
                || category == SensitiveColumns::Category::None)
                continue;
            QTableWidgetItem *item = m_mappingTable->item(r, 0);
            item->setText(QStringLiteral("⚠ ") + item->text());
            item->setToolTip(SensitiveColumns::refusal(column.attributeName, category));
            sensitive.append(column.header);
        }
        m_sensitiveNote->setText(
            sensitive.isEmpty()
                ? QString()
                : tr("⚠ %1: sensitive data (GDPR art. 9). Such columns can never be used to build "
                     "segments; "
                     "unless you need them, choose \"Ignored\" so they are not stored.")
                      .arg(sensitive.join(QStringLiteral(", "))));
        m_mappingTable->resizeColumnToContents(0);
        m_mappingTable->resizeColumnToContents(2);
        m_mappingError->clear();
        break;
    }
    case ProgressPage:
        startImport();
        break;
    case SummaryPage: {
        const QLocale l;
        const AudienceImporter::Result &r = m_result;
        m_summary->setText(
            tr("<p><b>%1</b> rows read in %2 s.</p><p><b>%3</b> new contacts, <b>%4</b> "
               "updated.</p>"
               "<p>Rejected: %5 invalid numbers, %6 fixed lines, %7 other non-mobile numbers, %8 "
               "duplicates, "
               "%9 on the suppression list, %10 malformed rows, %11 rows with bad encoding.</p>"
               "<p>File checksum (SHA-256): <tt>%12</tt></p>")
                .arg(l.toString(r.rows), l.toString(r.seconds, 'f', 1), l.toString(r.imported),
                     l.toString(r.updated), l.toString(r.invalid), l.toString(r.fixedLine),
                     l.toString(r.notMobile), l.toString(r.duplicates), l.toString(r.suppressed))
                .arg(l.toString(r.malformed), l.toString(r.badEncoding), r.sha256));
        const qint64 rejected = r.invalid + r.fixedLine + r.notMobile + r.duplicates + r.suppressed
            + r.malformed + r.badEncoding;
        m_exportRejects->setEnabled(rejected > 0);
        break;
    }
    default:
        break;
    }
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case SourcePage:
        if (!QFileInfo(m_file->text()).isFile()) {
            QMessageBox::warning(this, windowTitle(), tr("Choose a file to import."));
            return false;
        }
        if (m_audience->currentText().trimmed().isEmpty()) {
            QMessageBox::warning(this, windowTitle(), tr("Give the audience a name."));
            return false;
        }
        return true;
    case MappingPage: {
        QString error;
        if (!chosenMapping().isValid(&error)) {
            m_mappingError->setText(error);
            return false;
        }
        return true;
    }
    case ProgressPage:
        return m_finished && m_result.ok;
    default:
        return true;
    }
}

void ImportWizard::startImport()
{
    m_finished = false;
    button(QWizard::NextButton)->setEnabled(false);
    AudienceImporter::Options options;
    options.filePath = m_file->text();
    options.audienceName = m_audience->currentText().trimmed();
    options.broker = m_broker->text();
    options.consentTerms = m_terms->text();
    options.rented = !m_own->isChecked();
    options.electionId = m_election->currentData().toLongLong();
    options.region = m_region->currentData().toString();
    options.dialect = chosenDialect();
    options.mapping = chosenMapping();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_cancel;
    Database *database = m_database;
    QPointer<ImportWizard> self(this);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_progressLabel->setText(tr("Starting…"));
    m_job.run<AudienceImporter::Result>(
        this,
        [database, options, cancel, self, timer]() {
            const auto report = [self, timer](const AudienceImporter::Progress &p) {
                QMetaObject::invokeMethod(
                    self,
                    [self, p, timer]() {
                        if (!self)
                            return;
                        const double seconds = double(timer->elapsed()) / 1000.0;
                        const double rate = seconds > 0 ? double(p.rows) / seconds : 0;
                        const double fraction =
                            p.totalBytes > 0 ? double(p.bytes) / double(p.totalBytes) : 0;
                        const double left =
                            fraction > 0.01 ? seconds * (1 - fraction) / fraction : -1;
                        self->m_progress->setValue(int(fraction * 1000));
                        const QLocale l;
                        self->m_progressLabel->setText(
                            left < 0 ? tr("%1 rows · %2 rows/s")
                                           .arg(l.toString(p.rows), l.toString(qint64(rate)))
                                     : tr("%1 rows · %2 rows/s · about %3 s left")
                                           .arg(l.toString(p.rows), l.toString(qint64(rate)),
                                                l.toString(qint64(left))));
                    },
                    Qt::QueuedConnection);
            };
            AudienceImporter::Result result =
                AudienceImporter(database).run(options, report, cancel.get());
            if (result.ok && !cancel->load()) {
                // Prepare the segment counts now, so that the segment builder is instant. A
                // cancel here keeps the import; the counts are then prepared on first use.
                const auto indexing = [self](const SegmentIndex::Progress &p) {
                    if (p.totalRows <= 0)
                        return;
                    const int permille = int(p.rows * 1000 / p.totalRows);
                    QMetaObject::invokeMethod(
                        self,
                        [self, permille]() {
                            if (!self)
                                return;
                            self->m_progress->setValue(permille);
                            self->m_progressLabel->setText(
                                tr("Imported. Preparing instant segment counts… %1 %")
                                    .arg(permille / 10));
                        },
                        Qt::QueuedConnection);
                };
                SegmentIndex(database).build(result.audienceId, indexing, cancel.get());
            }
            database->closeThreadConnection();
            return result;
        },
        [this](const AudienceImporter::Result &result) {
            m_result = result;
            m_finished = true;
            if (result.cancelled) {
                QWizard::reject();
                return;
            }
            if (!result.ok) {
                m_progressLabel->setText(result.errorString);
                Q_EMIT importFinished(false);
                return;
            }
            m_progress->setValue(1000);
            m_progressLabel->setText(tr("Done."));
            button(QWizard::NextButton)->setEnabled(true);
            Q_EMIT importFinished(true);
            if (m_cancel->load()) { // cancelled while the counts were being prepared
                QWizard::reject();
                return;
            }
            next();
        });
}

void ImportWizard::reject()
{
    if (m_job.isBusy()) {
        m_cancel->store(true);
        m_progressLabel->setText(tr("Cancelling…"));
        return; // the wizard closes itself once the worker has rolled back
    }
    QWizard::reject();
}

void ImportWizard::exportRejects()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the rejected rows"),
                                     QStringLiteral("rejets.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    CsvWriter writer(&file,
                     QLocale().language() == QLocale::French ? CsvWriter::Options::excelFrance()
                                                             : CsvWriter::Options());
    QString error;
    if (AudienceImporter::writeRejectReport(m_database, m_result.audienceId, m_result.importId,
                                            &writer, &error)
        < 0)
        QMessageBox::warning(this, windowTitle(), error);
}
