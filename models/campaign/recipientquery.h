// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "consent/consentgate.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class Database;
class SqliteStatement;

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
    ~RecipientQuery();
    RecipientQuery(RecipientQuery &&) noexcept;
    RecipientQuery &operator=(RecipientQuery &&) noexcept;

    // `fields`: the merge fields that will be asked for (normalised); next() reads only their
    // columns (attribute JSON only when one of them is not a standard field) and fills only
    // them in Recipient::values. Without a list, every field.
    bool exec(const std::optional<QStringList> &fields = std::nullopt);
    // The next recipient; its values are overwritten in place. False past the last one, or on
    // an error (errorString() then says which).
    bool next(Recipient *recipient);
    QString errorString() const { return m_errorString; }

    qint64 count();
    // The recipient after (or before) the given contact id in id order; nullopt past the end.
    std::optional<Recipient> neighbour(qint64 contactId, bool forward);
    std::optional<Recipient> byContactId(qint64 contactId);

    // Merge fields available for an audience: the standard ones and the audience's own columns.
    static QStringList availableFields(Database *database, qint64 audienceId);

private:
    // What a query reads: standard fields (indexes into the standard field table) and whether
    // the attribute JSON too.
    struct Columns
    {
        QList<int> standard;
        bool attributes = true;
    };
    static Columns allColumns();

    QString selectSql(const Columns &columns, const QString &extraCondition, const QString &order,
                      int limit, QVariantList *values) const;
    // Fills *recipient from a row whose column `i` reads as text(i).
    template<typename Text>
    void readRow(qint64 contactId, const Text &text, const Columns &columns,
                 Recipient *recipient) const;
    void readRow(const QSqlQuery &query, const Columns &columns, Recipient *recipient) const;

    Database *m_database;
    qint64 m_audienceId;
    Segment m_segment;
    Consent::Purpose m_purpose;
    bool m_gated;
    QSqlQuery m_query;
    // On SQLite, exec() reads straight from the handle (QtSql's per-value copies cost more than
    // the query over millions of rows).
    std::unique_ptr<SqliteStatement> m_statement;
    Columns m_columns;
    QString m_errorString;
};
