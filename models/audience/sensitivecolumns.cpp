// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensitivecolumns.h"

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
