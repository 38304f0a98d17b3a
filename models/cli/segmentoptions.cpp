// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

void SegmentOptions::add(QCommandLineParser &parser, const QString &anyDescription)
{
    parser.addOption(QCommandLineOption(
        QStringLiteral("filter"),
        tr("Segment filter, repeatable: column=a,b (is), column!=a,b (is not), column^=67,68 "
           "(starts with), column=from..to (range, either end may be left out)."),
        QStringLiteral("filter")));
    parser.addOption(QCommandLineOption(QStringLiteral("any"), anyDescription));
}

std::optional<Segment> SegmentOptions::read(const CommandLineInterface::Context &context)
{
    Segment segment;
    segment.match =
        context.parser.isSet(QStringLiteral("any")) ? Segment::Match::Any : Segment::Match::All;
    for (const QString &text : context.parser.values(QStringLiteral("filter"))) {
        Segment::Filter filter;
        QString error;
        if (!Segment::parseFilter(text, &filter, &error)) {
            context.fail(error, CommandLineInterface::UsageError);
            return std::nullopt;
        }
        segment.filters.append(filter);
    }
    return segment;
}
