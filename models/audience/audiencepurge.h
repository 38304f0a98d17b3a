// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// Deletes the personal data of an audience once it may no longer be kept (its retention deadline;
// CNIL: canvassing data from a one-off message, about 2 months): its contacts and the raw values
// of its import rejects. What proves Tribune's lawful behaviour stays: the consent ledger, the
// suppression list (a STOP outlives every purge), the audit log, and the audience's provenance row,
// marked as purged.
class AudiencePurge final
{
    Q_DECLARE_TR_FUNCTIONS(AudiencePurge)
public:
    struct Candidate
    {
        qint64 audienceId = 0;
        QString name;
        QDateTime retentionUntil;
        qint64 contacts = 0;
    };
    struct Result
    {
        bool ok = false;
        QString errorString;
        qint64 contactsDeleted = 0;
        qint64 rejectsDeleted = 0;
    };

    explicit AudiencePurge(Database *database, QString actor = QString());

    // Audiences whose retention deadline is before `now` and that still hold contacts.
    QList<Candidate> expired(const QDateTime &now = QDateTime::currentDateTimeUtc());
    Result purge(qint64 audienceId);

private:
    Database *m_database;
    QString m_actor;
};
