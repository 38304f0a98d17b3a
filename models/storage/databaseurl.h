// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where Tribune's data lives: an embedded SQLite file or a shared PostgreSQL server.
// Parsed from "sqlite:///path/tribune.db", a plain file path, or
// "postgresql://user[:password]@host[:port]/database[?sslmode=...]".
class DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
public:
    enum class Backend { Invalid, Sqlite, PostgreSql };

    DatabaseUrl() = default;
    static DatabaseUrl parse(const QString &text, QString *errorString = nullptr);
    static DatabaseUrl sqliteFile(const QString &path);

    bool isValid() const { return m_backend != Backend::Invalid; }
    Backend backend() const { return m_backend; }

    // SQLite
    QString filePath() const { return m_filePath; }

    // PostgreSQL
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString userName() const { return m_userName; }
    QString password() const { return m_password; }
    QString databaseName() const { return m_databaseName; }
    // libpq keywords from the query string (sslmode, connect_timeout, ...), as "k=v" pairs.
    QStringList connectOptions() const { return m_connectOptions; }

    // The URL with the password removed: safe for logs, the status bar and --json output.
    QString toDisplayString() const;
    // The full URL including the password, for passing to another process only.
    QString toString() const;
    QString backendName() const;

    DatabaseUrl withDatabaseName(const QString &name) const;

    bool operator==(const DatabaseUrl &other) const;
    bool operator!=(const DatabaseUrl &other) const { return !(*this == other); }

private:
    QString build(bool withPassword) const;

    Backend m_backend = Backend::Invalid;
    QString m_filePath;
    QString m_host;
    int m_port = 5432;
    QString m_userName;
    QString m_password;
    QString m_databaseName;
    QStringList m_connectOptions;
};
