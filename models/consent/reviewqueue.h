// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

namespace Consent {

// Replies the interpreter could not read with certainty (inbound_messages with interpretation
// 'ambiguous' and no handled_at), waiting for a person: "oui mais qui êtes-vous ?", "où avez-vous
// eu mon numéro ?". A decision is written to the consent ledger as an override by that person,
// with the reply's text; a STOP decision suppresses the number. Use in one thread.
class ReviewQueue final
{
    Q_DECLARE_TR_FUNCTIONS(ConsentReviewQueue)
    Q_DISABLE_COPY_MOVE(ReviewQueue)
public:
    struct Item
    {
        qint64 inboundId = 0;
        QString phone;
        QString text; // the reply
        QDateTime receivedAt;
        QString textSent; // what it answers (the last message sent to the number), if known
        QString audienceName;
        QString state; // the number's consent state now ("" for none)
    };
    enum class Decision { Yes, No, Stop, Dismiss };

    explicit ReviewQueue(Database *database);

    // Oldest first.
    QList<Item> pending(int limit = 500);
    qint64 pendingCount();
    // Records the decision (own transaction, audited). Dismiss only marks the reply handled.
    // Refused for a reply already handled, and a yes cannot undo a STOP (the ledger's rule).
    bool decide(qint64 inboundId, Decision decision, const QString &actor, qint64 userId = 0,
                const QString &note = QString());

    static QString decisionKey(Decision decision); // "yes", "no", "stop", "dismiss"
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    Database *m_database;
    QString m_errorString;
};

} // namespace Consent
