// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/exportformat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

namespace Reports {

struct ExportRequest;

// The transparency record of one campaign, in the spirit of Regulation (EU) 2024/900 on
// political advertising (art. 11-12): who sponsors it and how to reach them, the election it
// relates to, when it was disseminated, what it cost, whom it targeted and on which criteria,
// where the audience came from and on what consent, who approved it, and what it said. Read
// from the database in one go (load), then written as CSV, HTML or PDF. Not a UI class: load()
// and the CSV export run on a worker thread; writePdf() needs a QGuiApplication (fonts).
class TransparencyRecord
{
    Q_DECLARE_TR_FUNCTIONS(TransparencyRecord)
public:
    struct ImportFile
    {
        QString fileName;
        QString sha256;
        QDateTime importedAt;
        qint64 rows = 0;
    };
    // A segment filter on a column whose name suggests GDPR art. 9 data, which an
    // administrator allowed (filters on it are refused otherwise).
    struct SensitiveColumn
    {
        QString column;
        QString category; // translated
        QString reviewedBy;
        QDateTime reviewedAt;
    };
    // One line of the record as CSV and HTML show it.
    struct Field
    {
        QString label;
        QString value;
        bool warning = false; // something missing that the law asks for
    };
    struct Section
    {
        QString title;
        QList<Field> fields;
    };

    // The campaign.
    qint64 campaignId = 0;
    QString campaignName;
    bool isConsentRequest = false;
    QString stateLabel;
    QString senderId;
    QString message;
    QString footer;
    QDateTime generatedAt;

    // The election and its sponsor.
    qint64 electionId = 0;
    QString electionName;
    QDate firstRound;
    QDate secondRound;
    QString sponsor;
    QString sponsorContact;

    // The period of dissemination: the first message submitted, the last one's last known state.
    QDateTime firstSubmission;
    QDateTime lastActivity;
    bool inProgress = false; // messages still to send or awaiting their outcome

    // What it cost (millicents) and what left.
    qint64 amountExclVatMc = 0; // SUM(messages.cost_mc)
    qint64 vatMc = 0;
    int vatBasisPoints = 0;
    QString pricePlanName; // empty: the default plan
    QString providerName;
    qint64 messagesSent = 0;
    qint64 partsSent = 0;
    qint64 messagesDelivered = 0;

    // Targeting.
    qint64 audienceId = 0;
    QString audienceName;
    QString segmentDescription; // empty: the whole audience
    QString segmentError;
    QList<SensitiveColumn> sensitiveColumns;

    // Provenance of the audience.
    bool ownAudience = false; // collected by the party (origin 'own')
    QString broker;
    QString consentTerms;
    QString ownConsentProof;
    QDateTime ownProofRecordedAt;
    QString ownProofRecordedBy;
    QList<ImportFile> imports;
    bool audiencePurged = false;

    // Consent basis (rented audiences: the consent requested first).
    qint64 numbersAsked = 0; // contacts of the audience sent a consent request
    qint64 numbersAgreed = 0; // of them, those whose state is "agreed"
    qint64 recipientsWithYes = 0; // recipients with a yes recorded before their message left

    // Approval (two-person rule).
    QStringList authors; // who wrote or edited the campaign ("Name (login)")
    QString approver;
    QDateTime approvedAt;
    int approvedRevision = 0;

    qint64 amountInclVatMc() const { return amountExclVatMc + vatMc; }
    bool sponsorDeclared() const { return !sponsor.trimmed().isEmpty(); }
    bool sponsorContactDeclared() const { return !sponsorContact.trimmed().isEmpty(); }

    // Reads the record of a campaign; nullopt with *errorString when the campaign does not
    // exist or the database cannot be read. Reads only, so it may run on a live campaign.
    static std::optional<TransparencyRecord> load(Database *database, qint64 campaignId,
                                                  QString *errorString);

    // The record as labelled fields: amounts and times as `format` writes them in CSV (plain
    // numbers, "yyyy-MM-dd HH:mm:ss" Europe/Paris) when `forCsv`, else as people read them in
    // the UI language (QLocale()).
    QList<Section> sections(bool forCsv, const ExportFormat &format = ExportFormat()) const;

    // A readable, printable, self-contained page (XHTML-compatible HTML5 with its own CSS), in
    // the UI language; every value escaped.
    QString toHtml() const;
    // toHtml() written to `path` (UTF-8); the file appears only when complete.
    bool writeHtml(const QString &path, QString *errorString) const;
    // The page as a PDF (A4) through QTextDocument and QPdfWriter; the file appears only when
    // complete. Needs a QGuiApplication: false with *errorString otherwise.
    bool writePdf(const QString &path, QString *errorString) const;
};

// Writes the transparency record of request.campaignId as CSV, three columns (section, field,
// value), one row per field: a record is one campaign with lists of varying length (import
// files, sensitive columns), which a wide single row would turn into numbered columns nobody
// reads. No audit here: the dispatcher (runExport) audits.
ExportResult exportTransparencyCsv(Database *database, const ExportRequest &request,
                                   const Progress &progress);

} // namespace Reports
