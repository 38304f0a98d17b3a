// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "campaign/recipientquery.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

class Database;

// Renders a message (merge fields filled in, footer appended) for every recipient of a segment
// and adds up what it takes: recipients, SMS parts, how many need UCS-2, and the recipient whose
// message takes the most parts. Per recipient, because one name with "ï" makes only that
// recipient's message UCS-2. Runs in the calling thread: use a worker thread from the GUI.
struct CampaignPreview
{
    Q_DECLARE_TR_FUNCTIONS(CampaignPreview)
public:
    qint64 recipients = 0;
    qint64 parts = 0;
    qint64 gsm7Recipients = 0;
    qint64 ucs2Recipients = 0;
    qint64 gsm7Parts = 0;
    qint64 ucs2Parts = 0;
    QMap<int, qint64> recipientsByParts; // parts -> recipients
    RecipientQuery::Recipient worst; // most parts (first such recipient)
    QString worstText;
    int worstParts = 0;
    bool ok = false;
    bool cancelled = false;
    QString errorString;
    double seconds = 0;

    using Progress = std::function<void(qint64 done)>;
    static CampaignPreview compute(Database *database, qint64 audienceId, const Segment &segment,
                                   Consent::Purpose purpose, const QString &message,
                                   const QString &footer, const std::atomic_bool *cancel = nullptr,
                                   const Progress &progress = {});
};
