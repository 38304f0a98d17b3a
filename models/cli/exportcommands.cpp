// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"

#include "campaign/campaignstore.h"
#include "reports/exporter.h"
#include "reports/transparencyrecord.h"
#include "storage/database.h"

#include <QDir>
#include <QJsonObject>
#include <QLocale>

using Command = CommandLineInterface::Command;
using Context = CommandLineInterface::Context;
using Reports::ExportKind;
using Reports::ExportKinds;

namespace {

constexpr int Failure = CommandLineInterface::Failure;
constexpr int UsageError = CommandLineInterface::UsageError;

void addOptions(QCommandLineParser &parser, ExportKind kind)
{
    if (ExportKinds::acceptsCampaign(kind))
        CampaignOption::add(parser);
    if (ExportKinds::acceptsElection(kind))
        parser.addOption(QCommandLineOption(QStringLiteral("election"),
                                            ExportCommands::tr("Election name."),
                                            QStringLiteral("name")));
    if (ExportKinds::acceptsAudience(kind))
        parser.addOption(QCommandLineOption(QStringLiteral("audience"),
                                            ExportCommands::tr("Audience name."),
                                            QStringLiteral("name")));
    if (ExportKinds::acceptsPhone(kind))
        parser.addOption(QCommandLineOption(
            QStringLiteral("phone"), ExportCommands::tr("Phone number (E.164 or as written)."),
            QStringLiteral("number")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
                                        ExportCommands::tr("The CSV file to write."),
                                        QStringLiteral("file")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("excel-fr"),
        ExportCommands::tr("Excel (France): ';' separator, decimal comma, UTF-8 with BOM (the "
                           "default when Tribune's language is French).")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("standard"),
        ExportCommands::tr("Standard CSV (RFC 4180): ',' separator, decimal point, no BOM (the "
                           "default in other languages).")));
    if (kind == ExportKind::Transparency) {
        parser.addOption(QCommandLineOption(
            QStringLiteral("html"),
            ExportCommands::tr("Also write the record as a readable HTML page to this file."),
            QStringLiteral("file")));
        parser.addOption(QCommandLineOption(
            QStringLiteral("pdf"),
            ExportCommands::tr("Also write the record as a PDF page to this file."),
            QStringLiteral("file")));
    }
    if (ExportKinds::showsPhoneNumbers(kind) && kind != ExportKind::Consent)
        parser.addOption(QCommandLineOption(
            QStringLiteral("full-numbers"),
            ExportCommands::tr("Phone numbers in full instead of masked (administrators only; "
                               "the export is audited).")));
}

int runExport(Context &context, ExportKind kind)
{
    const QCommandLineParser &p = context.parser;
    if (!context.arguments().isEmpty())
        return context.fail(
            ExportCommands::tr("unexpected argument \"%1\"").arg(context.arguments().constFirst()),
            UsageError);
    const QString out = p.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.fail(ExportCommands::tr("give the file to write with --out"), UsageError);
    const auto value = [&](const char *name) {
        const QString option = QString::fromLatin1(name);
        return p.optionNames().contains(option) ? p.value(option) : QString();
    };
    const QString campaignName = value("campaign");
    const QString electionName = value("election");
    const QString audienceName = value("audience");
    const QString phone = value("phone");
    if (ExportKinds::needsCampaign(kind) && campaignName.isEmpty())
        return context.fail(ExportCommands::tr("give the campaign with --campaign"), UsageError);
    if (ExportKinds::needsAudience(kind) && audienceName.isEmpty())
        return context.fail(ExportCommands::tr("give the audience with --audience"), UsageError);
    if (kind == ExportKind::Spend && campaignName.isEmpty() && electionName.isEmpty())
        return context.fail(ExportCommands::tr("give the election with --election (or one "
                                               "campaign with --campaign)"),
                            UsageError);
    if (kind == ExportKind::Consent && audienceName.isEmpty() == phone.isEmpty())
        return context.fail(
            ExportCommands::tr("give either a number with --phone or an audience with --audience"),
            UsageError);
    if (!campaignName.isEmpty() && !electionName.isEmpty())
        return context.fail(ExportCommands::tr("give --campaign or --election, not both"),
                            UsageError);

    Reports::ExportRequest request;
    request.kind = kind;
    request.path = QDir::current().absoluteFilePath(out);
    if (p.isSet(QStringLiteral("excel-fr")) && p.isSet(QStringLiteral("standard")))
        return context.fail(ExportCommands::tr("give --excel-fr or --standard, not both"),
                            UsageError);
    // As in the GUI, the dialect follows the language unless a script names it.
    request.format = p.isSet(QStringLiteral("excel-fr")) ? Reports::ExportFormat::excelFrance()
        : p.isSet(QStringLiteral("standard"))
        ? Reports::ExportFormat::standard()
        : Reports::ExportFormat::forLanguage(QLocale().name());
    request.format.fullNumbers = p.optionNames().contains(QStringLiteral("full-numbers"));
    request.phone = phone;

    Database *database = nullptr;
    if (!campaignName.isEmpty()) {
        int code = Failure;
        const std::optional<Campaign> campaign = CampaignOption::read(context, &code);
        if (!campaign)
            return code;
        request.campaignId = campaign->id;
    }
    database = context.database();
    if (!database)
        return Failure;
    CampaignStore store(database);
    if (!electionName.isEmpty()) {
        request.electionId = store.electionId(electionName);
        if (request.electionId <= 0)
            return context.fail(ExportCommands::tr("no election named \"%1\"").arg(electionName));
    }
    if (!audienceName.isEmpty()) {
        request.audienceId = store.audienceId(audienceName);
        if (request.audienceId <= 0)
            return context.fail(ExportCommands::tr("no audience named \"%1\"").arg(audienceName));
    }
    const Reports::ExportResult result =
        Reports::runExport(database, request, {}, database->actor());
    if (!result.ok())
        return context.fail(result.errorString);
    QJsonObject json = {{QStringLiteral("kind"), ExportKinds::key(kind)},
                        {QStringLiteral("rows"), result.rows},
                        {QStringLiteral("out"), out}};
    if (kind == ExportKind::Transparency) {
        const QString html = value("html");
        const QString pdf = value("pdf");
        if (!html.isEmpty() || !pdf.isEmpty()) {
            QString error;
            const std::optional<Reports::TransparencyRecord> record =
                Reports::TransparencyRecord::load(database, request.campaignId, &error);
            if (!record)
                return context.fail(error);
            if (!html.isEmpty()) {
                if (!record->writeHtml(html, &error))
                    return context.fail(error);
                json.insert(QStringLiteral("html"), html);
            }
            if (!pdf.isEmpty()) {
                if (!record->writePdf(pdf, &error))
                    return context.fail(error);
                json.insert(QStringLiteral("pdf"), pdf);
            }
        }
    }
    return context.succeed(json,
                           ExportCommands::tr("%n rows written to %1.\n", nullptr, int(result.rows))
                               .arg(QDir::toNativeSeparators(out)));
}

} // namespace

void ExportCommands::add(QList<Command> &commands)
{
    for (const ExportKind kind : ExportKinds::all()) {
        QString description;
        switch (kind) {
        case ExportKind::Report:
            description = tr("Write a campaign's report to CSV: one row per message (numbers "
                             "masked unless --full-numbers), status, times, parts, cost, error.");
            break;
        case ExportKind::Summary:
            description = tr("Write one row per campaign (of --election, or all) to CSV: "
                             "recipients, outcomes, replies, opt-outs, spend and budget.");
            break;
        case ExportKind::Spend:
            description = tr("Write the spend of an election's campaigns (or of one campaign) to "
                             "CSV for the campaign account: per day, provider and campaign, "
                             "excl. and incl. VAT, with a total.");
            break;
        case ExportKind::Consent:
            description = tr("Write the consent proof of a number or an audience to CSV, from "
                             "the ledger (administrators only: numbers in full).");
            break;
        case ExportKind::Suppression:
            description = tr("Write the suppression list to CSV (numbers masked unless "
                             "--full-numbers).");
            break;
        case ExportKind::Audit:
            description = tr("Write the whole audit log to CSV.");
            break;
        case ExportKind::Transparency:
            description = tr("Write a campaign's transparency record (EU regulation 2024/900) "
                             "to CSV, and with --html or --pdf as a readable page.");
            break;
        case ExportKind::Rejects:
            description = tr("Write the rows rejected by the imports of an audience to CSV.");
            break;
        }
        commands.append({QStringLiteral("export ") + ExportKinds::key(kind),
                         description + QLatin1Char(' ') + tr("The export is audited."),
                         [kind](QCommandLineParser &parser) { addOptions(parser, kind); },
                         [kind](Context &context) {
                             return runExport(context, kind);
                         }});
    }
}
