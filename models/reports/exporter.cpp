// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "reports/campaignexports.h"
#include "reports/consentproof.h"
#include "reports/recordexports.h"
#include "reports/transparencyrecord.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Reports {

QList<ExportKind> ExportKinds::all()
{
    return {ExportKind::Report,       ExportKind::Summary,     ExportKind::Spend,
            ExportKind::Consent,      ExportKind::Suppression, ExportKind::Audit,
            ExportKind::Transparency, ExportKind::Rejects};
}

QString ExportKinds::key(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Report:
        return QStringLiteral("report");
    case ExportKind::Summary:
        return QStringLiteral("summary");
    case ExportKind::Spend:
        return QStringLiteral("spend");
    case ExportKind::Consent:
        return QStringLiteral("consent");
    case ExportKind::Suppression:
        return QStringLiteral("suppression");
    case ExportKind::Audit:
        return QStringLiteral("audit");
    case ExportKind::Transparency:
        return QStringLiteral("transparency");
    case ExportKind::Rejects:
        return QStringLiteral("rejects");
    }
    return QString();
}

std::optional<ExportKind> ExportKinds::fromKey(const QString &key)
{
    for (const ExportKind kind : all()) {
        if (ExportKinds::key(kind) == key)
            return kind;
    }
    return std::nullopt;
}

QString ExportKinds::label(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Report:
        return tr("Campaign report (one row per message)");
    case ExportKind::Summary:
        return tr("Campaign summary (one row per campaign)");
    case ExportKind::Spend:
        return tr("Spend for the campaign account");
    case ExportKind::Consent:
        return tr("Consent proof");
    case ExportKind::Suppression:
        return tr("Suppression list");
    case ExportKind::Audit:
        return tr("Audit log");
    case ExportKind::Transparency:
        return tr("Transparency record");
    case ExportKind::Rejects:
        return tr("Import reject report");
    }
    return QString();
}

QString ExportKinds::defaultFileName(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Report:
        return tr("campaign-report.csv");
    case ExportKind::Summary:
        return tr("campaign-summary.csv");
    case ExportKind::Spend:
        return tr("campaign-spend.csv");
    case ExportKind::Consent:
        return tr("consent-proof.csv");
    case ExportKind::Suppression:
        return tr("suppression-list.csv");
    case ExportKind::Audit:
        return tr("audit-log.csv");
    case ExportKind::Transparency:
        return tr("transparency-record.csv");
    case ExportKind::Rejects:
        return tr("import-rejects.csv");
    }
    return QString();
}

bool ExportKinds::needsCampaign(ExportKind kind)
{
    return kind == ExportKind::Report || kind == ExportKind::Transparency;
}

bool ExportKinds::needsAudience(ExportKind kind)
{
    return kind == ExportKind::Rejects;
}

bool ExportKinds::acceptsElection(ExportKind kind)
{
    return kind == ExportKind::Summary || kind == ExportKind::Spend;
}

bool ExportKinds::acceptsCampaign(ExportKind kind)
{
    return needsCampaign(kind) || kind == ExportKind::Spend;
}

bool ExportKinds::acceptsAudience(ExportKind kind)
{
    return kind == ExportKind::Rejects || kind == ExportKind::Consent;
}

bool ExportKinds::acceptsPhone(ExportKind kind)
{
    return kind == ExportKind::Consent;
}

bool ExportKinds::showsPhoneNumbers(ExportKind kind)
{
    return kind == ExportKind::Report || kind == ExportKind::Consent
        || kind == ExportKind::Suppression;
}

namespace {

ExportResult refused(const QString &message)
{
    ExportResult result;
    result.errorString = message;
    return result;
}

// What the request lacks or has too much of, as the reader should be told; empty when fine.
QString requestProblem(const ExportRequest &request)
{
    const ExportKind kind = request.kind;
    const QString what = ExportKinds::label(kind);
    if (request.path.isEmpty())
        return ExportKinds::tr("%1: no file to write.").arg(what);
    if (ExportKinds::needsCampaign(kind) && request.campaignId <= 0)
        return ExportKinds::tr("%1: choose a campaign.").arg(what);
    if (ExportKinds::needsAudience(kind) && request.audienceId <= 0)
        return ExportKinds::tr("%1: choose an audience.").arg(what);
    if (kind == ExportKind::Spend && request.campaignId <= 0 && request.electionId <= 0)
        return ExportKinds::tr("%1: choose an election or a campaign.").arg(what);
    if (kind == ExportKind::Consent && request.audienceId <= 0 && request.phone.isEmpty())
        return ExportKinds::tr("%1: give a phone number or an audience.").arg(what);
    if (request.campaignId > 0 && !ExportKinds::acceptsCampaign(kind))
        return ExportKinds::tr("%1 is not made for one campaign.").arg(what);
    if (request.electionId > 0 && !ExportKinds::acceptsElection(kind))
        return ExportKinds::tr("%1 is not made for one election.").arg(what);
    if (request.audienceId > 0 && !ExportKinds::acceptsAudience(kind))
        return ExportKinds::tr("%1 is not made for one audience.").arg(what);
    if (!request.phone.isEmpty() && !ExportKinds::acceptsPhone(kind))
        return ExportKinds::tr("%1 is not made for one phone number.").arg(what);
    return QString();
}

ExportResult dispatch(Database *database, const ExportRequest &request, const Progress &progress)
{
    switch (request.kind) {
    case ExportKind::Report:
        return CampaignExports::report(database, request, progress);
    case ExportKind::Summary:
        return CampaignExports::summary(database, request, progress);
    case ExportKind::Spend:
        return CampaignExports::spend(database, request, progress);
    case ExportKind::Suppression:
        return RecordExports::suppressionList(database, request, progress);
    case ExportKind::Audit:
        return RecordExports::auditLog(database, request, progress);
    case ExportKind::Rejects:
        return RecordExports::rejects(database, request, progress);
    case ExportKind::Consent:
        return exportConsentProof(database, request, progress);
    case ExportKind::Transparency:
        return exportTransparencyCsv(database, request, progress);
    }
    return refused(ExportKinds::tr("%1 cannot be exported by this version of Tribune.")
                       .arg(ExportKinds::label(request.kind)));
}

} // namespace

ExportResult runExport(Database *database, const ExportRequest &request, const Progress &progress,
                       const QString &actor)
{
    const QString problem = requestProblem(request);
    if (!problem.isEmpty())
        return refused(problem);
    QString accountError;
    const std::optional<UserAccount> account = UserAccount::find(database, actor, &accountError);
    if (!account)
        return refused(accountError);
    // A consent proof needs the numbers in full: it is an administrator's export.
    const bool fullNumbers = request.kind == ExportKind::Consent
        || (request.format.fullNumbers && ExportKinds::showsPhoneNumbers(request.kind));
    if (fullNumbers) {
        if (!account->mayAdminister() && request.kind == ExportKind::Consent)
            return refused(ExportKinds::tr("Only an administrator may export a consent proof, "
                                           "which holds phone numbers in full; %1 is not one.")
                               .arg(actor));
        if (!account->mayAdminister())
            return refused(ExportKinds::tr("Only an administrator may export full phone numbers; "
                                           "%1 is not one. Export them masked instead.")
                               .arg(actor));
    }
    ExportResult result = dispatch(database, request, progress);
    result.path = request.path;
    if (!result.ok())
        return result;
    const bool excel = request.format.csv.delimiter == QLatin1Char(';')
        && request.format.decimalComma && request.format.csv.byteOrderMark;
    QJsonObject details = {{QStringLiteral("rows"), result.rows},
                           {QStringLiteral("file"), QFileInfo(request.path).fileName()},
                           {QStringLiteral("full_numbers"), fullNumbers},
                           {QStringLiteral("excel_fr"), excel}};
    QString objectType;
    qint64 objectId = 0;
    if (request.campaignId > 0) {
        objectType = QStringLiteral("campaign");
        objectId = request.campaignId;
    } else if (request.electionId > 0) {
        objectType = QStringLiteral("election");
        objectId = request.electionId;
    } else if (request.audienceId > 0) {
        objectType = QStringLiteral("audience");
        objectId = request.audienceId;
    }
    if (!request.phone.isEmpty())
        details.insert(QStringLiteral("phone"), ExportFormat::maskPhone(request.phone));
    QString error;
    if (!AuditLog::append(database, actor,
                          QStringLiteral("export.") + ExportKinds::key(request.kind), objectType,
                          objectId, details, &error, account->id))
        result.errorString = ExportKinds::tr("The file was written but the export could not be "
                                             "recorded in the audit log: %1")
                                 .arg(error);
    return result;
}

} // namespace Reports
