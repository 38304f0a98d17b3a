// SPDX-License-Identifier: GPL-3.0-or-later
#include "suppressionlist.h"

#include "audience/columnmapping.h"
#include "audience/csvreader.h"
#include "audience/importrowbuilder.h"
#include "audience/phonenormalizer.h"
#include "reports/recordexports.h"
#include "storage/auditlog.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

using namespace Consent;

namespace {

constexpr int kMaxRejects = 1000;
constexpr qint64 kCheckEvery = 4096; // rows between progress reports and cancel checks
constexpr int kReadingShare = 80; // % of the progress bar taken by reading the file

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// One audit_log row about the suppression list (caller's transaction, if any).
bool audit(Database *database, const QString &actor, qint64 userId, const QString &action,
           const QJsonObject &details, QString *errorString)
{
    return AuditLog::append(database, actor.isEmpty() ? database->actor() : actor, action,
                            QStringLiteral("suppression"), 0, details, errorString, userId);
}

// The smallest string greater than every string starting with `prefix` (phone numbers are
// ASCII): the upper end of a range scan on the primary key.
QString prefixEnd(const QString &prefix)
{
    QString end = prefix;
    end[end.size() - 1] = QChar(end.at(end.size() - 1).unicode() + 1);
    return end;
}

// A search prefix as far as it can be read: "06 12" -> "+33612", "0033 6" -> "+336".
QString searchPrefix(const QString &text, const PhoneNormalizer &normalizer)
{
    const PhoneNormalizer::Result full = normalizer.normalize(text);
    if (full.isValid)
        return full.e164;
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(QChar(u'0' + c.digitValue()));
    }
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('+')))
        return QLatin1Char('+') + digits;
    if (digits.startsWith(QLatin1String("00")))
        return QLatin1Char('+') + digits.mid(2);
    if (digits.startsWith(QLatin1Char('0'))) // national: the default region, France
        return QStringLiteral("+33") + digits.mid(1);
    return digits.isEmpty() ? QString() : QLatin1Char('+') + digits;
}

SuppressionList::Entry entryFrom(const QSqlQuery &query)
{
    SuppressionList::Entry entry;
    entry.phone = query.value(0).toString();
    entry.reason = query.value(1).toString();
    entry.source = query.value(2).toString();
    entry.note = query.value(3).toString();
    entry.addedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), Qt::UTC);
    entry.addedBy = query.value(5).toString();
    return entry;
}

const char kEntryColumns[] =
    "SELECT s.phone, s.reason, s.source, s.note, s.added_at, u.login FROM suppressions s "
    "LEFT JOIN users u ON u.id = s.added_by ";

} // namespace

SuppressionList::SuppressionList(Database *database)
    : m_database(database)
{ }

SuppressionList::~SuppressionList() = default;

bool SuppressionList::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

const PhoneNormalizer &SuppressionList::normalizer()
{
    if (!m_normalizer)
        m_normalizer = std::make_unique<PhoneNormalizer>(u"FR");
    return *m_normalizer;
}

std::optional<std::vector<quint64>> SuppressionList::knownNumbers(const std::vector<quint64> &keys)
{
    // Contacts through the audiences: they are indexed by (audience_id, phone) only. A few
    // hundred numbers a statement: one round trip each would cost seconds on a server.
    constexpr size_t kPerStatement = 500;
    std::vector<quint64> found;
    QSqlQuery query(m_database->connection());
    for (size_t first = 0; first < keys.size(); first += kPerStatement) {
        const size_t count = std::min(kPerStatement, keys.size() - first);
        const QString placeholders =
            QStringLiteral("?") + QStringLiteral(",?").repeated(qsizetype(count) - 1);
        query.prepare(QStringLiteral("SELECT c.phone FROM audiences a CROSS JOIN contacts c WHERE "
                                     "c.audience_id = a.id AND c.phone IN (%1) UNION SELECT phone "
                                     "FROM suppressions WHERE phone IN (%1)")
                          .arg(placeholders));
        for (int pass = 0; pass < 2; ++pass) {
            for (size_t i = first; i < first + count; ++i)
                query.addBindValue(QStringLiteral("+%1").arg(keys[i]));
        }
        if (!query.exec()) {
            fail(tr("Cannot look the numbers up: %1").arg(query.lastError().text()));
            return std::nullopt;
        }
        while (query.next())
            found.push_back(ImportRowBuilder::phoneKey(query.value(0).toString().toLatin1()));
    }
    std::sort(found.begin(), found.end());
    return found;
}

QString SuppressionList::normalize(const QString &number)
{
    const PhoneNormalizer::Result result = normalizer().normalize(number);
    if (result.isValid)
        return result.e164;
    if (!result.e164.isEmpty()) {
        const std::optional<std::vector<quint64>> known =
            knownNumbers({ImportRowBuilder::phoneKey(result.e164.toLatin1())});
        if (!known)
            return QString();
        if (!known->empty())
            return result.e164;
    }
    fail(tr("\"%1\" is not a phone number.").arg(number.trimmed()));
    return QString();
}

bool SuppressionList::add(const QString &number, const QString &actor, const QString &note,
                          const QString &reason, qint64 userId)
{
    const QString phone = normalize(number);
    if (phone.isEmpty())
        return false;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(transaction.errorString());
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO suppressions (phone, reason, source, note, added_at, added_by) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (phone) DO NOTHING"));
    insert.addBindValue(phone);
    insert.addBindValue(reason);
    insert.addBindValue(QVariant(QMetaType(QMetaType::QString)));
    insert.addBindValue(nullableText(note.trimmed()));
    insert.addBindValue(QDateTime::currentMSecsSinceEpoch());
    insert.addBindValue(nullableId(userId));
    if (!insert.exec())
        return fail(
            tr("Cannot add %1 to the suppression list: %2").arg(phone, insert.lastError().text()));
    if (insert.numRowsAffected() == 0)
        return true; // already listed: nothing changes, nothing to audit
    QString error;
    if (!audit(m_database, actor, userId, QStringLiteral("suppression.add"),
               {{QStringLiteral("phone"), phone},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("note"), note.trimmed()}},
               &error))
        return fail(error);
    return transaction.commit() || fail(transaction.errorString());
}

bool SuppressionList::contains(const QString &e164)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT 1 FROM suppressions WHERE phone = ?"));
    query.addBindValue(e164);
    if (!query.exec())
        return fail(query.lastError().text());
    return query.next();
}

std::optional<SuppressionList::Entry> SuppressionList::find(const QString &number)
{
    // Any number that reads as one, valid or not: a look-up decides nothing.
    const QString phone = normalizer().normalize(number).e164;
    if (phone.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_database->connection());
    query.prepare(QLatin1String(kEntryColumns) + QStringLiteral("WHERE s.phone = ?"));
    query.addBindValue(phone);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return entryFrom(query);
}

QList<SuppressionList::Entry> SuppressionList::search(const QString &prefix, const QString &after,
                                                      int limit)
{
    QList<Entry> entries;
    const QString from = searchPrefix(prefix, normalizer());
    QString sql = QLatin1String(kEntryColumns) + QStringLiteral("WHERE s.phone > ?");
    if (!from.isEmpty())
        sql += QStringLiteral(" AND s.phone >= ? AND s.phone < ?");
    sql += QStringLiteral(" ORDER BY s.phone LIMIT ?");
    QSqlQuery query(m_database->connection());
    query.prepare(sql);
    // A null QString would bind as NULL, and "phone > NULL" matches nothing.
    query.addBindValue(after.isNull() ? QStringLiteral("") : after);
    if (!from.isEmpty()) {
        query.addBindValue(from);
        query.addBindValue(prefixEnd(from));
    }
    query.addBindValue(qMax(0, limit));
    if (!query.exec()) {
        fail(query.lastError().text());
        return entries;
    }
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

qint64 SuppressionList::count()
{
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM suppressions")) || !query.next()) {
        fail(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

SuppressionList::ImportResult
SuppressionList::importFile(const QString &path, const QString &source, const QString &actor,
                            const QString &reason, const Progress &progress,
                            const std::atomic_bool *cancel)
{
    ImportResult result;
    QElapsedTimer timer;
    timer.start();
    const auto finish = [&](const QString &error) {
        result.errorString = error;
        m_errorString = error;
        result.seconds = double(timer.elapsed()) / 1000;
        return result;
    };
    const auto cancelled = [&] {
        if (!cancel || !cancel->load())
            return false;
        result.cancelled = true;
        return true;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return finish(tr("Cannot open %1: %2").arg(path, file.errorString()));
    CsvReader::Options options;
    options.dialect = CsvReader::sniff(&file);
    options.expectedFieldCount = 0; // ragged rows are fine: only the phone column matters
    // A row that is not UTF-8 is read again as Windows-1252 from its reported bytes: all of them.
    options.maxReportedRawSize = options.maxRecordSize;
    CsvReader reader(&file, options);
    const qint64 total = qMax<qint64>(1, file.size());
    const PhoneNormalizer &phones = normalizer();

    // Rejected rows in file order, the first kMaxRejects of each kind: those known while
    // reading, and the numbers that are not valid but might be known (contacts' or listed
    // already; checked afterwards, a few hundred at a time).
    struct Reject
    {
        qint64 row = 0;
        QString message;
    };
    std::vector<Reject> rejects;
    size_t rejectCap = kMaxRejects;
    const auto reject = [&](qint64 row, const QString &message) {
        if (rejects.size() < rejectCap)
            rejects.push_back({row, message});
    };
    const auto notANumber = [](qint64 row, const QString &text) {
        return tr("row %1: \"%2\" is not a phone number").arg(row).arg(text.left(40));
    };
    struct Unknown
    {
        qint64 row = 0;
        quint64 key = 0;
        QString text; // for the first kMaxRejects only
    };
    std::vector<Unknown> unknown;
    int phoneColumn = -1;
    bool header = false;
    std::vector<quint64> keys;
    keys.reserve(size_t(qMin<qint64>(file.size() / 10, 50'000'000)));
    const auto addNumber = [&](qint64 row, const QString &field) {
        QString trimmed = field.trimmed();
        if (trimmed.startsWith(QLatin1Char('\'')))
            trimmed.remove(0, 1); // a spreadsheet's "text" mark, as CsvWriter writes "'+33..."
        const PhoneNormalizer::Result number = phones.normalize(trimmed);
        const quint64 key = ImportRowBuilder::phoneKey(number.e164.toLatin1());
        if (number.isValid) {
            keys.push_back(key);
        } else if (!number.e164.isEmpty()) {
            unknown.push_back(
                {row, key, unknown.size() < size_t(kMaxRejects) ? trimmed : QString()});
        } else {
            ++result.invalid;
            reject(row,
                   trimmed.isEmpty() ? tr("row %1: no phone number").arg(row)
                                     : notANumber(row, trimmed));
        }
    };

    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return finish(tr("Reading %1 failed: %2").arg(path, reader.errorString()));
        if (status == CsvReader::Status::Header) {
            header = true;
            phoneColumn = ColumnMapping::guess(reader.header()).phoneColumn();
            continue;
        }
        ++result.rows;
        if (result.rows % kCheckEvery == 0) {
            if (cancelled())
                return finish(tr("The import was cancelled."));
            if (progress)
                progress(reader.bytesConsumed() * kReadingShare / 100, total);
        }
        if (status == CsvReader::Status::Problem) {
            const CsvReader::Problem &problem = reader.problem();
            if (problem.reason == CsvReader::Reason::InvalidUtf8) {
                QBuffer buffer;
                buffer.setData(problem.raw);
                buffer.open(QIODevice::ReadOnly);
                CsvReader::Options latin1 = options;
                latin1.dialect.encoding = CsvReader::Encoding::Windows1252;
                latin1.dialect.hasHeader = false;
                CsvReader again(&buffer, latin1);
                if (again.readNext() == CsvReader::Status::Record) {
                    addNumber(problem.rowNumber, again.text(qMax(0, phoneColumn)));
                    continue;
                }
            }
            ++result.malformed;
            reject(problem.rowNumber, tr("row %1: %2").arg(problem.rowNumber).arg(problem.message));
            continue;
        }
        if (phoneColumn < 0) {
            // No header, or none naming the phone: the first column that holds a number on the
            // first row. Without a header, a first row of words is one the sniffer did not know.
            bool words = !header;
            for (qsizetype i = 0; i < reader.fieldCount() && phoneColumn < 0; ++i) {
                const QString text = reader.text(i);
                if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); }))
                    words = false;
                if (phones.normalize(text).isValid)
                    phoneColumn = int(i);
            }
            if (phoneColumn < 0)
                phoneColumn = 0;
            if (words) {
                --result.rows;
                continue;
            }
        }
        addNumber(reader.rowNumber(), reader.text(phoneColumn));
    }

    if (!unknown.empty()) {
        std::vector<quint64> unknownKeys;
        unknownKeys.reserve(unknown.size());
        for (const Unknown &u : unknown)
            unknownKeys.push_back(u.key);
        const std::optional<std::vector<quint64>> known = knownNumbers(unknownKeys);
        if (!known)
            return finish(m_errorString);
        rejectCap += kMaxRejects;
        for (const Unknown &u : unknown) {
            if (std::binary_search(known->cbegin(), known->cend(), u.key)) {
                keys.push_back(u.key);
            } else {
                ++result.invalid;
                reject(u.row,
                       notANumber(u.row,
                                  u.text.isEmpty() ? QStringLiteral("+%1").arg(u.key) : u.text));
            }
        }
    }
    std::stable_sort(rejects.begin(), rejects.end(),
                     [](const Reject &a, const Reject &b) { return a.row < b.row; });
    for (size_t i = 0; i < rejects.size() && i < size_t(kMaxRejects); ++i)
        result.rejects.append(rejects[i].message);
    std::sort(keys.begin(), keys.end());
    const qint64 numbers = qint64(std::unique(keys.begin(), keys.end()) - keys.begin());
    result.duplicates = qint64(keys.size()) - numbers;
    keys.resize(size_t(numbers));
    if (cancelled())
        return finish(tr("The import was cancelled."));

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return finish(tr("Cannot start the import: %1").arg(transaction.errorString()));
    // The numbers go to a temporary table first, one bound value each; one statement then
    // moves them with the import's reason, source and time (binding those for every row cost
    // twice as much as the whole move).
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("CREATE TEMPORARY TABLE suppression_import (phone TEXT NOT NULL)")))
        return finish(tr("Saving the numbers failed: %1").arg(query.lastError().text()));
    BulkInserter insert(db, QStringLiteral("suppression_import"), {QStringLiteral("phone")});
    for (qint64 i = 0; i < numbers; ++i) {
        if (i % kCheckEvery == 0 && i > 0) {
            if (cancelled())
                return finish(tr("The import was cancelled."));
            if (progress)
                progress(total * kReadingShare / 100
                             + total * (100 - kReadingShare) / 100 * i / numbers,
                         total);
        }
        if (!insert.addRow({QStringLiteral("+%1").arg(keys[size_t(i)])}))
            return finish(tr("Saving the numbers failed: %1").arg(insert.errorString()));
    }
    if (!insert.flush())
        return finish(tr("Saving the numbers failed: %1").arg(insert.errorString()));
    // "WHERE true": SQLite's parser needs it before an upsert clause after a SELECT.
    query.prepare(QStringLiteral(
        "INSERT INTO suppressions (phone, reason, source, note, added_at) SELECT phone, ?, ?, ?, ? "
        "FROM suppression_import WHERE true ON CONFLICT (phone) DO NOTHING"));
    query.addBindValue(reason);
    query.addBindValue(nullableText(source.trimmed()));
    query.addBindValue(nullableText(QFileInfo(path).fileName()));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!query.exec())
        return finish(tr("Saving the numbers failed: %1").arg(query.lastError().text()));
    result.added = query.numRowsAffected();
    if (!query.exec(QStringLiteral("DROP TABLE suppression_import")))
        return finish(tr("Saving the numbers failed: %1").arg(query.lastError().text()));
    result.alreadyListed = numbers - result.added;

    QString error;
    if (!audit(m_database, actor, 0, QStringLiteral("suppression.import"),
               {{QStringLiteral("file"), QFileInfo(path).fileName()},
                {QStringLiteral("source"), source.trimmed()},
                {QStringLiteral("reason"), reason},
                {QStringLiteral("rows"), result.rows},
                {QStringLiteral("added"), result.added},
                {QStringLiteral("already_listed"), result.alreadyListed},
                {QStringLiteral("duplicates"), result.duplicates},
                {QStringLiteral("invalid"), result.invalid},
                {QStringLiteral("malformed"), result.malformed}},
               &error))
        return finish(error);
    if (cancelled())
        return finish(tr("The import was cancelled."));
    if (!transaction.commit())
        return finish(tr("Saving the numbers failed: %1").arg(transaction.errorString()));
    if (progress)
        progress(total, total);
    result.ok = true;
    m_errorString.clear();
    return finish(QString());
}

bool SuppressionList::exportCsv(const QString &path, const QString &actor, qint64 *rows)
{
    // In full: the list is read back by suppression import and by other tools. Numbers in full
    // are an administrator's export, as everywhere else (Reports::runExport).
    QString accountError;
    const std::optional<UserAccount> account = UserAccount::find(m_database, actor, &accountError);
    if (!account)
        return fail(accountError);
    if (!account->mayAdminister())
        return fail(tr("Only an administrator may export the suppression list with its numbers "
                       "in full; %1 is not one. Reports → Export writes it with masked numbers.")
                        .arg(actor));
    Reports::ExportRequest request;
    request.kind = Reports::ExportKind::Suppression;
    request.path = path;
    request.format = Reports::ExportFormat::standard();
    request.format.fullNumbers = true;
    const Reports::ExportResult result =
        Reports::RecordExports::suppressionList(m_database, request, {});
    if (!result.ok())
        return fail(result.errorString);
    const qint64 written = result.rows;
    QString error;
    if (!audit(m_database, actor, 0, QStringLiteral("suppression.export"),
               {{QStringLiteral("file"), QFileInfo(path).fileName()},
                {QStringLiteral("rows"), written}},
               &error))
        return fail(error);
    if (rows)
        *rows = written;
    return true;
}
