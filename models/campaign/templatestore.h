// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Named message templates kept in the database (shared by the team), such as the French
// first-contact consent request.
class TemplateStore final
{
    Q_DECLARE_TR_FUNCTIONS(TemplateStore)
public:
    struct Template
    {
        qint64 id = 0;
        QString name;
        QString kind; // "consent_request" or "campaign"
        QString language;
        QString body;
    };

    explicit TemplateStore(Database *database);

    QList<Template> list();
    // Inserts, or replaces the body of the template with the same name.
    bool save(const Template &messageTemplate);
    QString errorString() const { return m_errorString; }

private:
    Database *m_database;
    QString m_errorString;
};
