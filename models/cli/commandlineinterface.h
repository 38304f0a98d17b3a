// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>

#include <functional>
#include <memory>

class AppSettings;
class Database;

// tribune-cli: one command per run over the same models as the GUI, with human output or,
// with --json, exactly one JSON object on stdout ({"error": "..."} and a non-zero exit on error).
class CommandLineInterface final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)
    Q_DISABLE_COPY_MOVE(CommandLineInterface)
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLineInterface(AppSettings *settings, QTextStream &out, QTextStream &err);
    ~CommandLineInterface();

    int run(const QStringList &arguments);

    // What a command gets to work with.
    class Context
    {
    public:
        QCommandLineParser &parser;
        bool json = false;
        QTextStream &out;
        QTextStream &err;
        // Opens (and migrates) the database named by --database or Settings; nullptr on error,
        // after reporting it.
        std::function<Database *()> database;
        // How many leading positional words name the command ("campaign create" = 2).
        int commandWords = 1;
        // Positional arguments after the command words.
        QStringList arguments() const { return parser.positionalArguments().mid(commandWords); }
        int fail(const QString &message, int code = Failure) const;
        int succeed(const QJsonObject &object, const QString &human) const;
    };

    struct Command
    {
        QString name;
        QString description;
        std::function<void(QCommandLineParser &)> addOptions;
        std::function<int(Context &)> run;
        // Positional arguments after the command, as shown in --help (e.g. "TEXT"); empty: none.
        QString arguments = {};
    };

private:
    void registerCommands();
    QString generalHelp() const;

    AppSettings *m_settings;
    QTextStream &m_out;
    QTextStream &m_err;
    QList<Command> m_commands;
    std::unique_ptr<Database> m_database;
};
