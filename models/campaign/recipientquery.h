// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "consent/consentgate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

// The recipients of an audience segment for one purpose: its contacts that the consent gate lets
// through (Consent::Gate: never the suppression list; consent requests only to numbers never
// asked; campaign messages to a rented audience only to numbers that agreed), with the values
// merge fields need. Rows stream forward-only, so millions of recipients are
// read in constant memory. Use in one thread (the one whose connection it runs on).
class RecipientQuery final
{
    Q_DECLARE_TR_FUNCTIONS(RecipientQuery)
public:
    struct Recipient
    {
        qint64 contactId = 0;
        QString phone;
        QHash<QString, QString> values; // normalised field name -> value
        QString value(const QString &field) const { return values.value(field); }
        // "Marie Muller, Strasbourg" — who this is, for previews.
        QString label() const;
    };

    RecipientQuery(Database *database, qint64 audienceId, const Segment &segment,
                   Consent::Purpose purpose);

    // `fields`: the merge fields that will be asked for (normalised); attribute JSON is parsed
    // only when one of them is not a standard field.
    bool exec(const QStringList &fields = {});
    bool next(Recipient *recipient);
    QString errorString() const { return m_errorString; }

    qint64 count();
    // The recipient after (or before) the given contact id in id order; nullopt past the end.
    std::optional<Recipient> neighbour(qint64 contactId, bool forward);
    std::optional<Recipient> byContactId(qint64 contactId);

    // Merge fields available for an audience: the standard ones and the audience's own columns.
    static QStringList availableFields(Database *database, qint64 audienceId);

private:
    QString selectSql(const QString &extraCondition, const QString &order, int limit,
                      QVariantList *values) const;
    void readRow(const QSqlQuery &query, Recipient *recipient, bool parseAttributes) const;

    Database *m_database;
    qint64 m_audienceId;
    Segment m_segment;
    Consent::Purpose m_purpose;
    bool m_gated;
    QSqlQuery m_query;
    bool m_parseAttributes = true;
    QString m_errorString;
};
