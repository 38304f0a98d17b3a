// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivecolumns.h"

#include "sms/messagetemplate.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/useraccount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

struct Words
{
    SensitiveColumns::Category category;
    const char *words; // a name token equal to, or starting with, one of these
};

const Words kWords[] = {
    {SensitiveColumns::Category::Religion,
     "religion|religieu|confession|culte|croyance|eglise|mosquee|synagogue|catholique|musulman|"
     "juif|"
     "protestant|chretien|islam|halal|casher|kasher|ramadan|pratiquant"},
    {SensitiveColumns::Category::EthnicOrigin,
     "ethni|origine|race|racial|couleur_de_peau|nationalite|naturalis|pays_naissance|"
     "pays_de_naissance|lieu_naissance|immigr|communaute|diaspora|patronyme_origine"},
    {SensitiveColumns::Category::PoliticalOpinion,
     "vote|votant|electeur_de|opinion|politique|parti|sympathi|militant|adherent|partisan|"
     "orientation_politique|bord|gauche|droite|abstention|abstentionniste|intention"},
    {SensitiveColumns::Category::TradeUnion, "syndic|cgt|cfdt|fo_adherent|unsa"},
    {SensitiveColumns::Category::Health,
     "sante|maladie|malade|handicap|medical|medic|patholog|diagnostic|traitement|grossesse|"
     "enceinte|"
     "diabete|cancer|vih|hiv|psychi|invalidite|mdph|alzheimer|allergie"},
    {SensitiveColumns::Category::SexLife,
     "sexualite|sexuel|orientation_sexuelle|lgbt|gay|lesbien|homosex|bisex|trans"},
    {SensitiveColumns::Category::Criminal, "casier|condamnation|infraction|judiciaire"},
};

} // namespace

SensitiveColumns::Category SensitiveColumns::categorise(const QString &normalisedName)
{
    const QString name = normalisedName.toLower();
    const QStringList tokens = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (const Words &entry : kWords) {
        const QStringList words = QString::fromLatin1(entry.words).split(QLatin1Char('|'));
        for (const QString &word : words) {
            // Multi-token words match the whole name; single words match a token's start, so
            // that "vote_2022" and "religieuse" are caught but "devote" or "departement" are not.
            if (word.contains(QLatin1Char('_'))) {
                if (name.contains(word))
                    return entry.category;
                continue;
            }
            for (const QString &token : tokens) {
                if (token.startsWith(word))
                    return entry.category;
            }
        }
    }
    return Category::None;
}

QString SensitiveColumns::categoryLabel(Category category)
{
    switch (category) {
    case Category::Religion:
        return tr("religious beliefs");
    case Category::EthnicOrigin:
        return tr("racial or ethnic origin");
    case Category::PoliticalOpinion:
        return tr("political opinions");
    case Category::TradeUnion:
        return tr("trade-union membership");
    case Category::Health:
        return tr("health");
    case Category::SexLife:
        return tr("sex life or sexual orientation");
    case Category::Criminal:
        return tr("criminal convictions");
    case Category::None:
        break;
    }
    return {};
}

QString SensitiveColumns::refusal(const QString &column, Category category)
{
    return tr("The column \"%1\" reveals or suggests %2 (GDPR art. 9): segments cannot be built on "
              "it. An administrator can mark the column as not sensitive after checking its "
              "content.")
        .arg(column, categoryLabel(category));
}

QList<SensitiveColumns::Column> SensitiveColumns::columns(Database *database, qint64 audienceId)
{
    QList<Column> columns;
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral(
        "SELECT name, label, is_sensitive, sensitivity_reviewed_by, sensitivity_reviewed_at "
        "FROM audience_columns WHERE audience_id = ? ORDER BY position"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return columns;
    QSqlQuery users(database->connection());
    while (query.next()) {
        Column column;
        column.name = MessageTemplate::normaliseName(query.value(0).toString());
        column.label = query.value(1).toString();
        column.category = categorise(column.name);
        column.sensitive = query.value(2).toInt() != 0;
        if (!query.value(4).isNull()) {
            column.reviewedAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong());
            users.prepare(QStringLiteral("SELECT login FROM users WHERE id = ?"));
            users.addBindValue(query.value(3));
            column.reviewedBy =
                users.exec() && users.next() ? users.value(0).toString() : QString();
        }
        columns.append(column);
    }
    return columns;
}

QString SensitiveColumns::refusalFor(Database *database, qint64 audienceId, const QString &column)
{
    const Category category = categorise(column);
    if (category == Category::None)
        return {};
    for (const Column &candidate : columns(database, audienceId)) {
        if (candidate.name == column && !candidate.sensitive && candidate.reviewedAt.isValid())
            return {};
    }
    return refusal(column, category);
}

bool SensitiveColumns::review(Database *database, qint64 audienceId, const QString &column,
                              bool sensitive, const QString &reason, const QString &actor,
                              QString *errorString)
{
    QSqlDatabase db = database->connection();
    Transaction transaction(db, Transaction::Mode::Immediate);
    if (!transaction.isActive()) {
        *errorString = transaction.errorString();
        return false;
    }
    QSqlQuery query(db);
    const auto fail = [&]() {
        *errorString = tr("Recording the review failed: %1").arg(query.lastError().text());
        return false;
    };
    if (reason.trimmed().isEmpty()) {
        *errorString = tr("Say why the column is or is not sensitive: the reason is kept in the "
                          "audit log.");
        return false;
    }
    // Accounts exist on shared installations; there, only an administrator may decide.
    const std::optional<UserAccount> account = UserAccount::find(database, actor, errorString);
    if (!account)
        return false;
    if (!account->mayAdminister()) {
        *errorString = tr("Only an administrator can change whether a column is sensitive.");
        return false;
    }
    const QVariant userId = account->id > 0 ? QVariant(account->id) : QVariant();
    query.prepare(QStringLiteral("SELECT name FROM audience_columns WHERE audience_id = ?"));
    query.addBindValue(audienceId);
    if (!query.exec())
        return fail();
    QString storedName;
    while (query.next()) {
        if (MessageTemplate::normaliseName(query.value(0).toString()) == column)
            storedName = query.value(0).toString();
    }
    if (storedName.isEmpty()) {
        *errorString = tr("The audience has no column \"%1\".").arg(column);
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    query.prepare(
        QStringLiteral("UPDATE audience_columns SET is_sensitive = ?, sensitivity_reviewed_by = ?, "
                       "sensitivity_reviewed_at = ? WHERE audience_id = ? AND name = ?"));
    query.addBindValue(sensitive ? 1 : 0);
    query.addBindValue(userId.isValid() ? userId : QVariant(QMetaType(QMetaType::LongLong)));
    query.addBindValue(now);
    query.addBindValue(audienceId);
    query.addBindValue(storedName);
    if (!query.exec())
        return fail();
    const QJsonObject details {{QStringLiteral("column"), column},
                               {QStringLiteral("sensitive"), sensitive},
                               {QStringLiteral("category"), categoryLabel(categorise(column))},
                               {QStringLiteral("reason"), reason.trimmed()}};
    query.prepare(
        QStringLiteral("INSERT INTO audit_log (at, actor, action, object_type, object_id, details) "
                       "VALUES (?, ?, 'audience.column_review', 'audience', ?, ?)"));
    query.addBindValue(now);
    query.addBindValue(actor);
    query.addBindValue(audienceId);
    query.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return fail();
    if (!transaction.commit()) {
        *errorString = transaction.errorString();
        return false;
    }
    return true;
}
