// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentgate.h"

#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/sharedsettings.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Consent;

namespace {
const QString kGate = QStringLiteral("consent.gate");
const QString kExpiryDays = QStringLiteral("consent.expiry_days");
const QString kStopConfirmation = QStringLiteral("consent.stop_confirmation");
const QString kStopConfirmationText = QStringLiteral("consent.stop_confirmation_text");
} // namespace

Settings Settings::load(Database *database)
{
    Settings settings;
    settings.gate = SharedSettings::boolValue(database, kGate, settings.gate);
    settings.expiryDays =
        std::clamp(SharedSettings::intValue(database, kExpiryDays, settings.expiryDays), 1, 365);
    settings.stopConfirmation =
        SharedSettings::boolValue(database, kStopConfirmation, settings.stopConfirmation);
    const QString text = SharedSettings::value(database, kStopConfirmationText).trimmed();
    if (!text.isEmpty())
        settings.stopConfirmationText = text;
    return settings;
}

QString Settings::defaultStopConfirmationText()
{
    return QStringLiteral("Votre demande STOP est enregistrée : vous ne recevrez plus aucun "
                          "message de notre part.");
}

bool Settings::save(Database *database, QString *errorString) const
{
    return SharedSettings::setValue(database, kGate,
                                    gate ? QStringLiteral("1") : QStringLiteral("0"), errorString)
        && SharedSettings::setValue(database, kExpiryDays,
                                    QString::number(std::clamp(expiryDays, 1, 365)), errorString)
        && SharedSettings::setValue(database, kStopConfirmation,
                                    stopConfirmation ? QStringLiteral("1") : QStringLiteral("0"),
                                    errorString)
        && SharedSettings::setValue(database, kStopConfirmationText, stopConfirmationText,
                                    errorString);
}

bool Settings::saveAs(Database *database, const QString &actor, QString *errorString) const
{
    const std::optional<UserAccount> account = UserAccount::find(database, actor, errorString);
    if (!account)
        return false;
    if (!account->mayAdminister()) {
        *errorString = tr("Only an administrator can change the consent rules.");
        return false;
    }
    QSqlDatabase db = database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        *errorString = transaction.errorString();
        return false;
    }
    if (!save(database, errorString))
        return false;
    const QJsonObject details {{QStringLiteral("gate"), gate},
                               {QStringLiteral("expiry_days"), std::clamp(expiryDays, 1, 365)},
                               {QStringLiteral("stop_confirmation"), stopConfirmation},
                               {QStringLiteral("stop_confirmation_text"), stopConfirmationText}};
    QString error;
    if (!AuditLog::append(database, actor, QStringLiteral("consent.settings"),
                          QStringLiteral("settings"), 0, details, &error, account->id)) {
        *errorString = tr("Cannot write to the audit log: %1").arg(error);
        return false;
    }
    if (!transaction.commit()) {
        *errorString = transaction.errorString();
        return false;
    }
    return true;
}

bool Gate::isGated(const QString &origin, const QString &ownConsentProof, bool gateSetting)
{
    if (!gateSetting)
        return false;
    return origin != QLatin1String("own") || ownConsentProof.trimmed().isEmpty();
}

bool Gate::isGated(Database *database, qint64 audienceId)
{
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT origin, own_consent_proof FROM audiences WHERE id = ?"));
    query.addBindValue(audienceId);
    const bool gateSetting = Settings::load(database).gate;
    if (!query.exec() || !query.next())
        return gateSetting; // the safe answer
    return isGated(query.value(0).toString(), query.value(1).toString(), gateSetting);
}

QString Gate::sqlCondition(Purpose purpose, bool gated)
{
    QString condition =
        QStringLiteral("NOT EXISTS (SELECT 1 FROM suppressions s WHERE s.phone = c.phone) AND ");
    if (purpose == Purpose::ConsentRequest)
        condition += QStringLiteral("NOT EXISTS (SELECT 1 FROM consent_states cs WHERE "
                                    "cs.phone = c.phone AND cs.state <> 'unknown')");
    else if (gated)
        condition += QStringLiteral("EXISTS (SELECT 1 FROM consent_states cs WHERE "
                                    "cs.phone = c.phone AND cs.state = 'granted')");
    else
        condition += QStringLiteral("NOT EXISTS (SELECT 1 FROM consent_states cs WHERE "
                                    "cs.phone = c.phone AND cs.state IN ('refused', 'opted_out'))");
    return condition;
}

Gate::Verdict Gate::check(Purpose purpose, bool gated, bool suppressed, const QString &state)
{
    if (suppressed || state == QLatin1String("opted_out"))
        return Verdict::Suppressed;
    const bool neverAsked = state.isEmpty() || state == QLatin1String("unknown");
    if (purpose == Purpose::ConsentRequest)
        return neverAsked ? Verdict::Allowed : Verdict::AlreadyAsked;
    if (state == QLatin1String("refused"))
        return Verdict::Refused;
    if (gated && state != QLatin1String("granted"))
        return Verdict::NotGranted;
    return Verdict::Allowed;
}

QString Gate::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return QString();
    case Verdict::Suppressed:
        return QStringLiteral("suppressed");
    case Verdict::NotGranted:
        return QStringLiteral("consent_not_granted");
    case Verdict::AlreadyAsked:
        return QStringLiteral("consent_already_asked");
    case Verdict::Refused:
        return QStringLiteral("consent");
    }
    return QString();
}

QString Gate::verdictLabel(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Allowed:
        return tr("allowed");
    case Verdict::Suppressed:
        return tr("on the suppression list (STOP or objection)");
    case Verdict::NotGranted:
        return tr("has not agreed to receive campaign messages");
    case Verdict::AlreadyAsked:
        return tr("already asked for consent");
    case Verdict::Refused:
        return tr("refused consent");
    }
    return QString();
}
