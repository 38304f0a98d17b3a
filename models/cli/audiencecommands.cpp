// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "audience/audienceimporter.h"
#include "audience/audiencepurge.h"
#include "audience/segmentindex.h"
#include "campaign/campaignstore.h"
#include "reports/csvwriter.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

QCommandLineOption audienceOption()
{
    return QCommandLineOption(QStringLiteral("audience"), AudienceCommands::tr("Audience name."),
                              QStringLiteral("name"));
}

// The id of the audience named by --audience, or 0 after reporting that there is none.
qint64 audienceIdOrFail(Context &context, Database *database)
{
    const QString name = context.parser.value(QStringLiteral("audience"));
    const qint64 id = CampaignStore(database).audienceId(name);
    if (id == 0)
        context.fail(AudienceCommands::tr("no audience named \"%1\"").arg(name));
    return id;
}

} // namespace

void AudienceCommands::add(QList<Command> &commands)
{
    commands.append(
        {QStringLiteral("import"),
         tr("Import a broker's CSV/TSV file into an audience (a new one, or an update of an "
            "existing one)."),
         [](QCommandLineParser &parser) {
             parser.addOption(audienceOption());
             parser.addOption(QCommandLineOption(QStringLiteral("source"),
                                                 tr("Broker or source of the file."),
                                                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(QStringLiteral("terms"),
                                                 tr("The consent terms the broker states."),
                                                 QStringLiteral("text")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("own"),
                 tr("The list was collected by the party itself (not rented).")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("delimiter"),
                 tr("Field delimiter: ; , tab or | (detected by default)."), QStringLiteral("c")));
             parser.addOption(QCommandLineOption(QStringLiteral("encoding"),
                                                 tr("UTF-8 or Windows-1252 (detected by default)."),
                                                 QStringLiteral("name")));
             parser.addOption(
                 QCommandLineOption(QStringLiteral("region"),
                                    tr("Region of numbers without a country code (default FR)."),
                                    QStringLiteral("code"), QStringLiteral("FR")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("election"),
                 tr("Election the audience is for (sets the retention deadline)."),
                 QStringLiteral("name")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             const QStringList files = context.arguments();
             if (files.size() != 1 || !p.isSet(QStringLiteral("audience")))
                 return context.fail(tr("give one FILE and --audience"), UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             AudienceImporter::Options options;
             options.filePath = files.constFirst();
             options.audienceName = p.value(QStringLiteral("audience"));
             options.broker = p.value(QStringLiteral("source"));
             options.consentTerms = p.value(QStringLiteral("terms"));
             options.rented = !p.isSet(QStringLiteral("own"));
             options.region = p.value(QStringLiteral("region")).toUpper();
             if (p.isSet(QStringLiteral("election"))) {
                 options.electionId =
                     CampaignStore(database).electionId(p.value(QStringLiteral("election")));
                 if (options.electionId == 0)
                     return context.fail(
                         tr("no election named \"%1\"").arg(p.value(QStringLiteral("election"))));
             }
             if (p.isSet(QStringLiteral("delimiter")) || p.isSet(QStringLiteral("encoding"))) {
                 QFile file(options.filePath);
                 if (!file.open(QIODevice::ReadOnly))
                     return context.fail(
                         tr("cannot open %1: %2").arg(options.filePath, file.errorString()));
                 CsvReader::Dialect dialect = CsvReader::sniff(&file);
                 if (p.isSet(QStringLiteral("delimiter"))) {
                     const auto delimiter =
                         CsvReader::delimiterFromName(p.value(QStringLiteral("delimiter")));
                     if (!delimiter)
                         return context.fail(tr("unknown delimiter \"%1\"")
                                                 .arg(p.value(QStringLiteral("delimiter"))),
                                             UsageError);
                     dialect.delimiter = *delimiter;
                 }
                 if (p.isSet(QStringLiteral("encoding"))) {
                     const auto encoding =
                         CsvReader::encodingFromName(p.value(QStringLiteral("encoding")));
                     if (!encoding)
                         return context.fail(
                             tr("unknown encoding \"%1\"").arg(p.value(QStringLiteral("encoding"))),
                             UsageError);
                     dialect.encoding = *encoding;
                 }
                 options.dialect = dialect;
             }
             const bool json = context.json;
             QTextStream &err = context.err;
             const AudienceImporter::Result result = AudienceImporter(database).run(
                 options, [json, &err](const AudienceImporter::Progress &progress) {
                     if (!json && progress.totalBytes > 0)
                         err << QLatin1Char('\r')
                                 + tr("%1 % (%2 rows)")
                                       .arg(progress.bytes * 100 / progress.totalBytes)
                                       .arg(progress.rows)
                             << Qt::flush;
                 });
             if (!json)
                 err << QLatin1Char('\r') << Qt::flush;
             if (!result.ok)
                 return context.fail(result.errorString);
             // The segment counts' bitmaps, prepared now rather than at the first count. A
             // failure here keeps the import: counts fall back to preparing them later.
             QElapsedTimer indexTimer;
             indexTimer.start();
             SegmentIndex index(database);
             if (!index.build(result.audienceId))
                 err << tr("Segment counts not prepared: %1\n").arg(index.errorString())
                     << Qt::flush;
             const double indexSeconds = double(indexTimer.elapsed()) / 1000;
             QJsonObject object {
                 {QStringLiteral("rows"), result.rows},
                 {QStringLiteral("imported"), result.imported},
                 {QStringLiteral("updated"), result.updated},
                 {QStringLiteral("duplicates"), result.duplicates},
                 {QStringLiteral("invalid"), result.invalid},
                 {QStringLiteral("fixed_line"), result.fixedLine},
                 {QStringLiteral("not_mobile"), result.notMobile},
                 {QStringLiteral("suppressed"), result.suppressed},
                 {QStringLiteral("malformed"), result.malformed},
                 {QStringLiteral("bad_encoding"), result.badEncoding},
                 {QStringLiteral("seconds"), result.seconds},
                 {QStringLiteral("audience"), options.audienceName},
                 {QStringLiteral("reimport"), result.reimport},
                 {QStringLiteral("sha256"), result.sha256},
                 {QStringLiteral("encoding"), CsvReader::encodingName(result.dialect.encoding)}};
             object.insert(QStringLiteral("index_seconds"), indexSeconds);
             const QLocale locale;
             const QString human =
                 tr("Imported %1 in %2 s: %3 rows, %4 new contacts, %5 updated; rejected: %6 "
                    "invalid, "
                    "%7 fixed lines, %8 not mobile, %9 duplicates, %10 suppressed, %11 malformed, "
                    "%12 bad "
                    "encoding.\n")
                     .arg(options.filePath, locale.toString(result.seconds, 'f', 1),
                          locale.toString(result.rows), locale.toString(result.imported),
                          locale.toString(result.updated), locale.toString(result.invalid),
                          locale.toString(result.fixedLine), locale.toString(result.notMobile),
                          locale.toString(result.duplicates))
                     .arg(locale.toString(result.suppressed), locale.toString(result.malformed),
                          locale.toString(result.badEncoding));
             return context.succeed(object, human);
         },
         QStringLiteral("FILE")});

    commands.append(
        {QStringLiteral("rejects"),
         tr("Write the reject report of an audience's imports to a CSV file."),
         [](QCommandLineParser &parser) {
             parser.addOption(audienceOption());
             parser.addOption(QCommandLineOption(QStringLiteral("out"), tr("CSV file to write."),
                                                 QStringLiteral("file")));
             parser.addOption(QCommandLineOption(
                 QStringLiteral("excel-fr"), tr("Excel (France): ';' separator, UTF-8 with BOM.")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             if (!p.isSet(QStringLiteral("audience")) || !p.isSet(QStringLiteral("out")))
                 return context.fail(tr("--audience and --out are required"), UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             const qint64 audienceId = audienceIdOrFail(context, database);
             if (audienceId == 0)
                 return Failure;
             QFile file(p.value(QStringLiteral("out")));
             if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
                 return context.fail(
                     tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
             CsvWriter writer(&file,
                              p.isSet(QStringLiteral("excel-fr"))
                                  ? CsvWriter::Options::excelFrance()
                                  : CsvWriter::Options());
             QString error;
             const qint64 rows =
                 AudienceImporter::writeRejectReport(database, audienceId, 0, &writer, &error);
             if (rows < 0)
                 return context.fail(error);
             return context.succeed(
                 {{QStringLiteral("rejects"), rows}, {QStringLiteral("out"), file.fileName()}},
                 tr("%1 rejected rows written to %2.\n").arg(rows).arg(file.fileName()));
         }});

    commands.append(
        {QStringLiteral("purge"),
         tr("Delete the contacts of an audience (or of every audience past its retention "
            "deadline); "
            "the consent ledger, the suppression list and the audit log are kept."),
         [](QCommandLineParser &parser) {
             parser.addOption(audienceOption());
             parser.addOption(QCommandLineOption(
                 QStringLiteral("expired"),
                 tr("Purge every audience whose retention deadline has passed.")));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             if (p.isSet(QStringLiteral("audience")) == p.isSet(QStringLiteral("expired")))
                 return context.fail(tr("give either --audience or --expired"), UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             AudiencePurge purge(database);
             QList<QPair<qint64, QString>> targets;
             if (p.isSet(QStringLiteral("expired"))) {
                 for (const AudiencePurge::Candidate &c : purge.expired())
                     targets.append({c.audienceId, c.name});
             } else {
                 const qint64 id = audienceIdOrFail(context, database);
                 if (id == 0)
                     return Failure;
                 targets.append({id, p.value(QStringLiteral("audience"))});
             }
             QJsonArray purged;
             QString human;
             for (const auto &[id, name] : std::as_const(targets)) {
                 const AudiencePurge::Result result = purge.purge(id);
                 if (!result.ok)
                     return context.fail(result.errorString);
                 purged.append(QJsonObject {{QStringLiteral("audience"), name},
                                            {QStringLiteral("contacts"), result.contactsDeleted},
                                            {QStringLiteral("rejects"), result.rejectsDeleted}});
                 human += tr("Purged \"%1\": %2 contacts deleted.\n")
                              .arg(name)
                              .arg(result.contactsDeleted);
             }
             if (targets.isEmpty())
                 human = tr("No audience is past its retention deadline.\n");
             return context.succeed({{QStringLiteral("purged"), purged}}, human);
         }});

    commands.append(
        {QStringLiteral("segment count"),
         tr("Count the sendable contacts of an audience segment (suppressed numbers and refused "
            "consent excluded)."),
         [](QCommandLineParser &parser) {
             parser.addOption(audienceOption());
             SegmentOptions::add(
                 parser,
                 tr("Count contacts matching any filter (OR) instead of all of them (AND)."));
         },
         [](Context &context) {
             const QCommandLineParser &p = context.parser;
             if (!p.isSet(QStringLiteral("audience")))
                 return context.fail(tr("--audience is required"), UsageError);
             Database *database = context.database();
             if (!database)
                 return Failure;
             const qint64 audienceId = audienceIdOrFail(context, database);
             if (audienceId == 0)
                 return Failure;
             const std::optional<Segment> segment = SegmentOptions::read(context);
             if (!segment)
                 return int(UsageError);
             const SegmentIndex::Count count = SegmentIndex(database).count(audienceId, *segment);
             if (!count.ok)
                 return context.fail(count.errorString);
             const QLocale locale;
             return context.succeed(
                 {{QStringLiteral("count"), count.count},
                  {QStringLiteral("sendable"), count.sendable},
                  {QStringLiteral("milliseconds"), count.milliseconds}},
                 tr("%1 of %2 sendable contacts (%3 ms)\n")
                     .arg(locale.toString(count.count), locale.toString(count.sendable))
                     .arg(count.milliseconds, 0, 'f', 1));
         }});
}
