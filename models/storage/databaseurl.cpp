// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq connection keywords Tribune passes through from the URL's query string.
const QStringList &allowedPgOptions()
{
    static const QStringList options = {
        QStringLiteral("sslmode"),
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("connect_timeout"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
    };
    return options;
}

} // namespace

DatabaseUrl DatabaseUrl::sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.m_backend = Backend::Sqlite;
    url.m_filePath = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

DatabaseUrl DatabaseUrl::parse(const QString &input, QString *errorString)
{
    auto fail = [errorString](const QString &message) {
        if (errorString)
            *errorString = message;
        return DatabaseUrl();
    };

    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("The database URL is empty."));

    const int colon = text.indexOf(QLatin1Char(':'));
    // "C:/x.db" on Windows has a one-letter "scheme": treat it as a path.
    const QString scheme = colon > 1 ? text.left(colon).toLower() : QString();

    if (scheme.isEmpty()) {
        return sqliteFile(text);
    }

    if (scheme == QLatin1String("sqlite") || scheme == QLatin1String("file")) {
        QString rest = text.mid(colon + 1);
        if (rest.startsWith(QLatin1String("//")))
            rest = rest.mid(2);
        // "sqlite:///C:/data/x.db" -> "C:/data/x.db"
        if (rest.size() > 3 && rest.at(0) == QLatin1Char('/') && rest.at(2) == QLatin1Char(':'))
            rest = rest.mid(1);
        rest = QUrl::fromPercentEncoding(rest.toUtf8());
        if (rest.isEmpty())
            return fail(tr("The SQLite URL \"%1\" names no file.").arg(text));
        return sqliteFile(rest);
    }

    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("The PostgreSQL URL is not valid: %1").arg(url.errorString()));
        DatabaseUrl result;
        result.m_backend = Backend::PostgreSql;
        result.m_host = url.host();
        if (result.m_host.isEmpty())
            result.m_host = QStringLiteral("localhost");
        result.m_port = url.port(5432);
        if (result.m_port <= 0 || result.m_port > 65535)
            return fail(tr("The PostgreSQL port must be between 1 and 65535."));
        result.m_userName = url.userName(QUrl::FullyDecoded);
        result.m_password = url.password(QUrl::FullyDecoded);
        QString path = url.path(QUrl::FullyDecoded);
        if (path.startsWith(QLatin1Char('/')))
            path = path.mid(1);
        if (path.contains(QLatin1Char('/')))
            return fail(tr("The PostgreSQL URL must name one database, not \"%1\".").arg(path));
        result.m_databaseName = path.isEmpty() ? result.m_userName : path;
        if (result.m_databaseName.isEmpty())
            return fail(tr("The PostgreSQL URL names neither a database nor a user."));
        const QUrlQuery query(url);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        for (const auto &item : items) {
            if (!allowedPgOptions().contains(item.first))
                return fail(
                    tr("Unknown PostgreSQL option \"%1\" in the database URL.").arg(item.first));
            if (item.second.contains(QLatin1Char(';')))
                return fail(tr("The value of \"%1\" may not contain ';'.").arg(item.first));
            result.m_connectOptions.append(item.first + QLatin1Char('=') + item.second);
        }
        return result;
    }

    return fail(
        tr("Unsupported database URL scheme \"%1\": use sqlite:// or postgresql://.").arg(scheme));
}

QString DatabaseUrl::build(bool withPassword) const
{
    switch (m_backend) {
    case Backend::Invalid:
        return {};
    case Backend::Sqlite: {
        QString path = QDir::fromNativeSeparators(m_filePath);
        if (!path.startsWith(QLatin1Char('/')))
            path.prepend(QLatin1Char('/'));
        return QStringLiteral("sqlite://") + path;
    }
    case Backend::PostgreSql: {
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(m_host);
        if (m_port != 5432)
            url.setPort(m_port);
        url.setUserName(m_userName);
        if (withPassword && !m_password.isEmpty())
            url.setPassword(m_password);
        url.setPath(QLatin1Char('/') + m_databaseName);
        if (!m_connectOptions.isEmpty()) {
            QUrlQuery query;
            for (const QString &option : m_connectOptions) {
                const int eq = option.indexOf(QLatin1Char('='));
                query.addQueryItem(option.left(eq), option.mid(eq + 1));
            }
            url.setQuery(query);
        }
        return url.toString();
    }
    }
    return {};
}

QString DatabaseUrl::toDisplayString() const
{
    return build(false);
}

QString DatabaseUrl::toString() const
{
    return build(true);
}

QString DatabaseUrl::backendName() const
{
    switch (m_backend) {
    case Backend::Sqlite:
        return QStringLiteral("sqlite");
    case Backend::PostgreSql:
        return QStringLiteral("postgresql");
    case Backend::Invalid:
        break;
    }
    return QStringLiteral("invalid");
}

DatabaseUrl DatabaseUrl::withDatabaseName(const QString &name) const
{
    DatabaseUrl copy = *this;
    copy.m_databaseName = name;
    return copy;
}

bool DatabaseUrl::operator==(const DatabaseUrl &other) const
{
    return m_backend == other.m_backend && m_filePath == other.m_filePath && m_host == other.m_host
        && m_port == other.m_port && m_userName == other.m_userName
        && m_password == other.m_password && m_databaseName == other.m_databaseName
        && m_connectOptions == other.m_connectOptions;
}
