// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedsettings.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

QString SharedSettings::value(Database *database, const QString &key, const QString &fallback)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next() && !query.value(0).isNull())
        return query.value(0).toString();
    return fallback;
}

bool SharedSettings::boolValue(Database *database, const QString &key, bool fallback)
{
    const QString text = value(database, key).trimmed().toLower();
    if (text == QLatin1String("1") || text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("0") || text == QLatin1String("false"))
        return false;
    return fallback;
}

int SharedSettings::intValue(Database *database, const QString &key, int fallback)
{
    bool ok = false;
    const int number = value(database, key).trimmed().toInt(&ok);
    return ok ? number : fallback;
}

bool SharedSettings::setValue(Database *database, const QString &key, const QString &value,
                              QString *errorString)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec()) {
        if (errorString)
            *errorString = query.lastError().text();
        return false;
    }
    return true;
}
