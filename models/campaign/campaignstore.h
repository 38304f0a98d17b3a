// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/campaign.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Database;

// Reads and writes campaigns, enforcing their rules: valid names and references, editable only
// before sending, an edit after approval returns the campaign to draft (the approval was for
// another text), legal state transitions only, and with user accounts the two-person rule: only
// an approver or administrator who neither wrote nor edited a campaign approves it. Every change
// is written to the audit log under the store's actor (by default Database::actor()).
class CampaignStore final
{
    Q_DECLARE_TR_FUNCTIONS(CampaignStore)
public:
    explicit CampaignStore(Database *database, QString actor = QString());

    QList<Campaign> list();
    std::optional<Campaign> find(qint64 id);
    std::optional<Campaign> findByName(const QString &name);

    // Inserts; sets campaign->id, revision, timestamps. Returns false with errorString().
    bool create(Campaign *campaign);
    // Saves edits of a draft or approved campaign (an approved one goes back to draft).
    bool update(Campaign *campaign);
    bool setState(Campaign *campaign, Campaign::State state);

    QString errorString() const { return m_errorString; }

    // Name <-> id lookups for the references a campaign holds (0 / empty when absent).
    qint64 audienceId(const QString &name);
    qint64 electionId(const QString &name);
    qint64 providerId(const QString &name);
    QString audienceName(qint64 id);
    QString electionName(qint64 id);
    QString providerName(qint64 id);

private:
    bool validate(const Campaign &campaign);
    // Whether this store's actor may approve the campaign: with user accounts, an approver or
    // administrator who neither wrote nor edited it (the two-person rule).
    bool checkApprover(const Campaign &campaign, qint64 *approverId);
    bool audit(const QString &action, const Campaign &campaign, const QString &details);
    qint64 idByName(const QString &table, const QString &name);
    QString nameById(const QString &table, qint64 id);

    Database *m_database;
    QString m_actor;
    QString m_errorString;
};
