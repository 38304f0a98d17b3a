// SPDX-License-Identifier: GPL-3.0-or-later
#include "electionstore.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace {

ElectionStore::Election readElection(const QSqlQuery &query)
{
    ElectionStore::Election e;
    e.id = query.value(0).toLongLong();
    e.name = query.value(1).toString();
    e.firstRound = QDate::fromString(query.value(2).toString(), Qt::ISODate);
    e.secondRound = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    e.pollsClose = QTime::fromString(query.value(4).toString(), QStringLiteral("HH:mm"));
    if (!e.pollsClose.isValid())
        e.pollsClose = QTime(20, 0);
    e.spendingCapMc = query.value(5).toLongLong();
    e.sponsor = query.value(6).toString();
    e.sponsorContact = query.value(7).toString();
    return e;
}

const QLatin1String kColumns("id, name, first_round_date, second_round_date, polls_close_time, "
                             "COALESCE(spending_cap_mc, 0), sponsor, sponsor_contact");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

ElectionStore::ElectionStore(Database *database, QString actor)
    : m_database(database)
    , m_actor(std::move(actor))
{ }

QList<ElectionStore::Election> ElectionStore::list()
{
    QList<Election> elections;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM elections ORDER BY first_round_date, name")
                        .arg(kColumns))) {
        m_errorString = query.lastError().text();
        return elections;
    }
    while (query.next())
        elections.append(readElection(query));
    return elections;
}

std::optional<ElectionStore::Election> ElectionStore::findByName(const QString &name)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM elections WHERE name = ?").arg(kColumns));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readElection(query);
}

QList<ElectionStore::Period> ElectionStore::silencePeriods(const Election &election)
{
    QList<Period> periods;
    const QTimeZone paris("Europe/Paris");
    const QTime close = election.pollsClose.isValid() ? election.pollsClose : QTime(20, 0);
    for (const QDate &round : {election.firstRound, election.secondRound}) {
        if (!round.isValid())
            continue;
        periods.append({QDateTime(round.addDays(-1), QTime(0, 0), paris).toUTC(),
                        QDateTime(round, QTime(0, 0), paris)
                            .addSecs(close.msecsSinceStartOfDay() / 1000)
                            .toUTC()});
    }
    return periods;
}

bool ElectionStore::validate(const Election &e)
{
    m_errorField = Field::None;
    const auto fail = [this](Field field, const QString &message) {
        m_errorField = field;
        m_errorString = message;
        return false;
    };
    if (e.name.trimmed().isEmpty())
        return fail(Field::Name, tr("An election needs a name."));
    if (!e.firstRound.isValid())
        return fail(Field::FirstRound,
                    tr("Give the date of the first round (YYYY-MM-DD): the electoral silence "
                       "starts at 00:00 the day before."));
    if (e.secondRound.isValid() && e.secondRound <= e.firstRound)
        return fail(
            Field::SecondRound,
            tr("The second round (%1) must come after the first (%2).")
                .arg(e.secondRound.toString(Qt::ISODate), e.firstRound.toString(Qt::ISODate)));
    if (!e.pollsClose.isValid())
        return fail(Field::PollsClose, tr("Give the time polls close as HH:MM (e.g. 20:00)."));
    if (e.spendingCapMc < 0)
        return fail(Field::SpendingCap, tr("The spending ceiling cannot be negative."));
    const std::optional<Election> same = findByName(e.name);
    if (same && same->id != e.id)
        return fail(Field::Name,
                    tr("An election named \"%1\" already exists.").arg(e.name.trimmed()));
    return true;
}

bool ElectionStore::mayChange(Database *database, const QString &actor, QString *errorString)
{
    const std::optional<UserAccount> user = UserAccount::find(database, actor, errorString);
    if (!user)
        return false;
    if (!user->mayAdminister()) {
        if (errorString)
            *errorString = tr("Only an administrator can change the election calendar.");
        return false;
    }
    return true;
}

bool ElectionStore::save(Election *e)
{
    e->name = e->name.trimmed();
    e->sponsor = e->sponsor.trimmed();
    e->sponsorContact = e->sponsorContact.trimmed();
    if (!validate(*e))
        return false;
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        m_errorString = tr("Cannot save the election: %1").arg(transaction.errorString());
        return false;
    }
    const std::optional<UserAccount> user = UserAccount::find(m_database, m_actor, &m_errorString);
    if (!user)
        return false;
    if (!user->mayAdminister()) {
        m_errorString = tr("Only an administrator can change the election calendar.");
        return false;
    }
    QSqlQuery query(db);
    const bool adding = e->id <= 0;
    QString sql = adding
        ? QStringLiteral("INSERT INTO elections (name, first_round_date, second_round_date, "
                         "polls_close_time, spending_cap_mc, sponsor, sponsor_contact, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        : QStringLiteral("UPDATE elections SET name = ?, first_round_date = ?, "
                         "second_round_date = ?, polls_close_time = ?, spending_cap_mc = ?, "
                         "sponsor = ?, sponsor_contact = ? WHERE id = ?");
    if (adding && m_database->isPostgreSql())
        sql += QStringLiteral(" RETURNING id");
    query.prepare(sql);
    query.addBindValue(e->name);
    query.addBindValue(dateOrNull(e->firstRound));
    query.addBindValue(dateOrNull(e->secondRound));
    query.addBindValue(e->pollsClose.toString(QStringLiteral("HH:mm")));
    query.addBindValue(e->spendingCapMc > 0 ? QVariant(e->spendingCapMc)
                                            : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(textOrNull(e->sponsor));
    query.addBindValue(textOrNull(e->sponsorContact));
    query.addBindValue(adding ? QVariant(QDateTime::currentMSecsSinceEpoch()) : QVariant(e->id));
    if (!query.exec() || (!adding && query.numRowsAffected() != 1)) {
        m_errorString = query.lastError().isValid()
            ? tr("Cannot save the election: %1").arg(query.lastError().text())
            : tr("This election no longer exists.");
        return false;
    }
    if (adding)
        e->id = m_database->isPostgreSql() ? (query.next() ? query.value(0).toLongLong() : 0)
                                           : query.lastInsertId().toLongLong();
    const QJsonObject details {
        {QStringLiteral("name"), e->name},
        {QStringLiteral("first_round"), e->firstRound.toString(Qt::ISODate)},
        {QStringLiteral("second_round"), e->secondRound.toString(Qt::ISODate)},
        {QStringLiteral("polls_close"), e->pollsClose.toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("spending_cap_mc"), e->spendingCapMc},
        {QStringLiteral("sponsor"), e->sponsor},
        {QStringLiteral("sponsor_contact"), e->sponsorContact}};
    if (!AuditLog::append(m_database, m_actor,
                          adding ? QStringLiteral("election.create")
                                 : QStringLiteral("election.edit"),
                          QStringLiteral("election"), e->id, details, &m_errorString, user->id))
        return false;
    if (!transaction.commit()) {
        m_errorString = transaction.errorString();
        return false;
    }
    return true;
}
