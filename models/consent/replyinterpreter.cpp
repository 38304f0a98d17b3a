// SPDX-License-Identifier: GPL-3.0-or-later
#include "replyinterpreter.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>

namespace Consent {

namespace {

// What a word or phrase of the dictionary means.
enum class Cat : quint8 {
    Unknown, // not in the dictionary
    Stop, // an objection, anywhere in the reply
    WeakStop, // a carrier keyword that is also an ordinary word (END, QUIT, FIN…)
    StopGuard, // a negated stop ("ne stop pas", "don't stop")
    Yes, // a yes on its own ("oui", "d'accord", 👍)
    ConsentYes, // a verb of consent that is a yes on its own ("j'accepte", "intéressé")
    Consent, // a verb of consent that is not ("je veux", "souhaite")
    No,
    Negation, // pas, ne, not…: negates a yes near it
    Courtesy, // words that change nothing (merci, bonjour, je, pour, vos messages…)
    Hedge, // doubt, condition, question word: a human must read
    Question,
    Letter, // o, y, k: a yes when alone
};

struct EntrySource
{
    const char *text; // UTF-8, usual spelling
    Cat cat;
};

// The dictionary in its usual spelling; build() normalises it like the replies, so accents,
// apostrophes, hyphens and doubled letters need no variants here. The first entry of a key
// wins, and typos resolve in this order too (stop words first).
const EntrySource entrySources[] = {
    // Stop, anywhere in the reply.
    {"stop", Cat::Stop},
    {"stoppe", Cat::Stop},
    {"stopper", Cat::Stop},
    {"stoppez", Cat::Stop},
    {"stopped", Cat::Stop},
    {"stopping", Cat::Stop},
    {"stopall", Cat::Stop},
    {"stopsms", Cat::Stop},
    {"stoppub", Cat::Stop},
    {"arrêt", Cat::Stop},
    {"arrête", Cat::Stop},
    {"arrêter", Cat::Stop},
    {"arrêtez", Cat::Stop},
    {"arrêtes", Cat::Stop},
    {"arrêtons", Cat::Stop},
    {"arretsms", Cat::Stop},
    {"cesse", Cat::Stop},
    {"cesser", Cat::Stop},
    {"cessez", Cat::Stop},
    {"désabonner", Cat::Stop},
    {"désabonne", Cat::Stop},
    {"désabonnez", Cat::Stop},
    {"désabonnes", Cat::Stop},
    {"désabonnement", Cat::Stop},
    {"désabo", Cat::Stop},
    {"désinscrire", Cat::Stop},
    {"désinscris", Cat::Stop},
    {"désinscrit", Cat::Stop},
    {"désinscrivez", Cat::Stop},
    {"désinscription", Cat::Stop},
    {"unsubscribe", Cat::Stop},
    {"unsub", Cat::Stop},
    {"optout", Cat::Stop},
    {"opt out", Cat::Stop},
    {"opt me out", Cat::Stop},
    {"spam", Cat::Stop},
    {"spams", Cat::Stop},
    {"spammer", Cat::Stop},
    {"spammez", Cat::Stop},
    {"spamming", Cat::Stop},
    {"harcèlement", Cat::Stop},
    {"harceler", Cat::Stop},
    {"harcelez", Cat::Stop},
    {"33700", Cat::Stop},
    {"anymore", Cat::Stop},
    {"any more", Cat::Stop},
    {"no more", Cat::Stop},
    {"no longer", Cat::Stop},
    {"remove me", Cat::Stop},
    {"remove my number", Cat::Stop},
    {"delete me", Cat::Stop},
    {"delete my number", Cat::Stop},
    {"take me off", Cat::Stop},
    {"leave me alone", Cat::Stop},
    {"don't text", Cat::Stop},
    {"dont text", Cat::Stop},
    {"do not text", Cat::Stop},
    {"don't message", Cat::Stop},
    {"dont message", Cat::Stop},
    {"do not message", Cat::Stop},
    {"don't contact", Cat::Stop},
    {"dont contact", Cat::Stop},
    {"do not contact", Cat::Stop},
    {"don't send", Cat::Stop},
    {"dont send", Cat::Stop},
    {"do not send", Cat::Stop},
    {"never text", Cat::Stop},
    {"never contact", Cat::Stop},
    {"plus de sms", Cat::Stop},
    {"plus de message", Cat::Stop},
    {"plus de messages", Cat::Stop},
    {"plus de texto", Cat::Stop},
    {"plus de textos", Cat::Stop},
    {"plus de pub", Cat::Stop},
    {"plus de publicité", Cat::Stop},
    {"plus jamais", Cat::Stop},
    {"jamais plus", Cat::Stop},
    {"pas de sms", Cat::Stop},
    {"pas de pub", Cat::Stop},
    {"pas de message", Cat::Stop},
    {"pas de messages", Cat::Stop},
    {"retirez mon numéro", Cat::Stop},
    {"retirer mon numéro", Cat::Stop},
    {"retire mon numéro", Cat::Stop},
    {"retirez-moi", Cat::Stop},
    {"retire-moi", Cat::Stop},
    {"supprimez mon numéro", Cat::Stop},
    {"supprimer mon numéro", Cat::Stop},
    {"supprime mon numéro", Cat::Stop},
    {"supprimez-moi", Cat::Stop},
    {"supprimez mes données", Cat::Stop},
    {"supprimer mes données", Cat::Stop},
    {"effacez mon numéro", Cat::Stop},
    {"effacer mon numéro", Cat::Stop},
    {"effacez mes données", Cat::Stop},
    {"effacer mes données", Cat::Stop},
    {"effacez-moi", Cat::Stop},
    {"enlevez mon numéro", Cat::Stop},
    {"enlever mon numéro", Cat::Stop},
    {"enlevez-moi", Cat::Stop},
    {"enlève-moi", Cat::Stop},
    {"rayez-moi", Cat::Stop},
    {"me retirer", Cat::Stop},
    {"me supprimer", Cat::Stop},
    {"m'effacer", Cat::Stop},
    {"m'enlever", Cat::Stop},
    {"me rayer", Cat::Stop},
    {"radiez-moi", Cat::Stop},
    {"laissez-moi tranquille", Cat::Stop},
    {"laisse-moi tranquille", Cat::Stop},
    {"laissez-nous tranquille", Cat::Stop},
    {"laissez-nous tranquilles", Cat::Stop},
    {"foutez-moi la paix", Cat::Stop},
    {"fichez-moi la paix", Cat::Stop},
    {"foutez-nous la paix", Cat::Stop},
    {"fichez-nous la paix", Cat::Stop},
    {"lâchez-moi", Cat::Stop},
    {"je m'oppose", Cat::Stop},
    {"m'oppose", Cat::Stop},
    {"opposition", Cat::Stop},

    // Carrier keywords that are ordinary words too.
    {"end", Cat::WeakStop},
    {"quit", Cat::WeakStop},
    {"cancel", Cat::WeakStop},
    {"revoke", Cat::WeakStop},
    {"fin", Cat::WeakStop},
    {"annuler", Cat::WeakStop},
    {"annulez", Cat::WeakStop},
    {"quitter", Cat::WeakStop},
    {"quittez", Cat::WeakStop},

    // Negated stops.
    {"ne stop pas", Cat::StopGuard},
    {"ne stoppe pas", Cat::StopGuard},
    {"ne stoppez pas", Cat::StopGuard},
    {"n'arrête pas", Cat::StopGuard},
    {"n'arrêtez pas", Cat::StopGuard},
    {"n'arrêtez surtout pas", Cat::StopGuard},
    {"ne cessez pas", Cat::StopGuard},
    {"don't stop", Cat::StopGuard},
    {"dont stop", Cat::StopGuard},
    {"do not stop", Cat::StopGuard},
    {"never stop", Cat::StopGuard},
    {"stop or not", Cat::StopGuard},
    {"stop ou pas", Cat::StopGuard},
    {"stop ou non", Cat::StopGuard},
    {"stop ou encore", Cat::StopGuard},

    // No. Before Yes: "pas de souci" is a yes but "absolument pas" a no.
    {"non", Cat::No},
    {"nn", Cat::No},
    {"nan", Cat::No},
    {"nope", Cat::No},
    {"nop", Cat::No},
    {"no", Cat::No},
    {"nah", Cat::No},
    {"niet", Cat::No},
    {"nein", Cat::No},
    {"nenni", Cat::No},
    {"non merci", Cat::No},
    {"jamais", Cat::No},
    {"never", Cat::No},
    {"négatif", Cat::No},
    {"negative", Cat::No},
    {"refus", Cat::No},
    {"refuse", Cat::No},
    {"refuser", Cat::No},
    {"décline", Cat::No},
    {"declined", Cat::No},
    {"disagree", Cat::No},
    {"pas du tout", Cat::No},
    {"pas vraiment", Cat::No},
    {"pas trop", Cat::No},
    {"pas question", Cat::No},
    {"hors de question", Cat::No},
    {"certainement pas", Cat::No},
    {"absolument pas", Cat::No},
    {"surtout pas", Cat::No},
    {"évidemment pas", Cat::No},
    {"carrément pas", Cat::No},
    {"bien sûr que non", Cat::No},
    {"pas pour moi", Cat::No},
    {"not for me", Cat::No},
    {"sans façon", Cat::No},
    {"no way", Cat::No},
    {"not really", Cat::No},
    {"absolutely not", Cat::No},
    {"definitely not", Cat::No},
    {"certainly not", Cat::No},
    {"of course not", Cat::No},
    {"no interest", Cat::No},
    {"aucun intérêt", Cat::No},

    // Yes.
    {"oui", Cat::Yes},
    {"ouais", Cat::Yes},
    {"ouai", Cat::Yes},
    {"ouaip", Cat::Yes},
    {"ouep", Cat::Yes},
    {"ouip", Cat::Yes},
    {"oué", Cat::Yes},
    {"wi", Cat::Yes},
    {"wai", Cat::Yes},
    {"yes", Cat::Yes},
    {"yep", Cat::Yes},
    {"yup", Cat::Yes},
    {"yeah", Cat::Yes},
    {"yea", Cat::Yes},
    {"ok", Cat::Yes},
    {"okay", Cat::Yes},
    {"okey", Cat::Yes},
    {"oki", Cat::Yes},
    {"okie", Cat::Yes},
    {"okidoki", Cat::Yes},
    {"kk", Cat::Yes},
    {"d'accord", Cat::Yes},
    {"daccord", Cat::Yes},
    {"dacor", Cat::Yes},
    {"dakor", Cat::Yes},
    {"accord", Cat::Yes},
    {"d'acc", Cat::Yes},
    {"dacc", Cat::Yes},
    {"dak", Cat::Yes},
    {"bien sûr", Cat::Yes},
    {"bien entendu", Cat::Yes},
    {"évidemment", Cat::Yes},
    {"évidement", Cat::Yes},
    {"absolument", Cat::Yes},
    {"certainement", Cat::Yes},
    {"carrément", Cat::Yes},
    {"volontiers", Cat::Yes},
    {"volontier", Cat::Yes},
    {"avec plaisir", Cat::Yes},
    {"with pleasure", Cat::Yes},
    {"tout à fait", Cat::Yes},
    {"je veux bien", Cat::Yes},
    {"veux bien", Cat::Yes},
    {"ça marche", Cat::Yes},
    {"sa marche", Cat::Yes},
    {"ça me va", Cat::Yes},
    {"sa me va", Cat::Yes},
    {"ça roule", Cat::Yes},
    {"pas de souci", Cat::Yes},
    {"pas de soucis", Cat::Yes},
    {"pas de problème", Cat::Yes},
    {"pas de problèmes", Cat::Yes},
    {"pas de pb", Cat::Yes},
    {"sans souci", Cat::Yes},
    {"sans problème", Cat::Yes},
    {"aucun souci", Cat::Yes},
    {"aucun problème", Cat::Yes},
    {"no problem", Cat::Yes},
    {"no prob", Cat::Yes},
    {"no worries", Cat::Yes},
    {"sure", Cat::Yes},
    {"of course", Cat::Yes},
    {"absolutely", Cat::Yes},
    {"definitely", Cat::Yes},
    {"certainly", Cat::Yes},
    {"alright", Cat::Yes},
    {"all right", Cat::Yes},
    {"sounds good", Cat::Yes},
    {"go ahead", Cat::Yes},
    {"go", Cat::Yes},
    {"allez-y", Cat::Yes},
    {"vas-y", Cat::Yes},
    {"count me in", Cat::Yes},
    {"i'm in", Cat::Yes},
    {"partant", Cat::Yes},
    {"partante", Cat::Yes},
    {"entendu", Cat::Yes},
    {"agreed", Cat::Yes},
    {"affirmatif", Cat::Yes},

    // Verbs of consent.
    {"accepte", Cat::ConsentYes},
    {"accepter", Cat::ConsentYes},
    {"accept", Cat::ConsentYes},
    {"accepted", Cat::ConsentYes},
    {"agree", Cat::ConsentYes},
    {"consens", Cat::ConsentYes},
    {"consent", Cat::ConsentYes},
    {"intéressé", Cat::ConsentYes},
    {"intéressés", Cat::ConsentYes},
    {"interested", Cat::ConsentYes},
    {"veux", Cat::Consent},
    {"voudrais", Cat::Consent},
    {"souhaite", Cat::Consent},
    {"souhaiterais", Cat::Consent},
    {"aimerais", Cat::Consent},
    {"want", Cat::Consent},
    {"like", Cat::Consent},

    // Negations.
    {"pas", Cat::Negation},
    {"ne", Cat::Negation},
    {"n'", Cat::Negation},
    {"not", Cat::Negation},
    {"don't", Cat::Negation},
    {"dont", Cat::Negation},
    {"do not", Cat::Negation},
    {"doesn't", Cat::Negation},
    {"didn't", Cat::Negation},
    {"rien", Cat::Negation},
    {"aucun", Cat::Negation},
    {"aucune", Cat::Negation},
    {"aucunement", Cat::Negation},
    {"nullement", Cat::Negation},

    // Doubt, conditions, questions.
    {"mais", Cat::Hedge},
    {"but", Cat::Hedge},
    {"however", Cat::Hedge},
    {"cependant", Cat::Hedge},
    {"sauf", Cat::Hedge},
    {"except", Cat::Hedge},
    {"unless", Cat::Hedge},
    {"peut-être", Cat::Hedge},
    {"peutêtre", Cat::Hedge},
    {"ptet", Cat::Hedge},
    {"ptêtre", Cat::Hedge},
    {"maybe", Cat::Hedge},
    {"perhaps", Cat::Hedge},
    {"possibly", Cat::Hedge},
    {"probablement", Cat::Hedge},
    {"bof", Cat::Hedge},
    {"euh", Cat::Hedge},
    {"heu", Cat::Hedge},
    {"hmm", Cat::Hedge},
    {"hum", Cat::Hedge},
    {"hésite", Cat::Hedge},
    {"ça dépend", Cat::Hedge},
    {"dépend", Cat::Hedge},
    {"depends", Cat::Hedge},
    {"sais pas", Cat::Hedge},
    {"sais", Cat::Hedge},
    {"chais", Cat::Hedge},
    {"jsp", Cat::Hedge},
    {"jsais", Cat::Hedge},
    {"idk", Cat::Hedge},
    {"dunno", Cat::Hedge},
    {"know", Cat::Hedge},
    {"not sure", Cat::Hedge},
    {"pas sûr", Cat::Hedge},
    {"pas sûre", Cat::Hedge},
    {"si", Cat::Hedge},
    {"sinon", Cat::Hedge},
    {"if", Cat::Hedge},
    {"pourquoi pas", Cat::Hedge},
    {"why not", Cat::Hedge},
    {"plus tard", Cat::Hedge},
    {"later", Cat::Hedge},
    {"pourquoi", Cat::Hedge},
    {"qui", Cat::Hedge},
    {"ki", Cat::Hedge},
    {"quoi", Cat::Hedge},
    {"koi", Cat::Hedge},
    {"comment", Cat::Hedge},
    {"combien", Cat::Hedge},
    {"quand", Cat::Hedge},
    {"quel", Cat::Hedge},
    {"quelle", Cat::Hedge},
    {"quels", Cat::Hedge},
    {"quelles", Cat::Hedge},
    {"où", Cat::Hedge},
    {"what", Cat::Hedge},
    {"who", Cat::Hedge},
    {"why", Cat::Hedge},
    {"how", Cat::Hedge},
    {"which", Cat::Hedge},
    {"where", Cat::Hedge},
    {"when", Cat::Hedge},
    {"est-ce", Cat::Hedge},
    {"erreur", Cat::Hedge},
    {"trompé", Cat::Hedge},
    {"wrong", Cat::Hedge},
    {"contre", Cat::Hedge},

    // Courtesy and the words a yes is said with.
    {"merci", Cat::Courtesy},
    {"mrc", Cat::Courtesy},
    {"mci", Cat::Courtesy},
    {"thanks", Cat::Courtesy},
    {"thank", Cat::Courtesy},
    {"thx", Cat::Courtesy},
    {"ty", Cat::Courtesy},
    {"please", Cat::Courtesy},
    {"pls", Cat::Courtesy},
    {"plz", Cat::Courtesy},
    {"svp", Cat::Courtesy},
    {"stp", Cat::Courtesy},
    {"s'il vous plaît", Cat::Courtesy},
    {"s'il te plaît", Cat::Courtesy},
    {"sil vous plait", Cat::Courtesy},
    {"bonjour", Cat::Courtesy},
    {"bjr", Cat::Courtesy},
    {"bonsoir", Cat::Courtesy},
    {"bsr", Cat::Courtesy},
    {"salut", Cat::Courtesy},
    {"slt", Cat::Courtesy},
    {"coucou", Cat::Courtesy},
    {"hello", Cat::Courtesy},
    {"hi", Cat::Courtesy},
    {"hey", Cat::Courtesy},
    {"cordialement", Cat::Courtesy},
    {"cdlt", Cat::Courtesy},
    {"cdt", Cat::Courtesy},
    {"bien", Cat::Courtesy},
    {"très", Cat::Courtesy},
    {"beaucoup", Cat::Courtesy},
    {"bcp", Cat::Courtesy},
    {"bonne", Cat::Courtesy},
    {"bon", Cat::Courtesy},
    {"journée", Cat::Courtesy},
    {"soirée", Cat::Courtesy},
    {"bonne fin de journée", Cat::Courtesy},
    {"bonne fin de soirée", Cat::Courtesy},
    {"bonne fin de semaine", Cat::Courtesy},
    {"week-end", Cat::Courtesy},
    {"weekend", Cat::Courtesy},
    {"continuation", Cat::Courtesy},
    {"courage", Cat::Courtesy},
    {"ben", Cat::Courtesy},
    {"bah", Cat::Courtesy},
    {"alors", Cat::Courtesy},
    {"voilà", Cat::Courtesy},
    {"je", Cat::Courtesy},
    {"j'", Cat::Courtesy},
    {"moi", Cat::Courtesy},
    {"me", Cat::Courtesy},
    {"m'", Cat::Courtesy},
    {"pour", Cat::Courtesy},
    {"c'", Cat::Courtesy},
    {"c", Cat::Courtesy},
    {"est", Cat::Courtesy},
    {"ça", Cat::Courtesy},
    {"sa", Cat::Courtesy},
    {"cela", Cat::Courtesy},
    {"va", Cat::Courtesy},
    {"vais", Cat::Courtesy},
    {"suis", Cat::Courtesy},
    {"nous", Cat::Courtesy},
    {"vous", Cat::Courtesy},
    {"le", Cat::Courtesy},
    {"la", Cat::Courtesy},
    {"les", Cat::Courtesy},
    {"l'", Cat::Courtesy},
    {"de", Cat::Courtesy},
    {"des", Cat::Courtesy},
    {"du", Cat::Courtesy},
    {"d'", Cat::Courtesy},
    {"à", Cat::Courtesy},
    {"au", Cat::Courtesy},
    {"aux", Cat::Courtesy},
    {"et", Cat::Courtesy},
    {"en", Cat::Courtesy},
    {"mon", Cat::Courtesy},
    {"ma", Cat::Courtesy},
    {"mes", Cat::Courtesy},
    {"vos", Cat::Courtesy},
    {"votre", Cat::Courtesy},
    {"ton", Cat::Courtesy},
    {"ta", Cat::Courtesy},
    {"tes", Cat::Courtesy},
    {"te", Cat::Courtesy},
    {"t'", Cat::Courtesy},
    {"s'", Cat::Courtesy},
    {"qu'", Cat::Courtesy},
    {"que", Cat::Courtesy},
    {"par", Cat::Courtesy},
    {"avec", Cat::Courtesy},
    {"tout", Cat::Courtesy},
    {"aussi", Cat::Courtesy},
    {"toujours", Cat::Courtesy},
    {"recevoir", Cat::Courtesy},
    {"reçois", Cat::Courtesy},
    {"message", Cat::Courtesy},
    {"messages", Cat::Courtesy},
    {"sms", Cat::Courtesy},
    {"texto", Cat::Courtesy},
    {"textos", Cat::Courtesy},
    {"info", Cat::Courtesy},
    {"infos", Cat::Courtesy},
    {"information", Cat::Courtesy},
    {"informations", Cat::Courtesy},
    {"actualité", Cat::Courtesy},
    {"actualités", Cat::Courtesy},
    {"nouvelles", Cat::Courtesy},
    {"news", Cat::Courtesy},
    {"campagne", Cat::Courtesy},
    {"politique", Cat::Courtesy},
    {"politiques", Cat::Courtesy},
    {"parti", Cat::Courtesy},
    {"candidat", Cat::Courtesy},
    {"candidate", Cat::Courtesy},
    {"communication", Cat::Courtesy},
    {"communications", Cat::Courtesy},
    {"liste", Cat::Courtesy},
    {"list", Cat::Courtesy},
    {"numéro", Cat::Courtesy},
    {"pub", Cat::Courtesy},
    {"madame", Cat::Courtesy},
    {"monsieur", Cat::Courtesy},
    {"mr", Cat::Courtesy},
    {"mme", Cat::Courtesy},
    {"mlle", Cat::Courtesy},
    {"super", Cat::Courtesy},
    {"parfait", Cat::Courtesy},
    {"cool", Cat::Courtesy},
    {"top", Cat::Courtesy},
    {"génial", Cat::Courtesy},
    {"nickel", Cat::Courtesy},
    {"impec", Cat::Courtesy},
    {"impeccable", Cat::Courtesy},
    {"excellent", Cat::Courtesy},
    {"bravo", Cat::Courtesy},
    {"good", Cat::Courtesy},
    {"great", Cat::Courtesy},
    {"fine", Cat::Courtesy},
    {"perfect", Cat::Courtesy},
    {"awesome", Cat::Courtesy},
    {"nice", Cat::Courtesy},
    {"i", Cat::Courtesy},
    {"im", Cat::Courtesy},
    {"am", Cat::Courtesy},
    {"do", Cat::Courtesy},
    {"it", Cat::Courtesy},
    {"is", Cat::Courtesy},
    {"that", Cat::Courtesy},
    {"this", Cat::Courtesy},
    {"for", Cat::Courtesy},
    {"to", Cat::Courtesy},
    {"my", Cat::Courtesy},
    {"you", Cat::Courtesy},
    {"u", Cat::Courtesy},
    {"your", Cat::Courtesy},
    {"the", Cat::Courtesy},
    {"an", Cat::Courtesy},
    {"and", Cat::Courtesy},
    {"of", Cat::Courtesy},
    {"with", Cat::Courtesy},
    {"in", Cat::Courtesy},
    {"text", Cat::Courtesy},
    {"texts", Cat::Courtesy},
    {"updates", Cat::Courtesy},
    {"receive", Cat::Courtesy},
    {"get", Cat::Courtesy},
    {"would", Cat::Courtesy},
    {"envoyé de mon iphone", Cat::Courtesy},
    {"sent from my iphone", Cat::Courtesy},

    // Letters that are a yes when alone ("n" alone is the negation above, a no when alone).
    {"o", Cat::Letter},
    {"y", Cat::Letter},
    {"k", Cat::Letter},
};

// Emoji that mean something; every other symbol separates words and is otherwise ignored.
struct EmojiSource
{
    char32_t codePoint;
    const char *token; // never produced by a word: it has colons
    Cat cat;
};

const EmojiSource emojiSources[] = {
    {U'\U0001F6D1', ":stop_sign:", Cat::Stop}, // 🛑
    {U'\u26D4', ":no_entry:", Cat::Stop}, // ⛔
    {U'\U0001F6AB', ":prohibited:", Cat::Stop}, // 🚫
    {U'\U0001F44E', ":thumbs_down:", Cat::No}, // 👎
    {U'\u274C', ":cross_mark:", Cat::No}, // ❌
    {U'\U0001F44D', ":thumbs_up:", Cat::Yes}, // 👍
    {U'\U0001F44C', ":ok_hand:", Cat::Yes}, // 👌
    {U'\u2705', ":check_mark_button:", Cat::Yes}, // ✅
    {U'\u2714', ":check_mark:", Cat::Yes}, // ✔
    {U'\u2611', ":ballot_box_check:", Cat::Yes}, // ☑
    {U'\U0001F197', ":ok_button:", Cat::Yes}, // 🆗
    // A raised hand greets or asks to wait as often as it says stop: a human decides.
    {U'\u270B', ":raised_hand:", Cat::Hedge}, // ✋
    {U'\U0001F91A', ":raised_back_of_hand:", Cat::Hedge}, // 🤚
    {U'\U0001F914', ":thinking_face:", Cat::Hedge}, // 🤔
    {U'\U0001F595', ":middle_finger:", Cat::Hedge}, // 🖕 (a sarcastic "oui")
};

const EmojiSource *emojiFor(char32_t c)
{
    for (const EmojiSource &emoji : emojiSources) {
        if (emoji.codePoint == c)
            return &emoji;
    }
    return nullptr;
}

const QString questionMark = QStringLiteral("?");

bool isApostrophe(char32_t c)
{
    return c == U'\'' || c == U'\u2019' || c == U'\u2018' || c == U'\u02BC' || c == U'`'
        || c == U'\u2032' || c == U'\u00B4';
}

bool isQuestionMark(char32_t c)
{
    return c == U'?' || c == U'\u00BF' || c == U'\u2753' || c == U'\u2754' || c == U'\u203D';
}

bool endsClause(char32_t c)
{
    return c == U',' || c == U'.' || c == U';' || c == U':' || c == U'!' || c == U'\n' || c == U'\r'
        || c == U'\u00A1' || c == U'\u2028' || c == U'\u2029' || c == U'\u3002';
}

// One word of a reply (or of a dictionary entry), normalised.
struct Word
{
    QString text;
    int clause = 0;
    bool elided = false; // directly followed by an apostrophe ("n'", "j'")
    QString typed; // the reply's own word when `text` is the keyword a typo was read as
};

// Folds runs of a repeated letter ("ouiii" → "oui", "arrête" → "arete"), except in a word
// made of one letter repeated, which keeps two ("nn", "kk": they are words of their own).
QString foldRepeats(const QString &word)
{
    if (word.size() >= 2 && word.at(0).isLetter()
        && std::all_of(word.cbegin(), word.cend(), [&](QChar c) { return c == word.at(0); }))
        return word.left(2);
    QString folded;
    folded.reserve(word.size());
    for (const QChar c : word) {
        if (!folded.isEmpty() && c == folded.back() && c.isLetter())
            continue;
        folded.append(c);
    }
    return folded;
}

struct Tokens
{
    QList<Word> words;
    bool blank = true; // nothing but white space
};

// Cuts a text into normalised words: lower case, accents dropped, repeated letters folded;
// emoji of emojiSources become words of their own, question marks become "?".
Tokens tokenize(const QString &text)
{
    Tokens tokens;
    QString word;
    bool wordIsDigits = false;
    int clause = 0;
    const auto finishWord = [&](bool elided) {
        if (word.isEmpty())
            return;
        tokens.words.append(Word {foldRepeats(word), clause, elided, {}});
        word.clear();
    };
    const QList<uint> codePoints = text.normalized(QString::NormalizationForm_KD).toUcs4();
    for (const uint u : codePoints) {
        const auto c = char32_t(u);
        if (QChar::isMark(c))
            continue; // accents, variation selectors
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Format)
            continue; // zero-width spaces and joiners, soft hyphens
        if (!QChar::isSpace(c))
            tokens.blank = false;
        if (QChar::isLetterOrNumber(c)) {
            const bool digit = QChar::isDigit(c);
            if (!word.isEmpty() && digit != wordIsDigits)
                finishWord(false);
            wordIsDigits = digit;
            const char32_t folded = QChar::toCaseFolded(c);
            if (folded == U'\u0153') {
                word.append(QLatin1String("oe"));
            } else if (folded == U'\u00E6') {
                word.append(QLatin1String("ae"));
            } else if (folded == U'\u00DF') {
                word.append(QLatin1String("ss"));
            } else if (QChar::requiresSurrogates(folded)) {
                word.append(QChar(QChar::highSurrogate(folded)));
                word.append(QChar(QChar::lowSurrogate(folded)));
            } else {
                word.append(QChar(folded));
            }
            continue;
        }
        finishWord(isApostrophe(c));
        if (const EmojiSource *emoji = emojiFor(c)) {
            tokens.words.append(Word {QLatin1String(emoji->token), clause, false, {}});
        } else if (isQuestionMark(c)) {
            tokens.words.append(Word {questionMark, clause, false, {}});
        } else if (endsClause(c)) {
            ++clause;
        }
    }
    finishWord(false);
    return tokens;
}

QString keyOf(const QList<Word> &words, qsizetype from, qsizetype count)
{
    QString key = words.at(from).text;
    for (qsizetype i = from + 1; i < from + count; ++i) {
        key.append(QLatin1Char(' '));
        key.append(words.at(i).text);
    }
    return key;
}

struct Entry
{
    Cat cat = Cat::Unknown;
    QString spelling;
};

struct Dictionary
{
    QHash<QString, Entry> entries; // words joined by one space
    QSet<QString> vocabulary; // every word of every entry
    QStringList fuzzy; // single words that accept typos, in entry order
    qsizetype longest = 1; // words in the longest entry
};

bool isKeyword(Cat cat)
{
    return cat == Cat::Stop || cat == Cat::Yes || cat == Cat::ConsentYes || cat == Cat::No;
}

// Typos are read only in long stop and no words (eight letters or more once repeated letters
// are folded: "desabonnre", "unsubscibe", "désincrire"), one edit away, the first letter
// right: a wrong Stop or No costs one contact. Never in yes words: a wrong Yes means messaging
// someone without consent ("content" is not "consent", "rarement" not "carrément").
bool acceptsTypos(const QString &key, Cat cat)
{
    return (cat == Cat::Stop || cat == Cat::No) && key.size() >= 8
        && key != QLatin1String("oposition"); // one edit from "position"
}

Dictionary build()
{
    Dictionary dictionary;
    const auto add = [&](const QString &key, Cat cat, const QString &spelling,
                         qsizetype wordCount) {
        if (dictionary.entries.contains(key))
            return;
        dictionary.entries.insert(key, Entry {cat, spelling});
        dictionary.longest = std::max(dictionary.longest, wordCount);
        if (wordCount == 1 && acceptsTypos(key, cat))
            dictionary.fuzzy.append(key);
    };
    for (const EntrySource &source : entrySources) {
        const QString spelling = QString::fromUtf8(source.text);
        const QList<Word> words = tokenize(spelling).words;
        for (const Word &word : words)
            dictionary.vocabulary.insert(word.text);
        add(keyOf(words, 0, words.size()), source.cat, spelling, words.size());
    }
    for (const EmojiSource &emoji : emojiSources) {
        const QString token = QLatin1String(emoji.token);
        dictionary.vocabulary.insert(token);
        add(token, emoji.cat, QString::fromUcs4(&emoji.codePoint, 1), 1);
    }
    dictionary.vocabulary.insert(questionMark);
    add(questionMark, Cat::Question, questionMark, 1);
    return dictionary;
}

const Dictionary &dictionary()
{
    static const Dictionary instance = build();
    return instance;
}

Cat singleCat(const QString &word)
{
    const auto it = dictionary().entries.constFind(word);
    return it == dictionary().entries.cend() ? Cat::Unknown : it->cat;
}

bool isLetters(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetter(); });
}

// Optimal string alignment distance (Levenshtein plus swaps of neighbours), or max + 1 when it
// is larger than max.
int editDistance(const QString &a, const QString &b, int max)
{
    if (std::abs(int(a.size() - b.size())) > max)
        return max + 1;
    const int n = int(b.size());
    QVarLengthArray<int, 32> before(n + 1), previous(n + 1), current(n + 1);
    for (int j = 0; j <= n; ++j)
        previous[j] = j;
    for (int i = 1; i <= int(a.size()); ++i) {
        current[0] = i;
        int rowMin = current[0];
        for (int j = 1; j <= n; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int d = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d = std::min(d, before[j - 2] + 1);
            current[j] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

// The keyword an unknown word is a typo of, or an empty string.
QString typoOf(const QString &word)
{
    static const QString stop = QStringLiteral("stop");
    // "stpo", "sotp", "tsop": STOP with two neighbours swapped (never "stp", s'il te plaît).
    if (word.size() == 4 && editDistance(word, stop, 1) == 1
        && std::is_permutation(word.cbegin(), word.cend(), stop.cbegin()))
        return stop;
    if (word.size() < 7 || word.size() > 40)
        return {};
    for (const QString &key : dictionary().fuzzy) {
        if (key.at(0) == word.at(0) && editDistance(word, key, 1) <= 1)
            return key;
    }
    return {};
}

// "S.T.O.P", "o k": a run of single letters that spells a keyword becomes that keyword.
void joinSpelledLetters(QList<Word> &words)
{
    const auto isSingleLetter = [&](qsizetype i) {
        return words.at(i).text.size() == 1 && words.at(i).text.at(0).isLetter();
    };
    for (qsizetype i = 0; i < words.size(); ++i) {
        qsizetype end = i;
        while (end < words.size() && isSingleLetter(end))
            ++end;
        if (end - i >= 2) {
            QString joined;
            for (qsizetype j = i; j < end; ++j)
                joined.append(words.at(j).text);
            joined = foldRepeats(joined);
            if (isKeyword(singleCat(joined))) {
                words[i].text = joined;
                words[i].elided = words.at(end - 1).elided;
                words.remove(i + 1, end - i - 1);
            }
        }
    }
}

// "ouimerci", "nonstop", "stopsvp", "okok": two keywords glued together, or a keyword and a
// word of courtesy. Nothing looser: "désaccord" is not "des accord", "Nantes" not "nan tes",
// "notes" not "no tes".
bool splitGlued(const QString &word, QString *left, QString *right)
{
    static const QSet<QString> glue = {
        QStringLiteral("merci"), QStringLiteral("mrc"), QStringLiteral("svp"),
        QStringLiteral("stp"),   QStringLiteral("sms"), QStringLiteral("pub"),
    };
    const auto keyword = [](const QString &part) {
        return isKeyword(singleCat(part))
            && (part.size() >= 3 || part == QLatin1String("ok") || part == QLatin1String("no"));
    };
    for (qsizetype at = 2; at + 2 <= word.size(); ++at) {
        const QString head = word.left(at);
        const QString tail = word.mid(at);
        if ((keyword(head) && (keyword(tail) || glue.contains(tail)))
            || (glue.contains(head) && keyword(tail))) {
            *left = head;
            *right = tail;
            return true;
        }
    }
    return false;
}

// Unknown words: glued keywords are split, typos of long keywords are read as the keyword.
void repairUnknownWords(QList<Word> &words)
{
    const Dictionary &d = dictionary();
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString text = words.at(i).text;
        if (d.vocabulary.contains(text) || !isLetters(text))
            continue;
        QString left, right;
        if (text.size() >= 4 && splitGlued(text, &left, &right)) {
            Word tail = words.at(i);
            tail.text = right;
            words[i].text = left;
            words[i].elided = false;
            words.insert(i + 1, tail);
            ++i;
            continue;
        }
        const QString typo = typoOf(text);
        if (!typo.isEmpty()) {
            words[i].typed = text;
            words[i].text = typo;
        }
    }
}

// One entry matched in the reply.
struct Item
{
    Cat cat = Cat::Unknown;
    QString key; // the normalised words
    QString spelling; // the entry's usual spelling; the key for unknown words
    int clause = 0;
    qsizetype wordCount = 1;
    bool elided = false;
    bool typo = false;
    bool negated = false; // a yes or a verb of consent turned into a no
    bool letter = false; // a lone O, Y, K or N read as an answer
    bool negationUsed = false; // a negation that negated something
};

// Longest match first, never across the end of a clause.
QList<Item> match(const QList<Word> &words)
{
    const Dictionary &d = dictionary();
    QList<Item> items;
    qsizetype i = 0;
    while (i < words.size()) {
        qsizetype count = std::min(d.longest, words.size() - i);
        while (count > 1 && words.at(i + count - 1).clause != words.at(i).clause)
            --count;
        Item item;
        item.clause = words.at(i).clause;
        for (; count >= 1; --count) {
            const QString key = keyOf(words, i, count);
            const auto it = d.entries.constFind(key);
            if (it != d.entries.cend()) {
                item.cat = it->cat;
                item.key = key;
                item.spelling = it->spelling;
                break;
            }
        }
        if (count < 1) {
            count = 1;
            item.key = words.at(i).text;
            item.spelling = item.key;
        }
        item.wordCount = count;
        item.elided = words.at(i + count - 1).elided;
        item.typo = count == 1 && !words.at(i).typed.isEmpty();
        items.append(item);
        i += count;
    }
    return items;
}

bool isEmoji(const Item &item)
{
    return item.key.startsWith(QLatin1Char(':'));
}

QString reasonFor(const Item &item)
{
    if (item.negated)
        return QStringLiteral("negated");
    if (item.letter)
        return QStringLiteral("letter");
    if (isEmoji(item))
        return QStringLiteral("emoji");
    if (item.typo)
        return QStringLiteral("typo");
    return item.wordCount > 1 ? QStringLiteral("phrase") : QStringLiteral("keyword");
}

Interpretation result(ReplyKind kind, const QString &reason, const QString &keyword = {})
{
    return Interpretation {kind, reason, keyword};
}

Interpretation result(ReplyKind kind, const Item &item)
{
    return result(kind, reasonFor(item), item.spelling);
}

// "pas d'accord", "n'accepte": two spellings as a reply would write them.
QString joined(const QString &first, const QString &second)
{
    return first.endsWith(QLatin1Char('\'')) ? first + second : first + QLatin1Char(' ') + second;
}

// Unknown words a no may carry ("non je vote à droite"); more is a conversation.
constexpr int maxUnknownWithNo = 6;

} // namespace

QString Interpretation::toString() const
{
    QString text = ReplyInterpreter::kindKey(kind) + QLatin1Char('/') + reason;
    if (!keyword.isEmpty())
        text += QLatin1Char(':') + keyword;
    return text;
}

QString ReplyInterpreter::kindKey(ReplyKind kind)
{
    switch (kind) {
    case ReplyKind::Empty:
        return QStringLiteral("empty");
    case ReplyKind::Yes:
        return QStringLiteral("yes");
    case ReplyKind::No:
        return QStringLiteral("no");
    case ReplyKind::Stop:
        return QStringLiteral("stop");
    case ReplyKind::Ambiguous:
        break;
    }
    return QStringLiteral("ambiguous");
}

Interpretation ReplyInterpreter::interpret(const QString &text)
{
    Tokens tokens = tokenize(text);
    if (tokens.blank)
        return result(ReplyKind::Empty, QStringLiteral("empty"));
    joinSpelledLetters(tokens.words);
    repairUnknownWords(tokens.words);
    QList<Item> items = match(tokens.words);

    // A lone letter (courtesy and emoji aside) is an answer: O, Y, K yes, N no.
    const auto significant = [](const Item &item) {
        return item.cat != Cat::Courtesy && !isEmoji(item);
    };
    const bool oneSignificant = std::count_if(items.cbegin(), items.cend(), significant) == 1;
    for (Item &item : items) {
        const bool loneN =
            item.cat == Cat::Negation && item.key == QLatin1String("n") && !item.elided;
        if (oneSignificant && (item.cat == Cat::Letter || loneN)) {
            item.cat = loneN ? Cat::No : Cat::Yes;
            item.letter = true;
            item.spelling = item.key;
        }
    }

    // Stop wins over everything.
    for (const Item &item : items) {
        if (item.cat == Cat::Stop)
            return result(ReplyKind::Stop, item);
    }
    // "ne … plus": "je ne veux plus", "ne m'envoyez plus de messages", "n'en veux plus".
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Item &item = items.at(i);
        if (item.cat != Cat::Negation
            || (item.key != QLatin1String("ne") && item.key != QLatin1String("n")))
            continue;
        for (qsizetype j = i + 1; j < items.size() && j <= i + 3; ++j) {
            // Not "je ne sais plus": a doubt is no objection.
            if (items.at(j).clause != item.clause || items.at(j).cat == Cat::Hedge)
                break;
            if (items.at(j).key == QLatin1String("plus"))
                return result(ReplyKind::Stop, QStringLiteral("phrase"),
                              QStringLiteral("ne … plus"));
        }
    }
    const bool allKnown = std::none_of(items.cbegin(), items.cend(),
                                       [](const Item &item) { return item.cat == Cat::Unknown; });
    for (Item &item : items) {
        if (item.cat == Cat::WeakStop && allKnown)
            return result(ReplyKind::Stop, item);
        // "in the end", "je vais quitter Paris"; a letter among words is no answer.
        if (item.cat == Cat::WeakStop || item.cat == Cat::Letter)
            item.cat = Cat::Unknown;
    }

    if (items.isEmpty())
        return result(ReplyKind::Ambiguous, QStringLiteral("no-keyword"));
    for (const Item &item : items) {
        if (item.cat == Cat::StopGuard)
            return result(ReplyKind::Ambiguous, QStringLiteral("negated-stop"), item.spelling);
    }
    for (const Item &item : items) {
        if (item.cat == Cat::Question)
            return result(ReplyKind::Ambiguous, QStringLiteral("question"), item.spelling);
        if (item.cat == Cat::Hedge)
            return result(ReplyKind::Ambiguous, QStringLiteral("hedge"), item.spelling);
    }

    // Negations: "pas d'accord", "je ne suis pas d'accord", "not ok", "je veux pas",
    // "non intéressé".
    for (qsizetype i = 0; i < items.size(); ++i) {
        Item &item = items[i];
        const bool verb = item.cat == Cat::ConsentYes || item.cat == Cat::Consent;
        if (item.cat != Cat::Yes && !verb)
            continue;
        for (qsizetype j = i - 1; j >= 0 && j >= i - 3; --j) {
            Item &before = items[j];
            if (before.clause != item.clause)
                break;
            if (before.cat == Cat::Negation && !before.negationUsed) {
                before.negationUsed = true;
                item.negated = true;
                item.spelling = joined(before.spelling, item.spelling);
                break;
            }
        }
        if (!item.negated && verb && i > 0 && items.at(i - 1).clause == item.clause
            && items.at(i - 1).cat == Cat::No && items.at(i - 1).wordCount == 1) {
            item.negated = true;
            item.spelling = joined(items.at(i - 1).spelling, item.spelling);
        }
        if (!item.negated && verb && i + 1 < items.size()) {
            Item &after = items[i + 1];
            if (after.clause == item.clause && after.cat == Cat::Negation && !after.negationUsed
                && (after.key == QLatin1String("pas") || after.key == QLatin1String("rien"))) {
                after.negationUsed = true;
                item.negated = true;
                item.spelling = joined(item.spelling, after.spelling);
            }
        }
        if (item.negated)
            item.cat = Cat::No;
    }

    const Item *yes = nullptr;
    const Item *no = nullptr;
    const Item *unknown = nullptr;
    const Item *strayNegation = nullptr;
    int unknownCount = 0;
    for (const Item &item : items) {
        if (!yes && (item.cat == Cat::Yes || item.cat == Cat::ConsentYes))
            yes = &item;
        if (!no && item.cat == Cat::No)
            no = &item;
        if (item.cat == Cat::Unknown) {
            ++unknownCount;
            if (!unknown)
                unknown = &item;
        }
        if (!strayNegation && item.cat == Cat::Negation && !item.negationUsed)
            strayNegation = &item;
    }
    if (yes && no) {
        return result(ReplyKind::Ambiguous, QStringLiteral("mixed"),
                      yes->spelling + QLatin1Char('+') + no->spelling);
    }
    if (yes) {
        if (unknown)
            return result(ReplyKind::Ambiguous, QStringLiteral("unrecognised"), unknown->key);
        if (strayNegation)
            return result(ReplyKind::Ambiguous, QStringLiteral("negation"),
                          strayNegation->spelling);
        return result(ReplyKind::Yes, *yes);
    }
    if (no) {
        if (unknownCount > maxUnknownWithNo)
            return result(ReplyKind::Ambiguous, QStringLiteral("too-long"));
        return result(ReplyKind::No, *no);
    }
    return result(ReplyKind::Ambiguous, QStringLiteral("no-keyword"));
}

} // namespace Consent
