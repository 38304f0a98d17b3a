// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "sending/outbox.h"
#include "storage/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {
constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;
constexpr int HolidaysShown = 5;

// A moment in the window's own time zone, with its offset: "2027-06-14T08:00:00+02:00".
QString localText(const QDateTime &at, const Outbox::Window &window)
{
    return at.isValid() ? at.toTimeZone(QTimeZone(window.timeZone)).toString(Qt::ISODate)
                        : QString();
}

QString dayNames(const QString &days)
{
    const QLocale c = QLocale::c();
    QStringList names;
    for (const QChar day : days)
        names.append(c.dayName(day.digitValue(), QLocale::ShortFormat));
    return names.join(QLatin1Char(' '));
}

QJsonObject windowJson(const Outbox::Window &window, const QDateTime &now,
                       const QList<Outbox::Holiday> &holidays)
{
    const QDateTime next = window.nextOpening(now);
    const bool open = window.allows(now);
    QJsonArray holidayArray;
    for (const Outbox::Holiday &holiday : holidays)
        holidayArray.append(
            QJsonObject {{QStringLiteral("date"), holiday.date.toString(Qt::ISODate)},
                         {QStringLiteral("name"), holiday.name}});
    return {{QStringLiteral("start"), Outbox::Window::timeText(window.startMinute)},
            {QStringLiteral("end"), Outbox::Window::timeText(window.endMinute)},
            {QStringLiteral("days"), window.days},
            {QStringLiteral("skip_holidays"), window.skipHolidays},
            {QStringLiteral("alsace_moselle"), window.alsaceMoselle},
            {QStringLiteral("timezone"), QString::fromLatin1(window.timeZone)},
            {QStringLiteral("open_now"), open},
            {QStringLiteral("closes_at"),
             open ? QJsonValue(localText(window.closing(now), window)) : QJsonValue()},
            {QStringLiteral("next_opening"),
             !open && next.isValid() ? QJsonValue(localText(next, window)) : QJsonValue()},
            {QStringLiteral("holidays"), holidayArray}};
}

QString windowHuman(const Outbox::Window &window, const QDateTime &now,
                    const QList<Outbox::Holiday> &holidays)
{
    QString text = WindowCommands::tr("Sending window: %1–%2, %3 (%4)\n")
                       .arg(Outbox::Window::timeText(window.startMinute),
                            Outbox::Window::timeText(window.endMinute), dayNames(window.days),
                            QString::fromLatin1(window.timeZone));
    text += window.skipHolidays
        ? (window.alsaceMoselle
               ? WindowCommands::tr("Closed on public holidays, Alsace-Moselle's included.\n")
               : WindowCommands::tr("Closed on public holidays.\n"))
        : WindowCommands::tr("Open on public holidays.\n");
    if (window.allows(now)) {
        text +=
            WindowCommands::tr("Open now, until %1.\n").arg(localText(window.closing(now), window));
    } else {
        const QDateTime next = window.nextOpening(now);
        text += next.isValid()
            ? WindowCommands::tr("Closed now; next opening %1.\n").arg(localText(next, window))
            : WindowCommands::tr("Closed now, and it does not open in the next two weeks.\n");
    }
    if (window.skipHolidays && !holidays.isEmpty()) {
        text += WindowCommands::tr("Next public holidays:\n");
        for (const Outbox::Holiday &holiday : holidays)
            text +=
                QStringLiteral("  %1  %2\n").arg(holiday.date.toString(Qt::ISODate), holiday.name);
    }
    return text;
}

QList<Outbox::Holiday> holidaysFrom(const Outbox::Window &window, const QDateTime &now)
{
    return Outbox::upcomingHolidays(now.toTimeZone(QTimeZone(window.timeZone)).date(),
                                    HolidaysShown, window.alsaceMoselle);
}

// "on"/"off" (also yes/no, true/false, 1/0); nullopt otherwise.
std::optional<bool> onOff(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == QLatin1String("on") || value == QLatin1String("yes")
        || value == QLatin1String("true") || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("off") || value == QLatin1String("no")
        || value == QLatin1String("false") || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}
} // namespace

void WindowCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("window show"),
         tr("Show the sending window (hours, days, public holidays), whether it is open now and "
            "the next public holidays."),
         {},
         [](Context &context) {
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             const Outbox::Window window = Outbox::Window::load(database);
             const QDateTime now = QDateTime::currentDateTimeUtc();
             const QList<Outbox::Holiday> holidays = holidaysFrom(window, now);
             return context.succeed(windowJson(window, now, holidays),
                                    windowHuman(window, now, holidays));
         }});
    commands.append(
        {QStringLiteral("window set"),
         tr("Change the sending window (administrators only; audited). The options not given "
            "keep their values."),
         [](QCommandLineParser &parser) {
             parser.addOption(QCommandLineOption(QStringLiteral("start"),
                                                 tr("Opening time (Europe/Paris)."),
                                                 QStringLiteral("HH:MM")));
             parser.addOption(QCommandLineOption(QStringLiteral("end"),
                                                 tr("Closing time, excluded (24:00: midnight)."),
                                                 QStringLiteral("HH:MM")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("days"),
                 tr("Days of the week messages may go out, 1 = Monday … 7 = Sunday."),
                 QStringLiteral("123456")));
             parser.addOption(QCommandLineOption(QStringLiteral("holidays"),
                                                 tr("Closed on French public holidays."),
                                                 QStringLiteral("on|off")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("alsace-moselle"),
                 tr("Also closed on Good Friday and 26 December (departments 57, 67, 68)."),
                 QStringLiteral("on|off")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             const QStringList names = {QStringLiteral("start"), QStringLiteral("end"),
                                        QStringLiteral("days"), QStringLiteral("holidays"),
                                        QStringLiteral("alsace-moselle")};
             if (std::none_of(names.cbegin(), names.cend(),
                              [&p](const QString &name) { return p.isSet(name); }))
                 return context.fail(tr("nothing to change: give --start, --end, --days, "
                                        "--holidays or --alsace-moselle"),
                                     UsageError);
             Database *database = context.database();
             if (!database)
                 return int(Failure);
             Outbox::Window window = Outbox::Window::load(database);
             for (const QString &name : {QStringLiteral("start"), QStringLiteral("end")}) {
                 if (!p.isSet(name))
                     continue;
                 const int minute = Outbox::Window::minuteFromText(p.value(name));
                 if (minute < 0)
                     return context.fail(tr("--%1 needs a time as HH:MM (00:00 to 24:00), not "
                                            "\"%2\"")
                                             .arg(name, p.value(name)),
                                         UsageError);
                 (name == QLatin1String("start") ? window.startMinute : window.endMinute) = minute;
             }
             if (p.isSet(QStringLiteral("days")))
                 window.days = p.value(QStringLiteral("days")).trimmed();
             const auto flag = [&](const QString &name, bool *out) {
                 if (!p.isSet(name))
                     return true;
                 const std::optional<bool> value = onOff(p.value(name));
                 if (value)
                     *out = *value;
                 return value.has_value();
             };
             if (!flag(QStringLiteral("holidays"), &window.skipHolidays))
                 return context.fail(tr("--holidays needs on or off, not \"%1\"")
                                         .arg(p.value(QStringLiteral("holidays"))),
                                     UsageError);
             if (!flag(QStringLiteral("alsace-moselle"), &window.alsaceMoselle))
                 return context.fail(tr("--alsace-moselle needs on or off, not \"%1\"")
                                         .arg(p.value(QStringLiteral("alsace-moselle"))),
                                     UsageError);
             QString error;
             if (!window.save(database, database->actor(), &error))
                 return context.fail(error);
             const QDateTime now = QDateTime::currentDateTimeUtc();
             const QList<Outbox::Holiday> holidays = holidaysFrom(window, now);
             return context.succeed(windowJson(window, now, holidays),
                                    tr("Saved.\n") + windowHuman(window, now, holidays));
         }});
}
