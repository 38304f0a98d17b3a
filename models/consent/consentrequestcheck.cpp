// SPDX-License-Identifier: GPL-3.0-or-later
#include "consentrequestcheck.h"

#include "campaign/campaign.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Consent;

namespace {

// Lower case, accents dropped, every run of non-letters one space, padded with spaces so that
// " word " finds whole words.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out = QStringLiteral(" ");
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c.isLetterOrNumber())
            out.append(c.toLower());
        else if (!out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    if (!out.endsWith(QLatin1Char(' ')))
        out.append(QLatin1Char(' '));
    return out;
}

bool hasWord(const QString &foldedText, const QString &word)
{
    return foldedText.contains(QLatin1Char(' ') + word + QLatin1Char(' '));
}

bool hasAnyWord(const QString &foldedText, const QStringList &words)
{
    for (const QString &word : words) {
        if (hasWord(foldedText, word))
            return true;
    }
    return false;
}

} // namespace

QList<RequestCheck::Item> RequestCheck::check(const QString &message, const QString &footer,
                                              const QString &broker, bool rented)
{
    const QString all = folded(message + QLatin1Char(' ') + footer);
    QList<Item> items;

    // Who writes: the footer carries the party's or candidate's name next to STOP.
    const QStringList footerWords = folded(footer).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    static const QStringList notNames = {QStringLiteral("stop"),    QStringLiteral("au"),
                                         QStringLiteral("sms"),     QStringLiteral("par"),
                                         QStringLiteral("envoyez"), QStringLiteral("repondez")};
    bool named = false;
    for (const QString &word : footerWords) {
        if (word.size() >= 3 && !notNames.contains(word) && !word.front().isDigit())
            named = true;
    }
    items.append({QStringLiteral("identity"), named,
                  named ? tr("The footer names who writes.")
                        : tr("Say who writes: put the party's or the candidate's name in the "
                             "footer, e.g. \"Camille Martin 2027 - STOP au 36105\".")});

    static const QStringList purposeWords = {
        QStringLiteral("campagne"),       QStringLiteral("election"),
        QStringLiteral("elections"),      QStringLiteral("electorale"),
        QStringLiteral("politique"),      QStringLiteral("politiques"),
        QStringLiteral("municipales"),    QStringLiteral("legislatives"),
        QStringLiteral("presidentielle"), QStringLiteral("europeennes"),
        QStringLiteral("regionales"),     QStringLiteral("departementales"),
        QStringLiteral("candidat"),       QStringLiteral("candidate"),
        QStringLiteral("campaign"),       QStringLiteral("political"),
        QStringLiteral("scrutin")};
    const bool purpose = hasAnyWord(all, purposeWords);
    items.append({QStringLiteral("purpose"), purpose,
                  purpose ? tr("The message says it is about political messages of a campaign.")
                          : tr("Say why you write: the campaign or election your messages will "
                               "be about (e.g. \"pendant la campagne des municipales\").")});

    if (rented) {
        const QStringList brokerWords = folded(broker).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QString brokerName;
        for (const QString &word : brokerWords) {
            if (word.size() >= 3) {
                brokerName = word;
                break;
            }
        }
        const bool source = !brokerName.isEmpty() && hasWord(all, brokerName);
        items.append(
            {QStringLiteral("source"), source,
             source ? tr("The message names where the number comes from (%1).").arg(broker)
                 : brokerName.isEmpty()
                 ? tr("Record the broker of this rented audience (Audiences page), then name it "
                      "in the message: the person must learn where their number comes from "
                      "(GDPR art. 14).")
                 : tr("Name where the number comes from: the broker \"%1\" (GDPR art. 14), e.g. "
                      "\"Votre numéro nous a été loué par %1\".")
                       .arg(broker)});
    }

    const bool answer = (hasWord(all, QStringLiteral("oui")) && hasWord(all, QStringLiteral("non")))
        || (hasWord(all, QStringLiteral("yes")) && hasWord(all, QStringLiteral("no")));
    items.append({QStringLiteral("answer"), answer,
                  answer ? tr("The message says how to answer (OUI or NON).")
                         : tr("Say how to answer: \"Répondez OUI ou NON\".")});

    const bool objection = hasWord(all, QStringLiteral("stop"));
    items.append({QStringLiteral("objection"), objection,
                  objection ? tr("The message says how to object (STOP).")
                            : tr("Say how to object: \"STOP au 36xxx\" in the footer (GDPR art. "
                                 "21).")});

    static const QRegularExpression placeholder(QStringLiteral("\\[[^\\]]*\\]"));
    const QRegularExpressionMatch left = placeholder.match(message + QLatin1Char(' ') + footer);
    items.append({QStringLiteral("placeholders"), !left.hasMatch(),
                  left.hasMatch() ? tr("Replace the template's placeholder %1 with your own "
                                       "words.")
                                        .arg(left.captured(0))
                                  : tr("No template placeholder is left.")});
    return items;
}

QList<RequestCheck::Item> RequestCheck::check(Database *database, const Campaign &campaign)
{
    QSqlQuery query(database->connection());
    query.prepare(
        QStringLiteral("SELECT COALESCE(broker, ''), origin FROM audiences WHERE id = ?"));
    query.addBindValue(campaign.audienceId);
    QString broker;
    bool rented = true;
    if (query.exec() && query.next()) {
        broker = query.value(0).toString();
        rented = query.value(1).toString() != QLatin1String("own");
    }
    return check(campaign.message, campaign.footer, broker, rented);
}

QString RequestCheck::failures(const QList<Item> &items)
{
    QStringList failed;
    for (const Item &item : items) {
        if (!item.passed)
            failed.append(item.explanation);
    }
    return failed.join(QLatin1Char(' '));
}
