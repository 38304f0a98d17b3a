// SPDX-License-Identifier: GPL-3.0-or-later
#include "providerstore.h"

#include "sending/callbacksettings.h"
#include "sending/credentialstore.h"
#include "sms/smsencoding.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cmath>

namespace Sending {

namespace {

const QString kColumns = QStringLiteral(
    "id, name, kind, endpoint, sender_id, rate_limit_per_second, max_parts, price_plan_id, "
    "credential_ref, options, is_active, created_at");
const QString kAccountKey = QStringLiteral("account");

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

ProviderStore::Entry readEntry(const QSqlQuery &query)
{
    ProviderStore::Entry e;
    e.id = query.value(0).toLongLong();
    e.name = query.value(1).toString();
    e.kind = query.value(2).toString();
    const QString endpoint = query.value(3).toString();
    if (!endpoint.isEmpty())
        e.endpoint = QUrl(endpoint);
    e.senderId = query.value(4).toString();
    e.ratePerSecond = query.value(5).toDouble();
    e.maxParts = query.value(6).toInt();
    e.pricePlanId = query.value(7).toLongLong();
    e.credentialRef = query.value(8).toString();
    QJsonObject options = QJsonDocument::fromJson(query.value(9).toString().toUtf8()).object();
    e.account = options.take(kAccountKey).toString();
    e.options = options;
    e.isActive = query.value(10).toInt() != 0;
    e.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(11).toLongLong());
    return e;
}

QString optionsText(const ProviderStore::Entry &entry)
{
    QJsonObject options = entry.options;
    if (!entry.account.isEmpty())
        options.insert(kAccountKey, entry.account);
    if (options.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(options).toJson(QJsonDocument::Compact));
}

void bindEditableFields(QSqlQuery &query, const ProviderStore::Entry &entry)
{
    query.addBindValue(entry.name);
    query.addBindValue(entry.kind);
    query.addBindValue(textOrNull(entry.endpoint.toString(QUrl::FullyEncoded)));
    query.addBindValue(textOrNull(entry.senderId));
    query.addBindValue(entry.ratePerSecond);
    query.addBindValue(entry.maxParts);
    query.addBindValue(entry.pricePlanId > 0 ? QVariant(entry.pricePlanId)
                                             : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(textOrNull(entry.credentialRef));
    query.addBindValue(textOrNull(optionsText(entry)));
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(text).hasMatch();
}

} // namespace

ProviderStore::ProviderStore(Database *database, CredentialStore *credentials, QString actor)
    : m_database(database)
    , m_credentials(credentials)
    , m_actor(actor.isEmpty() ? database->actor() : std::move(actor))
{ }

QStringList ProviderStore::kinds()
{
    return {QStringLiteral("sandbox"), QStringLiteral("kannel"),   QStringLiteral("twilio"),
            QStringLiteral("vonage"),  QStringLiteral("octopush"), QStringLiteral("smsfactor")};
}

QUrl ProviderStore::defaultEndpoint(const QString &kind)
{
    if (kind == QLatin1String("twilio"))
        return QUrl(QStringLiteral("https://api.twilio.com"));
    if (kind == QLatin1String("vonage"))
        return QUrl(QStringLiteral("https://rest.nexmo.com"));
    if (kind == QLatin1String("octopush"))
        return QUrl(QStringLiteral("https://api.octopush.com"));
    if (kind == QLatin1String("smsfactor"))
        return QUrl(QStringLiteral("https://api.smsfactor.com"));
    return {};
}

QList<ProviderStore::Entry> ProviderStore::list()
{
    m_errorString.clear();
    QList<Entry> entries;
    QSqlQuery query(m_database->connection());
    if (!query.exec(QStringLiteral("SELECT %1 FROM providers ORDER BY name").arg(kColumns))) {
        m_errorString = query.lastError().text();
        return entries;
    }
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

std::optional<ProviderStore::Entry> ProviderStore::find(qint64 id)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM providers WHERE id = ?").arg(kColumns));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

std::optional<ProviderStore::Entry> ProviderStore::findByName(const QString &name)
{
    QSqlQuery query(m_database->connection());
    query.prepare(QStringLiteral("SELECT %1 FROM providers WHERE name = ?").arg(kColumns));
    query.addBindValue(name.trimmed());
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readEntry(query);
}

QString ProviderStore::databaseId()
{
    QSqlDatabase db = m_database->connection();
    const auto read = [&db]() {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT value FROM app_settings WHERE key = 'database_id'"));
        return query.exec() && query.next() ? query.value(0).toString() : QString();
    };
    QString id = read();
    if (!id.isEmpty())
        return id;
    // Two clients drawing at once: the first insert wins and both read it back.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO app_settings (key, value) VALUES ('database_id', ?) "
                                  "ON CONFLICT (key) DO NOTHING"));
    insert.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!insert.exec()) {
        m_errorString =
            tr("Cannot record this database's identity: %1").arg(insert.lastError().text());
        return QString();
    }
    return read();
}

bool ProviderStore::validate(const Entry &entry)
{
    m_errorString.clear();
    const QString name = entry.name.trimmed();
    if (name.isEmpty()) {
        m_errorString = tr("Give the provider a name.");
        return false;
    }
    if (name.size() > 100) {
        m_errorString = tr("The provider's name is too long (100 characters at most).");
        return false;
    }
    if (!kinds().contains(entry.kind)) {
        m_errorString = tr("Unknown provider kind \"%1\" (expected one of: %2).")
                            .arg(entry.kind, kinds().join(QStringLiteral(", ")));
        return false;
    }
    const QUrl endpoint = entry.endpoint.isEmpty() ? defaultEndpoint(entry.kind) : entry.endpoint;
    if (needsEndpoint(entry.kind)) {
        if (endpoint.isEmpty()) {
            m_errorString = tr("A %1 provider needs an address (endpoint).").arg(entry.kind);
            return false;
        }
        if (!Provider::isAllowedEndpoint(endpoint)) {
            m_errorString = tr("The provider's address must use HTTPS (plain HTTP is accepted "
                               "only on this computer): %1")
                                .arg(entry.endpoint.toDisplayString());
            return false;
        }
    } else if (!entry.endpoint.isEmpty()) {
        m_errorString = tr("The sandbox provider runs inside Tribune and takes no address.");
        return false;
    }
    if (!std::isfinite(entry.ratePerSecond) || entry.ratePerSecond <= 0) {
        m_errorString = tr("The rate limit must be more than 0 messages per second.");
        return false;
    }
    if (entry.maxParts < 1 || entry.maxParts > 10) {
        m_errorString = tr("The number of parts per message must be between 1 and 10.");
        return false;
    }
    if (!entry.senderId.isEmpty()) {
        const Sms::SenderIdCheck check = Sms::validateSenderId(entry.senderId);
        if (!check.ok) {
            m_errorString = check.errorString;
            return false;
        }
    }
    if (entry.pricePlanId > 0) {
        QSqlQuery query(m_database->connection());
        query.prepare(QStringLiteral("SELECT 1 FROM price_plans WHERE id = ?"));
        query.addBindValue(entry.pricePlanId);
        if (!query.exec() || !query.next()) {
            m_errorString = tr("The price plan no longer exists.");
            return false;
        }
    }
    return validateOptions(entry);
}

namespace {

// Vonage, Octopush and SMSFactor: their account and the options their adapters read. An empty
// text when valid.
QString batchProviderOptionsError(const ProviderStore::Entry &entry)
{
    QHash<QString, QStringList> choices; // option -> allowed texts; empty: a boolean
    if (entry.kind == QLatin1String("vonage")) {
        if (entry.account.isEmpty() || !matches(QStringLiteral("[A-Za-z0-9]{4,64}"), entry.account))
            return ProviderStore::tr("A Vonage account needs its API key (letters and digits).");
        if (entry.senderId.isEmpty())
            return ProviderStore::tr("A Vonage provider needs a sender id.");
    } else if (entry.kind == QLatin1String("octopush")) {
        if (!matches(QStringLiteral("[^@\\s]+@[^@\\s]+"), entry.account))
            return ProviderStore::tr("An Octopush account needs its login (the account's e-mail "
                                     "address).");
        choices.insert(QStringLiteral("type"),
                       {QStringLiteral("sms_premium"), QStringLiteral("sms_low_cost")});
        choices.insert(QStringLiteral("purpose"),
                       {QStringLiteral("alert"), QStringLiteral("wholesale")});
        choices.insert(QStringLiteral("with_replies"), {});
        if (entry.senderId.isEmpty()
            && !entry.options.value(QStringLiteral("with_replies")).toBool())
            return ProviderStore::tr("An Octopush provider needs a sender id (3 to 11 letters or "
                                     "digits), unless replies are on.");
        if (!entry.senderId.isEmpty()
            && !matches(QStringLiteral("[A-Za-z0-9]{3,11}"), entry.senderId))
            return ProviderStore::tr("Octopush takes a sender id of 3 to 11 letters or digits.");
    } else {
        choices.insert(QStringLiteral("pushtype"),
                       {QStringLiteral("alert"), QStringLiteral("marketing")});
    }
    const QString timeoutKey = QStringLiteral("timeout_ms");
    for (auto it = entry.options.constBegin(); it != entry.options.constEnd(); ++it) {
        if (it.key() == timeoutKey) {
            const double timeout = it.value().toDouble(-1);
            if (timeout < 100 || timeout > 600000)
                return ProviderStore::tr(
                    "The timeout must be between 100 and 600000 milliseconds.");
            continue;
        }
        if (!choices.contains(it.key())) {
            QStringList known = choices.keys();
            known.append(timeoutKey);
            known.sort();
            return ProviderStore::tr("Unknown %1 option \"%2\" (expected one of: %3).")
                .arg(entry.kind, it.key(), known.join(QStringLiteral(", ")));
        }
        const QStringList allowed = choices.value(it.key());
        if (allowed.isEmpty() ? !it.value().isBool() : !allowed.contains(it.value().toString()))
            return allowed.isEmpty()
                ? ProviderStore::tr("The option \"%1\" must be true or false.").arg(it.key())
                : ProviderStore::tr("The option \"%1\" must be one of: %2.")
                      .arg(it.key(), allowed.join(QStringLiteral(", ")));
    }
    return {};
}

} // namespace

bool ProviderStore::validateOptions(const Entry &entry)
{
    for (auto it = entry.options.constBegin(); it != entry.options.constEnd(); ++it) {
        if (it.key() == kAccountKey) {
            m_errorString = tr("Give the account as the account, not as an option.");
            return false;
        }
        // The Sandbox's simulated replies are the one structured option: {"oui": 0.22, ...}.
        if (entry.kind == QLatin1String("sandbox") && it.key() == QLatin1String("reply_rates")
            && it.value().isObject()) {
            const QJsonObject rates = it.value().toObject();
            for (auto rate = rates.constBegin(); rate != rates.constEnd(); ++rate) {
                const double share = rate.value().toDouble(-1);
                if (share < 0 || share > 1) {
                    m_errorString =
                        tr("The share of \"%1\" replies must be between 0 and 1.").arg(rate.key());
                    return false;
                }
            }
            continue;
        }
        if (it.value().isArray() || it.value().isObject() || it.value().isNull()) {
            m_errorString =
                tr("The option \"%1\" must be a text, a number or true/false.").arg(it.key());
            return false;
        }
    }
    if (entry.kind == QLatin1String("twilio")) {
        if (!matches(QStringLiteral("AC[0-9a-fA-F]{32}"), entry.account)) {
            m_errorString = tr("A Twilio account needs its Account SID (AC followed by 32 "
                               "hexadecimal characters).");
            return false;
        }
        const QStringList known = {QStringLiteral("messaging_service_sid"),
                                   QStringLiteral("validity_period"), QStringLiteral("timeout_ms")};
        for (auto it = entry.options.constBegin(); it != entry.options.constEnd(); ++it) {
            if (!known.contains(it.key())) {
                m_errorString = tr("Unknown Twilio option \"%1\" (expected one of: %2).")
                                    .arg(it.key(), known.join(QStringLiteral(", ")));
                return false;
            }
        }
        const QString service = entry.options.value(known.at(0)).toString();
        if (!service.isEmpty() && !matches(QStringLiteral("MG[0-9a-fA-F]{32}"), service)) {
            m_errorString = tr("A Messaging Service SID is MG followed by 32 hexadecimal "
                               "characters.");
            return false;
        }
        if (entry.senderId.isEmpty() && service.isEmpty()) {
            m_errorString = tr("A Twilio provider needs a sender id or a Messaging Service SID.");
            return false;
        }
        if (entry.options.contains(known.at(1))) {
            const double validity = entry.options.value(known.at(1)).toDouble(-1);
            if (validity < 1 || validity > 36000 || validity != std::floor(validity)) {
                m_errorString = tr("The validity period must be a whole number of seconds "
                                   "between 1 and 36000.");
                return false;
            }
        }
        if (entry.options.contains(known.at(2))) {
            const double timeout = entry.options.value(known.at(2)).toDouble(-1);
            if (timeout < 100 || timeout > 600000) {
                m_errorString = tr("The timeout must be between 100 and 600000 milliseconds.");
                return false;
            }
        }
    }
    if (entry.kind == QLatin1String("vonage") || entry.kind == QLatin1String("octopush")
        || entry.kind == QLatin1String("smsfactor")) {
        m_errorString = batchProviderOptionsError(entry);
        return m_errorString.isEmpty();
    }
    return true;
}

QJsonObject ProviderStore::auditJson(const Entry &entry)
{
    // Everything an auditor needs to see what was configured — never the secret itself.
    return {{QStringLiteral("name"), entry.name},
            {QStringLiteral("kind"), entry.kind},
            {QStringLiteral("endpoint"), entry.endpoint.toDisplayString()},
            {QStringLiteral("sender_id"), entry.senderId},
            {QStringLiteral("rate_limit_per_second"), entry.ratePerSecond},
            {QStringLiteral("max_parts"), entry.maxParts},
            {QStringLiteral("account"), entry.account},
            {QStringLiteral("options"), entry.options},
            {QStringLiteral("has_secret"), entry.hasSecret()}};
}

bool ProviderStore::audit(const QString &action, qint64 id, const QJsonObject &details)
{
    QSqlQuery query(m_database->connection());
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, ?, 'provider', ?, ?)"));
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(m_actor);
    query.addBindValue(action);
    query.addBindValue(id);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    return true;
}

bool ProviderStore::storeSecret(Entry *entry, const QString &secret)
{
    if (secret.isEmpty()) {
        m_errorString = tr("The secret is empty.");
        return false;
    }
    if (entry->credentialRef.isEmpty()) {
        const QString database = databaseId();
        if (database.isEmpty())
            return false;
        entry->credentialRef = CredentialStore::providerKey(
            database, QUuid::createUuid().toString(QUuid::WithoutBraces));
    }
    const CredentialStore::Result result =
        m_credentials->writeSecretAndWait(entry->credentialRef, secret);
    if (!result.isOk()) {
        m_errorString = result.errorString;
        return false;
    }
    return true;
}

bool ProviderStore::add(Entry *entry, const QString &secret)
{
    m_warningString.clear();
    entry->name = entry->name.trimmed();
    if (entry->endpoint.isEmpty())
        entry->endpoint = defaultEndpoint(entry->kind);
    entry->credentialRef.clear();
    if (!validate(*entry))
        return false;
    if (findByName(entry->name)) {
        m_errorString = tr("A provider named \"%1\" already exists.").arg(entry->name);
        return false;
    }
    // The secret first: when the keychain refuses, nothing is written to the database.
    if (!secret.isNull() && !storeSecret(entry, secret))
        return false;
    const auto undoSecret = [this, entry]() {
        if (entry->hasSecret())
            m_credentials->removeSecretAndWait(entry->credentialRef);
        entry->credentialRef.clear();
    };

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QString sql = QStringLiteral(
        "INSERT INTO providers (name, kind, endpoint, sender_id, rate_limit_per_second, "
        "max_parts, price_plan_id, credential_ref, options, is_active, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (m_database->isPostgreSql())
        sql += QStringLiteral(" RETURNING id");
    QSqlQuery query(db);
    query.prepare(sql);
    bindEditableFields(query, *entry);
    query.addBindValue(entry->isActive ? 1 : 0);
    query.addBindValue(now);
    if (!query.exec()) {
        m_errorString = tr("Cannot save the provider: %1").arg(query.lastError().text());
        undoSecret();
        return false;
    }
    entry->id = m_database->isPostgreSql() ? (query.next() ? query.value(0).toLongLong() : 0)
                                           : query.lastInsertId().toLongLong();
    entry->createdAt = QDateTime::fromMSecsSinceEpoch(now);
    if (!audit(QStringLiteral("provider.create"), entry->id, auditJson(*entry))
        || !transaction.commit()) {
        if (m_errorString.isEmpty())
            m_errorString = transaction.errorString();
        undoSecret();
        entry->id = 0;
        return false;
    }
    return true;
}

bool ProviderStore::update(Entry *entry, const QString &secret)
{
    m_warningString.clear();
    entry->name = entry->name.trimmed();
    const std::optional<Entry> stored = find(entry->id);
    if (!stored) {
        m_errorString = tr("This provider no longer exists.");
        return false;
    }
    if (entry->endpoint.isEmpty())
        entry->endpoint = defaultEndpoint(entry->kind);
    entry->credentialRef = stored->credentialRef;
    if (!validate(*entry))
        return false;
    const std::optional<Entry> sameName = findByName(entry->name);
    if (sameName && sameName->id != entry->id) {
        m_errorString = tr("A provider named \"%1\" already exists.").arg(entry->name);
        return false;
    }
    const bool newSecret = !secret.isNull();
    if (newSecret && !storeSecret(entry, secret))
        return false;

    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "UPDATE providers SET name = ?, kind = ?, endpoint = ?, sender_id = ?, "
        "rate_limit_per_second = ?, max_parts = ?, price_plan_id = ?, credential_ref = ?, "
        "options = ? WHERE id = ?"));
    bindEditableFields(query, *entry);
    query.addBindValue(entry->id);
    QJsonObject details = auditJson(*entry);
    details.insert(QStringLiteral("secret_changed"), newSecret);
    if (!query.exec() || !audit(QStringLiteral("provider.edit"), entry->id, details)
        || !transaction.commit()) {
        if (m_errorString.isEmpty())
            m_errorString =
                query.lastError().isValid() ? query.lastError().text() : transaction.errorString();
        m_errorString = tr("Cannot save the provider: %1").arg(m_errorString);
        if (newSecret && stored->credentialRef.isEmpty())
            m_credentials->removeSecretAndWait(entry->credentialRef);
        else if (newSecret)
            m_warningString = tr("The new secret was stored in the keychain although the other "
                                 "changes were not saved.");
        entry->credentialRef = stored->credentialRef;
        return false;
    }
    entry->isActive = stored->isActive;
    entry->createdAt = stored->createdAt;
    return true;
}

bool ProviderStore::remove(qint64 id)
{
    m_warningString.clear();
    m_errorString.clear();
    const std::optional<Entry> stored = find(id);
    if (!stored) {
        m_errorString = tr("This provider no longer exists.");
        return false;
    }
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    const auto count = [&db, id](const QString &sql) {
        QSqlQuery query(db);
        query.prepare(sql);
        query.addBindValue(id);
        return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 campaigns =
        count(QStringLiteral("SELECT COUNT(*) FROM campaigns WHERE provider_id = ?"));
    if (campaigns != 0) {
        // Name them (the first few), so that the user knows which to change.
        QStringList names;
        QSqlQuery query(db);
        query.prepare(QStringLiteral(
            "SELECT name FROM campaigns WHERE provider_id = ? ORDER BY name LIMIT 5"));
        query.addBindValue(id);
        if (query.exec()) {
            while (query.next())
                names.append(QLatin1Char('"') + query.value(0).toString() + QLatin1Char('"'));
        }
        if (campaigns > names.size() && !names.isEmpty())
            names.append(QStringLiteral("\u2026"));
        m_errorString = campaigns < 0
            ? tr("Cannot check which campaigns use this provider.")
            : tr("%n campaign(s) use this provider (%1): it cannot be removed while they refer "
                 "to it.",
                 "", int(campaigns))
                  .arg(names.join(QStringLiteral(", ")));
        return false;
    }
    const qint64 inbound =
        count(QStringLiteral("SELECT COUNT(*) FROM inbound_messages WHERE provider_id = ?"));
    if (inbound != 0) {
        m_errorString = inbound < 0
            ? tr("Cannot check the messages received through this provider.")
            : tr("%n message(s) were received through this provider: it cannot be removed.", "",
                 int(inbound));
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM providers WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !audit(QStringLiteral("provider.remove"), id, auditJson(*stored))
        || !transaction.commit()) {
        m_errorString = tr("Cannot remove the provider: %1")
                            .arg(query.lastError().isValid() ? query.lastError().text()
                                                             : transaction.errorString());
        return false;
    }
    if (stored->hasSecret()) {
        const CredentialStore::Result result =
            m_credentials->removeSecretAndWait(stored->credentialRef);
        if (!result.isOk())
            m_warningString = tr("The provider was removed but its secret is still in the "
                                 "keychain: %1")
                                  .arg(result.errorString);
    }
    return true;
}

bool ProviderStore::setActive(qint64 id, bool active)
{
    m_warningString.clear();
    m_errorString.clear();
    QSqlDatabase db = m_database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE providers SET is_active = ? WHERE id = ?"));
    query.addBindValue(active ? 1 : 0);
    query.addBindValue(id);
    if (!query.exec()) {
        m_errorString = query.lastError().text();
        return false;
    }
    if (query.numRowsAffected() != 1) {
        m_errorString = tr("This provider no longer exists.");
        return false;
    }
    if (!audit(active ? QStringLiteral("provider.activate") : QStringLiteral("provider.deactivate"),
               id, {})
        || !transaction.commit()) {
        if (m_errorString.isEmpty())
            m_errorString = transaction.errorString();
        return false;
    }
    return true;
}

std::optional<ProviderConfig> ProviderStore::config(qint64 id, QString *errorString)
{
    const std::optional<Entry> entry = find(id);
    if (!entry) {
        *errorString = tr("This provider no longer exists.");
        return std::nullopt;
    }
    ProviderConfig config;
    config.id = entry->id;
    config.name = entry->name;
    config.kind = entry->kind;
    config.endpoint = entry->endpoint;
    config.senderId = entry->senderId;
    config.ratePerSecond = entry->ratePerSecond;
    config.maxParts = entry->maxParts;
    config.options = entry->options;
    config.account = entry->account;
    // Where Tribune's callback listener is reached, when the team has one running.
    const CallbackSettings callbacks = CallbackSettings::load(m_database);
    if (callbacks.enabled)
        config.callbackBase = callbacks.effectiveUrl();
    if (entry->hasSecret()) {
        const CredentialStore::Result result =
            m_credentials->readSecretAndWait(entry->credentialRef);
        if (!result.isOk()) {
            *errorString = tr("Cannot read the secret of provider \"%1\": %2")
                               .arg(entry->name, result.errorString);
            return std::nullopt;
        }
        config.secret = result.secret;
    }
    return config;
}

} // namespace Sending
