// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

class Database;

// The election calendar (table elections): the rounds' dates decide the electoral silence
// (Code électoral L49, Outbox::isSilence) and the spending ceiling (L52-11) is shared by every
// campaign of the election. Only an administrator changes it; every change is audited. Use in
// one thread.
class ElectionStore final
{
    Q_DECLARE_TR_FUNCTIONS(ElectionStore)
public:
    struct Election
    {
        qint64 id = 0;
        QString name;
        QDate firstRound;
        QDate secondRound; // invalid: a single round
        QTime pollsClose = QTime(20, 0);
        qint64 spendingCapMc = 0; // 0: no ceiling recorded
        // Who pays for and answers for the election's messages (candidate or list and their
        // mandataire financier) and how to reach them (postal or e-mail address): the
        // transparency record of political messages (Regulation (EU) 2024/900). Empty: not given.
        QString sponsor;
        QString sponsorContact;
    };

    // What the last error is about, for a form to show it next to the field.
    enum class Field { None, Name, FirstRound, SecondRound, PollsClose, SpendingCap };

    // When the electoral silence (Code électoral L49) holds for this election: for each
    // round, from 00:00 the day before until polls close on the day, Europe/Paris (UTC
    // instants, first round first).
    struct Period
    {
        QDateTime from;
        QDateTime until;
    };
    static QList<Period> silencePeriods(const Election &election);

    ElectionStore(Database *database, QString actor);

    QList<Election> list();
    std::optional<Election> findByName(const QString &name);
    // Inserts (sets election->id) or updates by id; false with errorString() for an invalid
    // election (no name, no first round, a second round not after the first, a name taken) or
    // when the actor may not change the calendar (not an administrator, once accounts exist).
    bool save(Election *election);
    // Anyone on a database without user accounts, otherwise an enabled administrator; false
    // with *errorString saying so.
    static bool mayChange(Database *database, const QString &actor, QString *errorString);
    QString errorString() const { return m_errorString; }
    Field errorField() const { return m_errorField; }

private:
    bool validate(const Election &election);

    Database *m_database;
    QString m_actor;
    QString m_errorString;
    Field m_errorField = Field::None;
};
