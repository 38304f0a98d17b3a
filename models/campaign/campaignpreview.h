// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audience/segment.h"
#include "campaign/recipientquery.h"
#include "sms/smsencoding.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <atomic>
#include <functional>

class Database;

// Renders a message (merge fields filled in, footer appended) for every recipient of a segment
// and adds up what it takes: recipients, SMS parts, how many need UCS-2, and the recipient whose
// message takes the most parts. Per recipient, because one name with "ï" makes only that
// recipient's message UCS-2. Runs in the calling thread: use a worker thread from the GUI.
// computeEach() does the same for several messages in one pass over the recipients (the cost
// preview compares a message with its GSM-safe rewrite, a consent request with the campaign
// message that follows it).
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

    // One message to preview: its text with merge fields, and the footer appended to it.
    struct Message
    {
        QString text;
        QString footer;
    };

    // Counts one recipient's rendered message.
    void add(const RecipientQuery::Recipient &recipient, const QString &text,
             const Sms::Measure &measure);

    using Progress = std::function<void(qint64 done)>;
    static CampaignPreview compute(Database *database, qint64 audienceId, const Segment &segment,
                                   Consent::Purpose purpose, const QString &message,
                                   const QString &footer, const std::atomic_bool *cancel = nullptr,
                                   const Progress &progress = {});
    // One preview per message, in the order given, over the same recipients read once. On an
    // error or a cancel, every preview says so.
    static QList<CampaignPreview> computeEach(Database *database, qint64 audienceId,
                                              const Segment &segment, Consent::Purpose purpose,
                                              const QList<Message> &messages,
                                              const std::atomic_bool *cancel = nullptr,
                                              const Progress &progress = {});
};
