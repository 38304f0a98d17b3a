// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"

#include <QString>
#include <QStringList>

// Turns a migration file into the statements one backend must run.
//
// A file may hold sections marked by a line "-- @all", "-- @sqlite" or "-- @postgresql";
// statements before any marker are for all backends. Type placeholders are replaced per backend:
// ${ID} (auto-increment 64-bit primary key), ${REAL}, ${BLOB}. Statements end at ';' outside
// quotes, comments, dollar-quoted bodies and SQLite CREATE TRIGGER ... END blocks.
namespace SqlScript {

QStringList statements(const QString &script, DatabaseUrl::Backend backend);

// Splits already-preprocessed SQL into statements (exposed for tests).
QStringList split(const QString &sql);

} // namespace SqlScript
