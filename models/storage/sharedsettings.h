// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class Database;

// Settings shared by every Tribune client of one database (table app_settings): the sending
// window, the consent rules, the callback listener... as opposed to AppSettings, which holds one
// user's local preferences. Values are text; absent keys read as the fallback.
namespace SharedSettings {

QString value(Database *database, const QString &key, const QString &fallback = QString());
bool boolValue(Database *database, const QString &key, bool fallback);
int intValue(Database *database, const QString &key, int fallback);
// Inserts or replaces; false with *errorString on failure. Uses the caller's transaction, if any.
bool setValue(Database *database, const QString &key, const QString &value,
              QString *errorString = nullptr);

} // namespace SharedSettings
