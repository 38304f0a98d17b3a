// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Consent {

// What a reply to the consent request (the first SMS sent to a rented number) means.
enum class ReplyKind {
    Empty, // nothing but white space
    Yes, // agrees to receive the party's political messages
    No, // refuses (no consent), without objecting to every message
    Stop, // objects (RGPD art. 21): suppress the number at once
    Ambiguous, // a human must read it (review queue)
};

struct Interpretation
{
    ReplyKind kind = ReplyKind::Empty;
    // How the kind was decided, a stable key for the consent ledger and the review queue:
    // "keyword", "phrase", "typo", "emoji", "negated" (a negated yes: "pas d'accord"),
    // "letter" (a lone O, N, Y, K); for Ambiguous "question", "hedge", "negated-stop",
    // "mixed", "negation", "unrecognised", "too-long", "no-keyword"; "empty" for Empty.
    QString reason;
    // The dictionary entry (in its usual spelling: "arrêtez", "pas d'accord", "🛑") or the
    // reply's own word (normalised) that decided; empty when nothing in particular did.
    QString keyword;

    // "stop/keyword:arrêtez", for logs and the ledger.
    QString toString() const;
};

// Interprets replies to the consent request: pure, deterministic, thread-safe, linear in the
// length of the text (it runs on every inbound message). The one keyword list of Tribune:
// Receipts::isStopKeyword() asks it too.
//
// Normalisation. Case and accents are ignored (NFKD, marks dropped, œ → oe), runs of a
// repeated letter count once ("Ouiii", "STOOOP", "nooon"; "arete" = "arrête"), and the text is
// cut into words at anything that is not a letter or a digit: apostrophes (straight or curly),
// hyphens, spaces of every kind (non-breaking included), punctuation, emoji. So
// "Désabonnez-moi", "d’accord" and "STOP!!" need no special case. ", . ; : ! newline" end a
// clause: phrases and negations never reach across them. Single letters spelled out
// ("S.T.O.P", "o k") are joined when they make a keyword. Two keywords glued together, or a
// keyword and merci/svp/stp/sms/pub ("ouimerci", "nonstop", "stopsvp"), are split; nothing
// looser ("désaccord" is not "des accord", "Nantes" not "nan tes").
//
// Decision, first rule that applies wins:
// 1. Empty text → Empty.
// 2. Any stop intent → Stop, whatever else the reply says ("oui stop", "non stop", "ok stop
//    merci"): honouring an objection is a legal duty and a wrong Stop only costs one contact.
//    Stop intents are STOP and its forms (STOPPER, STOPPEZ, STOPALL, STOP SMS, STOP PUB),
//    ARRÊT/ARRÊTER/ARRÊTEZ, CESSEZ, DÉSABONNER/DÉSABONNEZ/DÉSABONNEMENT, DÉSINSCRIRE/
//    DÉSINSCRIPTION, UNSUBSCRIBE, OPT OUT, SPAM, 33700, "je m'oppose", "ne … plus" ("ne plus
//    recevoir", "ne m'envoyez plus"; not "je ne sais plus"), "plus de SMS", "plus jamais",
//    "pas de SMS/pub", "retirez/supprimez/effacez mon numéro", "laissez-moi tranquille",
//    "no more", "remove me", "don't text", "leave me alone", and the emoji 🛑 ⛔ 🚫. The
//    carrier keywords END, QUIT, CANCEL, REVOKE, FIN, ANNULER and QUITTER are ordinary words too
//    ("in the end", "je vais quitter Paris"): they are a Stop only when every other word of the
//    reply is known (courtesy, yes, no), e.g. "END", "cancel please", "oui fin", "quitter la
//    liste". A negated stop is not one: "ne stop pas", "n'arrêtez pas", "don't stop", "stop
//    or not", "stop ou pas" are Ambiguous.
// 3. A question ("?", qui, pourquoi, comment, who, why, ❓) or a hedge (mais, but, peut-être,
//    maybe, si, if, bof, "pourquoi pas", "pas sûr", "plus tard", ✋ 🤔) → Ambiguous, even
//    next to a clear yes or no: "oui mais qui êtes-vous ?" and "non, où avez-vous eu mon numéro ?"
//    deserve a human (the second is an access request, RGPD art. 15).
// 4. A negation (pas, ne, n', not, don't, do not, rien, aucun) up to three words before a yes
//    word in the same clause, "pas"/"rien" right after a verb of consent, or "non" right before
//    one, turns it into a No: "pas d'accord", "je ne suis pas d'accord", "not ok",
//    "ça m'intéresse pas", "je veux pas", "non intéressé", "I don't agree".
// 5. Yes and No together → Ambiguous ("oui non", "ok non merci").
// 6. Yes needs an unambiguous yes and nothing else but courtesy: every other word must be known
//    (merci, svp, bonjour, bien, je, pour, moi, recevoir, vos messages, super…). An unknown word,
//    a name or a stray negation ("oui pas maintenant") makes it Ambiguous, because a wrong Yes
//    means messaging someone without consent. Yes words: OUI (ouais, ouai, wi, ouep), YES (yep,
//    yeah, yup), OK (okay, oki, kk), D'ACCORD (dac, d'acc, daccord), bien sûr, volontiers, avec
//    plaisir, tout à fait, je veux bien, j'accepte, ça marche, pas de souci, sure, of course,
//    I agree, allez-y, 👍 👌 ✅. "Intéressé" alone is a yes; "je veux" alone is not.
// 7. No tolerates a few unknown words ("non je vote à droite"), at most six, since a wrong No
//    only costs one contact. No words: NON (nan, nn, nope), NO (nah), jamais, never, pas du tout,
//    pas question, sans façon, je refuse, not for me, 👎 ❌, and any negated yes (rule 4).
// 8. Otherwise → Ambiguous: questions, insults without a stop intent, lone courtesy ("merci"),
//    long unrelated messages, other emoji (ignored everywhere, as are skin tones).
//
// Letters alone: a lone O, Y or K is a yes and a lone N a no (courtesy and emoji aside); next
// to other words they mean nothing ("n" is then the elided "ne").
//
// Typos: only in stop and no words of eight letters or more (once repeated letters are
// folded), one edit away (insertion, deletion, substitution, swap of neighbours) with the first
// letter right: "desabonnre", "dezabonner", "unsubscibe", "désincrire", "desinscriptoin".
// Never in yes words, whatever their length: a wrong Yes means messaging without consent
// ("content" is not "consent", "rarement" not "carrément"); their usual misspellings are listed
// instead ("volontier", "évidement", "dakor"). Shorter words must match exactly, so OK, NON,
// OUI, YES, N, O never catch "oj", "nom", "ouf", "yet"; the one exception is a swap inside STOP
// ("stpo", "sotp"), which cannot be "stp" (s'il te plaît) and costs at most one contact.
// Words that merely contain a keyword are other words: "Christophe", "nonobstant", "ouistiti",
// "endive", "ending", "stops", "okapi" are unknown ("stopper" is a French verb, so a Stop).
class ReplyInterpreter final
{
public:
    ReplyInterpreter() = delete;

    static Interpretation interpret(const QString &text);

    // Database value of a kind: "empty", "yes", "no", "stop", "ambiguous".
    static QString kindKey(ReplyKind kind);
};

} // namespace Consent
