// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentproof.h"

#include "audience/phonenormalizer.h"
#include "consent/consentledger.h"
#include "consent/suppressionlist.h"
#include "reports/exporter.h"
#include "storage/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Reports {

namespace {

using Consent::Ledger;

// The columns every proof query selects, in this order.
const QString kColumns = QStringLiteral(
    "SELECT e.phone, e.at, e.event, COALESCE(e.audience_name, a.name), a.broker, i.file_name, "
    "i.file_sha256, COALESCE(i.finished_at, i.started_at), e.text_sent, e.text_received, "
    "e.provider_message_id, e.message_id, e.actor, u.display_name, e.note ");
// Where each event's number came from: its contact in the event's audience and that contact's
// import (UNIQUE (audience_id, phone) answers the join).
const QString kJoins = QStringLiteral(
    "FROM consent_events e LEFT JOIN audiences a ON a.id = e.audience_id "
    "LEFT JOIN contacts c ON c.audience_id = e.audience_id AND c.phone = e.phone "
    "LEFT JOIN imports i ON i.id = c.import_id LEFT JOIN users u ON u.id = e.user_id ");

// One number's events, and the own-proof records of the audiences it belongs to (the party's
// proof for every contact, phone "*").
const QString kNumberScope =
    QStringLiteral("WHERE e.phone = ? OR (e.phone = '*' AND e.event = 'own_proof' AND EXISTS "
                   "(SELECT 1 FROM contacts o WHERE o.audience_id = e.audience_id AND o.phone = "
                   "?)) ");
// Every event of every number of the audience (the numbers of its contacts, and those its
// events name, kept after a purge), whatever audience the event was recorded under: a number's
// state follows from all its events. Plus the audience's own-proof records.
const QString kAudienceScope = QStringLiteral(
    "WHERE e.phone IN (SELECT s.phone FROM contacts s WHERE s.audience_id = ? UNION SELECT "
    "x.phone FROM consent_events x WHERE x.audience_id = ? AND x.phone <> '*') OR (e.phone = '*' "
    "AND e.audience_id = ?) ");

// The state an override or a correction set: the ledger stores it at the head of the note
// ("granted" or "granted: called back").
QString overrideTarget(const QString &note)
{
    const qsizetype colon = note.indexOf(QLatin1Char(':'));
    return (colon < 0 ? note : note.left(colon)).trimmed();
}

} // namespace

QStringList ConsentProof::header(const QString &zoneName)
{
    return {tr("Number"),
            tr("Time (%1)").arg(zoneName),
            tr("Event"),
            tr("Event code"),
            tr("State after the event"),
            tr("State code"),
            tr("Audience"),
            tr("Broker"),
            tr("Source file"),
            tr("Source file SHA-256"),
            tr("Imported (%1)").arg(zoneName),
            tr("Text sent"),
            tr("Text received"),
            tr("Provider message id"),
            tr("Tribune message id"),
            tr("Recorded by"),
            tr("Note")};
}

QString ConsentProof::normalizePhone(Database *database, const QString &number, qint64 audienceId,
                                     QString *errorString)
{
    QString region = QStringLiteral("FR");
    QSqlQuery query(database->connection());
    if (audienceId > 0) {
        query.prepare(QStringLiteral("SELECT default_region FROM audiences WHERE id = ?"));
        query.addBindValue(audienceId);
        if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
            region = query.value(0).toString();
    }
    const PhoneNormalizer::Result result = PhoneNormalizer(region).normalize(number.trimmed());
    if (result.isValid)
        return result.e164;
    if (!result.e164.isEmpty()) {
        // Not a valid number, but the ledger may hold it (numbers of fiction, a plan changed).
        query.prepare(QStringLiteral("SELECT 1 FROM consent_events WHERE phone = ?"));
        query.addBindValue(result.e164);
        if (query.exec() && query.next())
            return result.e164;
    }
    Consent::SuppressionList list(database);
    const QString phone = list.normalize(number);
    if (phone.isEmpty() && errorString)
        *errorString = list.errorString();
    return phone;
}

ExportResult exportConsentProof(Database *database, const ExportRequest &request,
                                const Progress &progress)
{
    ExportResult failed;
    failed.path = request.path;
    const bool byNumber = !request.phone.trimmed().isEmpty();
    if (!byNumber && request.audienceId <= 0) {
        failed.errorString =
            ConsentProof::tr("A consent proof needs a phone number or an audience.");
        return failed;
    }
    QSqlDatabase db = database->connection();
    QString phone;
    if (byNumber) {
        phone = ConsentProof::normalizePhone(database, request.phone, request.audienceId,
                                             &failed.errorString);
        if (phone.isEmpty())
            return failed;
    } else {
        QSqlQuery audience(db);
        audience.prepare(QStringLiteral("SELECT 1 FROM audiences WHERE id = ?"));
        audience.addBindValue(request.audienceId);
        if (!audience.exec()) {
            failed.errorString = ConsentProof::tr("Cannot read the consent ledger: %1")
                                     .arg(audience.lastError().text());
            return failed;
        }
        if (!audience.next()) {
            failed.errorString =
                ConsentProof::tr("There is no audience with id %1.").arg(request.audienceId);
            return failed;
        }
    }
    const auto bind = [&](QSqlQuery &query) {
        if (byNumber) {
            query.addBindValue(phone);
            query.addBindValue(phone);
        } else {
            query.addBindValue(request.audienceId);
            query.addBindValue(request.audienceId);
            query.addBindValue(request.audienceId);
        }
    };
    const QString scope = byNumber ? kNumberScope : kAudienceScope;

    // The total, for the progress bar: the same scope, without the joins.
    qint64 total = 0;
    {
        QSqlQuery count(db);
        count.prepare(QStringLiteral("SELECT COUNT(*) FROM consent_events e ") + scope);
        bind(count);
        if (!count.exec() || !count.next()) {
            failed.errorString = ConsentProof::tr("Cannot read the consent ledger: %1")
                                     .arg(count.lastError().text());
            return failed;
        }
        total = count.value(0).toLongLong();
    }

    TimestampFormatter times;
    return writeCsvFile(
        request.path, request.format, ConsentProof::header(times.zoneName()),
        [&](CsvWriter &writer) {
            ExportResult result;
            QSqlQuery query(db);
            query.setForwardOnly(true);
            query.prepare(kColumns + kJoins + scope + QStringLiteral("ORDER BY e.phone, e.id"));
            bind(query);
            if (!query.exec()) {
                result.errorString = ConsentProof::tr("Cannot read the consent ledger: %1")
                                         .arg(query.lastError().text());
                return result;
            }
            const QString everyContact = ConsentProof::tr("* (every contact of the audience)");
            QString currentPhone;
            QString state; // of currentPhone, after the events written so far
            QStringList row;
            row.reserve(17);
            while (query.next()) {
                const QString number = query.value(0).toString();
                const QString eventKey = query.value(2).toString();
                const std::optional<Ledger::Event> event = Ledger::eventFromKey(eventKey);
                const QString note = query.value(14).toString();
                const bool wholeAudience = number == QLatin1String("*");
                if (number != currentPhone) {
                    currentPhone = number;
                    state.clear();
                }
                if (!wholeAudience && event)
                    state = Ledger::nextState(state, *event, overrideTarget(note));
                const qint64 messageId = query.value(11).toLongLong();
                QString recordedBy = query.value(12).toString();
                const QString displayName = query.value(13).toString();
                if (!displayName.isEmpty() && displayName != recordedBy)
                    recordedBy += QStringLiteral(" (%1)").arg(displayName);
                row.clear();
                row << (wholeAudience ? everyContact : number)
                    << times.format(query.value(1).toLongLong())
                    << (event ? Ledger::eventLabel(*event) : eventKey) << eventKey
                    << (wholeAudience ? QString() : Ledger::stateLabel(state))
                    << (wholeAudience ? QString()
                                      : (state.isEmpty() ? QStringLiteral("unknown") : state))
                    << query.value(3).toString() << query.value(4).toString()
                    << query.value(5).toString() << query.value(6).toString()
                    << times.format(query.value(7).toLongLong()) << query.value(8).toString()
                    << query.value(9).toString() << query.value(10).toString()
                    << (messageId > 0 ? QString::number(messageId) : QString()) << recordedBy
                    << note;
                if (!writer.writeRow(row)) {
                    result.errorString = writer.errorString();
                    return result;
                }
                ++result.rows;
                if (progress && result.rows % ProgressEveryRows == 0
                    && !progress(result.rows, total)) {
                    result.cancelled = true;
                    return result;
                }
            }
            if (query.lastError().isValid()) {
                result.errorString = ConsentProof::tr("Cannot read the consent ledger: %1")
                                         .arg(query.lastError().text());
                return result;
            }
            if (progress)
                progress(result.rows, total);
            return result;
        });
}

} // namespace Reports
