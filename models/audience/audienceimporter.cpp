// SPDX-License-Identifier: GPL-3.0-or-later
#include "audienceimporter.h"

#include "audience/phonenormalizer.h"
#include "audience/sensitivecolumns.h"
#include "reports/csvwriter.h"
#include "storage/bulkinserter.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <unordered_set>
#include <vector>

namespace {

// Reads through to a file while hashing every byte, so the checksum costs no second pass.
class HashingDevice final : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *source)
        : m_source(source)
        , m_hash(QCryptographicHash::Sha256)
    { }
    bool isSequential() const override { return true; }
    qint64 size() const override { return m_source->size(); }
    QByteArray hash() const { return m_hash.result().toHex(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = m_source->read(data, maxSize);
        if (n > 0)
            m_hash.addData(QByteArrayView(data, n));
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QCryptographicHash m_hash;
};

// E.164 "+33612345678" as the integer 33612345678: compact keys for millions of numbers.
quint64 phoneKey(QStringView e164)
{
    quint64 key = 0;
    for (const QChar c : e164) {
        if (c.isDigit())
            key = key * 10 + quint64(c.unicode() - u'0');
    }
    return key;
}

std::vector<quint64> sortedKeys(QSqlQuery &query)
{
    std::vector<quint64> keys;
    while (query.next())
        keys.push_back(phoneKey(query.value(0).toString()));
    std::sort(keys.begin(), keys.end());
    return keys;
}

bool contains(const std::vector<quint64> &sorted, quint64 key)
{
    return std::binary_search(sorted.begin(), sorted.end(), key);
}

} // namespace

AudienceImporter::AudienceImporter(Database *database, QString actor)
    : m_database(database)
    , m_actor(actor.isEmpty() ? Database::localActor() : std::move(actor))
{ }

QString AudienceImporter::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("invalid_number"))
        return tr("Invalid number");
    if (reason == QLatin1String("fixed_line"))
        return tr("Fixed line (cannot receive SMS)");
    if (reason == QLatin1String("not_mobile"))
        return tr("Not a mobile number");
    if (reason == QLatin1String("duplicate"))
        return tr("Duplicate");
    if (reason == QLatin1String("suppressed"))
        return tr("On the suppression list");
    if (reason == QLatin1String("malformed_row"))
        return tr("Malformed row");
    if (reason == QLatin1String("bad_encoding"))
        return tr("Bad encoding");
    return reason;
}

qint64 AudienceImporter::writeRejectReport(Database *database, qint64 audienceId, qint64 importId,
                                           CsvWriter *writer, QString *errorString)
{
    const bool wholeAudience = importId == 0;
    QStringList header = {tr("Row"), tr("Value"), tr("Reason"), tr("Detail")};
    if (wholeAudience)
        header.prepend(tr("File")); // several files: say which one each row comes from
    writer->writeRow(header);
    QSqlQuery query(database->connection());
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT i.file_name, r.row_number, r.raw_value, r.reason, r.detail "
                       "FROM import_rejects r JOIN imports i ON i.id = r.import_id "
                       "WHERE %1 = ? ORDER BY r.import_id, r.row_number")
            .arg(wholeAudience ? QStringLiteral("i.audience_id") : QStringLiteral("r.import_id")));
    query.addBindValue(wholeAudience ? audienceId : importId);
    if (!query.exec()) {
        *errorString = query.lastError().text();
        return -1;
    }
    qint64 rows = 0;
    while (query.next()) {
        QStringList cells = {query.value(1).toString(), query.value(2).toString(),
                             reasonLabel(query.value(3).toString()), query.value(4).toString()};
        if (wholeAudience)
            cells.prepend(query.value(0).toString());
        writer->writeRow(cells);
        ++rows;
    }
    if (!writer->flush()) {
        *errorString = writer->errorString();
        return -1;
    }
    return rows;
}

AudienceImporter::Preview
AudienceImporter::preview(const QString &filePath, const std::optional<CsvReader::Dialect> &dialect,
                          int rowCount)
{
    Preview preview;
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        preview.errorString = tr("Cannot open %1: %2").arg(filePath, file.errorString());
        return preview;
    }
    preview.fileSize = file.size();
    CsvReader::Options options;
    options.dialect = dialect ? *dialect : CsvReader::sniff(&file);
    preview.dialect = options.dialect;
    CsvReader reader(&file, options);
    while (preview.rows.size() < rowCount) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::Header) {
            preview.header = reader.header();
        } else if (status == CsvReader::Status::Record) {
            QStringList row;
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                row.append(reader.text(i));
            preview.rows.append(row);
        } else if (status == CsvReader::Status::Problem) {
            continue;
        } else if (status == CsvReader::Status::Error) {
            preview.errorString = reader.errorString();
            return preview;
        } else {
            break;
        }
    }
    preview.mapping = preview.header.isEmpty() ? ColumnMapping::guessFromValues(preview.rows)
                                               : ColumnMapping::guess(preview.header);
    preview.ok = true;
    return preview;
}

AudienceImporter::Result AudienceImporter::run(const Options &options,
                                               const ProgressCallback &progress,
                                               const std::atomic_bool *cancel)
{
    Result result;
    QElapsedTimer timer;
    timer.start();
    const auto fail = [&result](const QString &message) {
        result.errorString = message;
        return result;
    };
    if (options.audienceName.trimmed().isEmpty())
        return fail(tr("Give the audience a name."));

    QFile file(options.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot open %1: %2").arg(options.filePath, file.errorString()));
    CsvReader::Options readerOptions;
    readerOptions.dialect = options.dialect ? *options.dialect : CsvReader::sniff(&file);
    result.dialect = readerOptions.dialect;
    HashingDevice hashing(&file);
    if (!hashing.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1.").arg(options.filePath));
    CsvReader reader(&hashing, readerOptions);
    const PhoneNormalizer normalizer(options.region);

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive())
        return fail(tr("Cannot start the import: %1").arg(transaction.errorString()));
    QSqlQuery query(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString name = options.audienceName.trimmed();

    // The audience: found for a re-import, created otherwise.
    query.prepare(
        QStringLiteral("SELECT id, origin FROM audiences WHERE name = ? AND purged_at IS NULL"));
    query.addBindValue(name);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.next()) {
        result.audienceId = query.value(0).toLongLong();
        result.reimport = true;
    } else {
        QString sql = QStringLiteral(
            "INSERT INTO audiences (name, origin, broker, consent_terms, default_region, "
            "election_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        if (m_database->isPostgreSql())
            sql += QStringLiteral(" RETURNING id");
        query.prepare(sql);
        query.addBindValue(name);
        query.addBindValue(options.rented ? QStringLiteral("rented") : QStringLiteral("own"));
        query.addBindValue(options.broker.trimmed());
        query.addBindValue(options.consentTerms.trimmed());
        query.addBindValue(options.region);
        query.addBindValue(options.electionId > 0 ? QVariant(options.electionId)
                                                  : QVariant(QMetaType(QMetaType::LongLong)));
        query.addBindValue(now);
        if (!query.exec())
            return fail(tr("Cannot create the audience: %1").arg(query.lastError().text()));
        result.audienceId = m_database->isPostgreSql()
            ? (query.next() ? query.value(0).toLongLong() : 0)
            : query.lastInsertId().toLongLong();
    }

    {
        QString sql = QStringLiteral(
            "INSERT INTO imports (audience_id, file_name, file_size, encoding, delimiter, "
            "state, started_at) VALUES (?, ?, ?, ?, ?, 'running', ?)");
        if (m_database->isPostgreSql())
            sql += QStringLiteral(" RETURNING id");
        query.prepare(sql);
        query.addBindValue(result.audienceId);
        query.addBindValue(QFileInfo(options.filePath).fileName());
        query.addBindValue(file.size());
        query.addBindValue(CsvReader::encodingName(readerOptions.dialect.encoding));
        query.addBindValue(readerOptions.dialect.delimiter == '\t'
                               ? QStringLiteral("tab")
                               : QString(QLatin1Char(readerOptions.dialect.delimiter)));
        query.addBindValue(now);
        if (!query.exec())
            return fail(query.lastError().text());
        result.importId = m_database->isPostgreSql()
            ? (query.next() ? query.value(0).toLongLong() : 0)
            : query.lastInsertId().toLongLong();
    }

    // Numbers that must never be stored as sendable, and those the audience already has.
    if (!query.exec(QStringLiteral("SELECT phone FROM suppressions")))
        return fail(query.lastError().text());
    const std::vector<quint64> suppressed = sortedKeys(query);
    query.prepare(QStringLiteral("SELECT phone FROM contacts WHERE audience_id = ?"));
    query.addBindValue(result.audienceId);
    if (!query.exec())
        return fail(query.lastError().text());
    const std::vector<quint64> existing = sortedKeys(query);
    query.finish();
    std::unordered_set<quint64> seen;
    seen.reserve(size_t(qMax<qint64>(1024, file.size() / 40)));

    BulkInserter contacts(
        db, QStringLiteral("contacts"), ColumnMapping::contactInsertColumns(),
        QStringLiteral(
            "ON CONFLICT (audience_id, phone) DO UPDATE SET line_type = excluded.line_type, "
            "first_name = excluded.first_name, last_name = excluded.last_name, "
            "postal_code = excluded.postal_code, commune = excluded.commune, "
            "department = excluded.department, age_bracket = excluded.age_bracket, "
            "opt_in_date = excluded.opt_in_date, attributes = excluded.attributes, "
            "import_id = excluded.import_id, source_row = excluded.source_row, "
            "updated_at = excluded.updated_at"));
    BulkInserter rejects(db, QStringLiteral("import_rejects"),
                         {QStringLiteral("import_id"), QStringLiteral("row_number"),
                          QStringLiteral("raw_value"), QStringLiteral("reason"),
                          QStringLiteral("detail")});
    const auto reject = [&](qint64 row, const QString &raw, const char *reason,
                            const QString &detail) {
        return rejects.addRow({result.importId, row, raw.left(500), QLatin1String(reason), detail});
    };

    // Rows read before the mapping is known (files without a header row: the mapping is
    // guessed from the first rows' values).
    struct PendingRow
    {
        qint64 rowNumber;
        QStringList fields;
    };
    std::optional<ColumnMapping> mapping = options.mapping;
    QList<PendingRow> pending;
    int columnOf[int(ColumnMapping::Field::Attribute) + 1];
    QList<QPair<int, QString>> attributeColumns;
    const auto prepareMapping = [&]() -> bool {
        QString error;
        if (!mapping->isValid(&error)) {
            result.errorString = tr("The columns of this file cannot be used: %1").arg(error);
            return false;
        }
        for (int &c : columnOf)
            c = -1;
        attributeColumns.clear();
        for (const ColumnMapping::Column &column : mapping->columns) {
            if (column.field == ColumnMapping::Field::Attribute)
                attributeColumns.append({column.index, column.attributeName});
            else if (column.field != ColumnMapping::Field::Ignore)
                columnOf[int(column.field)] = column.index;
        }
        return true;
    };
    const auto value = [&](const QStringList &fields, ColumnMapping::Field field) -> QVariant {
        const int c = columnOf[int(field)];
        if (c < 0 || c >= fields.size())
            return QVariant(QMetaType(QMetaType::QString));
        const QString text = fields.at(c).trimmed();
        return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
    };
    const auto processRow = [&](qint64 rowNumber, const QStringList &fields) -> bool {
        const int phoneColumn = columnOf[int(ColumnMapping::Field::Phone)];
        const QString raw = phoneColumn < fields.size() ? fields.at(phoneColumn) : QString();
        const PhoneNormalizer::Result number = normalizer.normalize(raw);
        switch (number.rejection()) {
        case PhoneNormalizer::Rejection::InvalidNumber:
            ++result.invalid;
            return reject(rowNumber, raw, "invalid_number", number.rejectionText());
        case PhoneNormalizer::Rejection::FixedLine:
            ++result.fixedLine;
            return reject(rowNumber, raw, "fixed_line", number.rejectionText());
        case PhoneNormalizer::Rejection::NotMobile:
            ++result.notMobile;
            return reject(rowNumber, raw, "not_mobile", number.rejectionText());
        case PhoneNormalizer::Rejection::None:
            break;
        }
        const quint64 key = phoneKey(number.e164);
        if (!seen.insert(key).second) {
            ++result.duplicates;
            return reject(rowNumber, raw, "duplicate", number.e164);
        }
        if (contains(suppressed, key)) {
            ++result.suppressed;
            return reject(rowNumber, raw, "suppressed", number.e164);
        }
        if (contains(existing, key))
            ++result.updated;
        else
            ++result.imported;
        QJsonObject attributes;
        for (const auto &[index, attribute] : std::as_const(attributeColumns)) {
            if (index < fields.size() && !fields.at(index).trimmed().isEmpty())
                attributes.insert(attribute, fields.at(index).trimmed());
        }
        const QString postal = value(fields, ColumnMapping::Field::PostalCode).toString();
        QVariant department = value(fields, ColumnMapping::Field::Department);
        if (department.isNull() && postal.size() == 5 && postal.at(0).isDigit())
            department = postal.startsWith(QLatin1String("97")) ? postal.left(3) : postal.left(2);
        const QString lineType = number.type == PhoneNormalizer::NumberType::Mobile
            ? QStringLiteral("mobile")
            : QStringLiteral("fixed_line_or_mobile");
        return contacts.addRow({result.audienceId, number.e164, lineType,
                                value(fields, ColumnMapping::Field::FirstName),
                                value(fields, ColumnMapping::Field::LastName),
                                value(fields, ColumnMapping::Field::PostalCode),
                                value(fields, ColumnMapping::Field::Commune), department,
                                value(fields, ColumnMapping::Field::AgeBracket),
                                value(fields, ColumnMapping::Field::OptInDate),
                                attributes.isEmpty()
                                    ? QVariant(QMetaType(QMetaType::QString))
                                    : QVariant(QString::fromUtf8(
                                        QJsonDocument(attributes).toJson(QJsonDocument::Compact))),
                                result.importId, rowNumber, now, now});
    };

    bool mappingReady = mapping && prepareMapping();
    if (mapping && !mappingReady)
        return result;
    const auto flushPending = [&]() -> bool {
        if (!mapping) {
            QList<QStringList> sample;
            for (const PendingRow &row : std::as_const(pending))
                sample.append(row.fields);
            mapping = ColumnMapping::guessFromValues(sample);
        }
        if (!prepareMapping())
            return false;
        mappingReady = true;
        for (const PendingRow &row : std::as_const(pending)) {
            if (!processRow(row.rowNumber, row.fields))
                return false;
        }
        pending.clear();
        return true;
    };

    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::End)
            break;
        if (status == CsvReader::Status::Error)
            return fail(tr("Reading %1 failed: %2").arg(options.filePath, reader.errorString()));
        if (status == CsvReader::Status::Header) {
            if (!mapping) {
                mapping = ColumnMapping::guess(reader.header());
                if (!prepareMapping())
                    return result;
                mappingReady = true;
            }
            continue;
        }
        ++result.rows;
        bool ok = true;
        if (status == CsvReader::Status::Problem) {
            const CsvReader::Problem &problem = reader.problem();
            const bool encoding = CsvReader::isEncodingProblem(problem.reason);
            ++(encoding ? result.badEncoding : result.malformed);
            ok = reject(problem.rowNumber, problem.rawText,
                        encoding ? "bad_encoding" : "malformed_row", problem.message);
        } else {
            QStringList fields;
            fields.reserve(reader.fieldCount());
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                fields.append(reader.text(i));
            if (!mappingReady) {
                pending.append({reader.rowNumber(), fields});
                if (pending.size() >= 50)
                    ok = flushPending();
            } else {
                ok = processRow(reader.rowNumber(), fields);
            }
        }
        if (!ok)
            return fail(result.errorString.isEmpty()
                            ? tr("Saving the contacts failed: %1")
                                  .arg(contacts.errorString().isEmpty() ? rejects.errorString()
                                                                        : contacts.errorString())
                            : result.errorString);
        if ((result.rows & 4095) == 0) {
            if (cancel && cancel->load()) {
                result.cancelled = true;
                return fail(tr("The import was cancelled: nothing was saved."));
            }
            if (progress)
                progress({reader.bytesConsumed(), reader.totalSize(), result.rows});
        }
    }
    if (!mappingReady && !flushPending())
        return result;
    if (!mapping)
        mapping = ColumnMapping();
    result.mapping = *mapping;
    if (!contacts.flush() || !rejects.flush())
        return fail(tr("Saving the contacts failed: %1")
                        .arg(contacts.errorString().isEmpty() ? rejects.errorString()
                                                              : contacts.errorString()));

    // The audience's own columns, usable in filters and merge fields; sensitive names flagged.
    for (int position = 0; position < mapping->columns.size(); ++position) {
        const ColumnMapping::Column &column = mapping->columns.at(position);
        if (column.field != ColumnMapping::Field::Attribute)
            continue;
        query.prepare(QStringLiteral(
            "INSERT INTO audience_columns (audience_id, name, label, position, is_sensitive) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (audience_id, name) DO NOTHING"));
        query.addBindValue(result.audienceId);
        query.addBindValue(column.attributeName);
        query.addBindValue(column.header.isEmpty() ? column.attributeName : column.header);
        query.addBindValue(position);
        query.addBindValue(SensitiveColumns::looksSensitive(column.attributeName) ? 1 : 0);
        if (!query.exec())
            return fail(query.lastError().text());
    }

    // Retention: the election's last round (or today) plus the configured delay.
    QDate base = QDate::currentDate();
    if (options.electionId > 0) {
        query.prepare(QStringLiteral(
            "SELECT COALESCE(second_round_date, first_round_date) FROM elections WHERE id = ?"));
        query.addBindValue(options.electionId);
        if (query.exec() && query.next()) {
            const QDate round = QDate::fromString(query.value(0).toString(), Qt::ISODate);
            if (round.isValid())
                base = round;
        }
    }
    const qint64 retention =
        base.addDays(options.retentionDays).startOfDay(Qt::UTC).toMSecsSinceEpoch();
    query.prepare(QStringLiteral(
        "UPDATE audiences SET contact_count = contact_count + ?, retention_until = ?, "
        "broker = COALESCE(NULLIF(?, ''), broker), "
        "consent_terms = COALESCE(NULLIF(?, ''), consent_terms) WHERE id = ?"));
    query.addBindValue(result.imported);
    query.addBindValue(retention);
    query.addBindValue(options.broker.trimmed());
    query.addBindValue(options.consentTerms.trimmed());
    query.addBindValue(result.audienceId);
    if (!query.exec())
        return fail(query.lastError().text());

    result.sha256 = QString::fromLatin1(hashing.hash());
    query.prepare(QStringLiteral("UPDATE imports SET state = 'done', finished_at = ?, file_sha256 "
                                 "= ?, rows_total = ?, rows_imported = ?, "
                                 "rows_updated = ?, duplicates = ?, invalid = ?, fixed_line = ?, "
                                 "not_mobile = ?, suppressed = ?, "
                                 "malformed = ?, bad_encoding = ? WHERE id = ?"));
    for (const QVariant &v :
         {QVariant(QDateTime::currentMSecsSinceEpoch()), QVariant(result.sha256),
          QVariant(result.rows), QVariant(result.imported), QVariant(result.updated),
          QVariant(result.duplicates), QVariant(result.invalid), QVariant(result.fixedLine),
          QVariant(result.notMobile), QVariant(result.suppressed), QVariant(result.malformed),
          QVariant(result.badEncoding), QVariant(result.importId)})
        query.addBindValue(v);
    if (!query.exec())
        return fail(query.lastError().text());

    const QJsonObject details {{QStringLiteral("file"), QFileInfo(options.filePath).fileName()},
                               {QStringLiteral("sha256"), result.sha256},
                               {QStringLiteral("rows"), result.rows},
                               {QStringLiteral("imported"), result.imported},
                               {QStringLiteral("updated"), result.updated},
                               {QStringLiteral("reimport"), result.reimport}};
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, 'audience.import', 'audience', ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(m_actor);
    query.addBindValue(result.audienceId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail(query.lastError().text());

    if (progress)
        progress({reader.bytesConsumed(), reader.totalSize(), result.rows});
    if (!transaction.commit())
        return fail(tr("Saving the import failed: %1").arg(transaction.errorString()));
    result.ok = true;
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}
