// SPDX-License-Identifier: GPL-3.0-or-later
#include "consent/replyinterpreter.h"

#include <QTest>

#include <initializer_list>

using Consent::Interpretation;
using Consent::ReplyInterpreter;
using Consent::ReplyKind;

Q_DECLARE_METATYPE(Consent::ReplyKind)

// Replies to the consent request as people really type them, in French and English: each
// must be read as the yes, no, stop or "ask a human" it is, and a stop must never be lost.
class tst_ReplyInterpreter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interpret_data();
    void interpret();
    void reason_data();
    void reason();
    void stopWinsOverYesAndNo();
    void yesNeedsNothingAgainstIt();
    void negatedYesIsNo();
    void deterministic();
    void kindKeys();
};

namespace {

QString nameOf(const char *text)
{
    QString name = QString::fromUtf8(text);
    name.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    name.replace(QLatin1Char('\t'), QLatin1String("\\t"));
    name.replace(QChar(0x00A0), QLatin1String("<nbsp>"));
    name.replace(QChar(0x202F), QLatin1String("<nnbsp>"));
    name.replace(QChar(0x200B), QLatin1String("<zwsp>"));
    return name;
}

void addRows(ReplyKind kind, std::initializer_list<const char *> texts)
{
    for (const char *text : texts) {
        QTest::addRow("%s: \"%s\"", qPrintable(ReplyInterpreter::kindKey(kind)),
                      nameOf(text).toUtf8().constData())
            << QString::fromUtf8(text) << kind;
    }
}

QString describe(const QString &text, const Interpretation &interpretation)
{
    return QStringLiteral("\"%1\" read as %2").arg(text, interpretation.toString());
}

// Replies that are a Stop on their own; decorating them with yes and no words must not change
// that (see stopWinsOverYesAndNo).
const char *const stopPhrases[] = {
    "STOP",
    "stop svp",
    "STOP!!",
    "Stop SMS",
    "STOP PUB",
    "stopall",
    "STOOOP",
    "stpo",
    "🛑",
    "⛔",
    "ARRET",
    "Arrêt",
    "arrêter",
    "ARRÊTEZ",
    "Arrêtez de m'envoyer des SMS",
    "cessez",
    "DESABONNER",
    "Désabonnez-moi",
    "désabonnement",
    "désinscrire",
    "DESINSCRIPTION",
    "desabonnre",
    "UNSUBSCRIBE",
    "unsub",
    "opt out",
    "END",
    "QUIT",
    "CANCEL",
    "fin",
    "annuler",
    "quitter",
    "retirez mon numéro",
    "supprimez mon numéro",
    "ne plus recevoir",
    "je ne veux plus de messages",
    "ne m'envoyez plus rien",
    "plus de sms",
    "plus jamais",
    "pas de pub",
    "laissez-moi tranquille",
    "je m'oppose",
    "spam",
    "remove me",
    "take me off the list",
    "don't text me",
    "no more texts",
    "leave me alone",
};

// Replies that are a Yes on their own (see yesNeedsNothingAgainstIt).
const char *const yesPhrases[] = {
    "oui",          "Oui merci",  "OUI!!!",       "ouais",        "o",         "ok",
    "OK pour moi",  "d'accord",   "dac",          "yes",          "Y",         "yep",
    "Bien sûr",     "volontiers", "avec plaisir", "je veux bien", "j'accepte", "👍",
    "pas de souci", "sure",       "I agree",      "tout à fait",  "ça marche", "Intéressé",
};

} // namespace

void tst_ReplyInterpreter::interpret_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<ReplyKind>("kind");

    // Tables of replies, wrapped by hand.
    // clang-format off
    // Yes: plain, shouted, punctuated, padded, with courtesy around it.
    addRows(ReplyKind::Yes, {
        "Oui", "oui", "OUI", "Oui.", "OUI!!!", "oui !", "  oui  ", "\toui\n", "ouii", "Ouiii",
        "ouiiiiiii", "oui oui", "Oui, oui", "ouioui", "Oui merci", "oui merci", "OUI MERCI",
        "Oui merci 😊", "oui merci 🙏", "Oui, merci beaucoup", "oui mrc", "oui mci", "oui svp",
        "Oui stp", "oui s'il vous plaît", "Oui s’il vous plaît", "ouimerci", "Oui, merci !",
        "oui.merci", "OUI,MERCI", "OUI MERCI BEAUCOUP", "Oui merci, bonne soirée",
        "Oui merci bonne fin de journée", "Bonjour, oui", "Bonjour oui merci", "Oui\nmerci",
        "Oui\n\nCordialement", "Oui\n\nEnvoyé de mon iPhone", "Oui\u00A0!", "Oui\u202F!",
        "oui merci\u00A0:)", "Oui 😊😊", "Oui ❤️", "« Oui »", "\"oui\"", "Ｏｕｉ", "OUİ", "o\u200Bui",
        "oui monsieur", "Oui madame", "alors oui", "ben oui", "bah oui", "Oui bravo",
    });
    // Yes: the other ways to say it.
    addRows(ReplyKind::Yes, {
        "oui je veux bien", "Oui je veux bien", "je veux bien", "Je veux bien, merci",
        "oui avec plaisir", "Avec plaisir !", "Volontiers", "volontier", "Bien sûr", "bien sur",
        "Bien sûr que oui", "Oui bien sûr", "Oui, bien entendu", "Évidemment", "evidement",
        "Absolument", "Tout à fait", "tout a fait", "Certainement", "Carrément",
        "oui bien sûr avec plaisir", "Oui super", "super oui", "Oui parfait", "oui top",
        "Oui cool", "oui génial", "Oui volontiers", "oui pour moi",
        "Oui pour recevoir les infos de la campagne", "oui je veux", "Oui j'aimerais",
        "Oui je souhaite recevoir vos messages",
        "oui, je suis d'accord pour recevoir vos messages", "Je suis d'accord",
        "Oui je suis d'accord", "c'est d'accord", "Oui c'est ok", "J'accepte", "j'accepte",
        "J’accepte", "oui j'accepte", "Accepté", "Intéressé", "oui intéressée", "Partant",
        "je suis partante", "Pas de souci", "pas de soucis", "Oui pas de problème", "ok pas de pb",
        "Allez-y", "vas-y", "Oui allez-y",
    });
    // Yes: OK and D'ACCORD in all their spellings.
    addRows(ReplyKind::Yes, {
        "OK", "ok", "Ok.", "ok!", "Okay", "okey", "oki", "okkk", "OK 👍", "ok pour moi",
        "Ok pour moi", "OK ça marche", "ça marche", "Ca marche", "sa marche", "ça me va",
        "ok merci", "Ok merci bonne journée", "ok bon week-end", "okmerci", "ok ok", "okok",
        "Ok d'accord", "oui d'accord", "oui ok", "o k", "O.K.", "D'accord", "d'accord", "D’accord",
        "d accord", "daccord", "DACCORD", "D'ACCORD !", "dac", "Dac", "d'ac", "d'acc", "dacc",
        "dakor", "daccor",
    });
    // Yes: SMS spellings, lone letters, English, emoji.
    addRows(ReplyKind::Yes, {
        "ouais", "Ouais", "ouai", "ouaip", "ouep", "wi", "Wiii", "oué", "O", "o", "O.", "o merci",
        "Y", "y", "K", "kk", "Yes", "yes", "YES!", "yes please", "Yes pls", "yess", "yep", "Yup",
        "yeah", "Yeah sure", "Sure", "sure!", "Of course", "Absolutely", "I agree", "i accept",
        "Sounds good", "Go ahead", "count me in", "I'm in", "I’m in", "no problem", "👍", "👍🏽", "👌",
        "✅", "Oui 👍", "O 👍", "Yes I do",
    });
    // No: plain, shouted, courtesy, SMS spellings, lone letter.
    addRows(ReplyKind::No, {
        "Non", "non", "NON", "Non.", "NON!!!", "non !", "nooon", "Nooooon", "non non", "Non, non",
        "nonnon", "Non merci", "non merci", "NON MERCI", "Non merci 😊", "non mrc", "nonmerci",
        "Non, merci.", "Non merci, bonne journée", "Non\nmerci", "Non.\nCordialement", "N", "n",
        "N.", "N merci", "nn", "Nn merci", "nan", "Nan merci", "nope", "Nope", "nop", "négatif",
        "niet", "jamais", "Jamais de la vie", "Non jamais", "Pas du tout", "Pas vraiment",
        "Pas question", "hors de question", "surtout pas", "absolument pas", "certainement pas",
        "bien sûr que non", "Sans façon", "pas pour moi", "je refuse", "Refusé", "non je refuse",
        "aucun intérêt", "Non, pas maintenant", "non je vote à droite",
        "Non merci, je ne vote pas pour vous", "Non c'est bon",
        "Bonjour, non merci. Cordialement, Mme Dupont", "je n'en veux pas",
    });
    // No: not interested, in every construction.
    addRows(ReplyKind::No, {
        "Pas intéressé", "pas interessé", "Pas intéressée", "pas interesse", "PAS INTERESSE",
        "pas intéréssé", "Je ne suis pas intéressé", "je suis pas intéressée",
        "pas intéressé merci", "Non pas intéressé", "Non intéressé", "ça ne m'intéresse pas",
        "ça ne m’intéresse pas", "Ça m'intéresse pas", "ca m interesse pas",
        "ça ne m'intéresse pas du tout", "Je ne souhaite pas recevoir vos messages",
        "je ne souhaite pas",
    });
    // No: negated yes, never a yes.
    addRows(ReplyKind::No, {
        "pas d'accord", "Pas d'accord", "pas d’accord", "Je ne suis pas d'accord",
        "je suis pas d'accord", "pas ok", "not ok", "Not okay", "Je ne veux pas", "je veux pas",
        "Non je veux pas", "je n'accepte pas", "I don't want", "I do not agree", "I don’t agree",
        "I don't like that",
    });
    // No: English, emoji.
    addRows(ReplyKind::No, {
        "No", "no", "NO!", "Noooo", "No thanks", "no thank you", "No thx", "No, thanks.", "nah",
        "no way", "Never", "Not interested", "I'm not interested", "I’m not interested",
        "not for me", "I disagree", "no interest", "👎", "👎🏻", "❌", "Non 👎",
    });
    // Stop: STOP in every shape.
    addRows(ReplyKind::Stop, {
        "STOP", "stop", "Stop", "STOP!!", "stop!", "Stop.", " stop ", "STOP SVP", "stop svp",
        "Stop stp", "stop merci", "STOP MERCI", "stopsvp", "stop sms", "STOP SMS", "stopsms",
        "stop.sms", "Stop-sms", "stop pub", "STOP PUB", "stoppub", "STOPALL", "stop all",
        "stoooop", "STOOOOP", "S.T.O.P", "S T O P", "#STOP", "stop 36180", "Stop36180", "stpo",
        "sotp", "stop stop stop", "STOP\u00A0!", "STOP\u202F!", "Stop !!!!!", "Stop.\nMerci",
        "Stopper", "stoppez", "stoppez les sms", "Stoppez svp",
    });
    // Stop: emoji (🛑 ⛔ 🚫 are stop signs; ✋ is not, see Ambiguous).
    addRows(ReplyKind::Stop, {
        "stop 🛑", "🛑", "⛔", "🚫", "🛑🛑🛑", "👍 stop", "stop 👍",
    });
    // Stop: ARRÊT, CESSEZ, DÉSABONNER, DÉSINSCRIRE and their typos.
    addRows(ReplyKind::Stop, {
        "ARRET", "arret", "Arrêt", "ARRÊT", "arrêt !", "Arrete", "Arrête", "arrete", "arete",
        "ARRETER", "arrêter", "Arrêtez", "ARRÊTEZ", "arretez", "Arrêtez de m'envoyer des SMS",
        "Arrêtez de m'envoyer", "arrêtez de m’envoyer des messages", "Arrêtez svp", "arrêtez ça",
        "cessez", "Cessez de m'écrire", "DESABONNER", "désabonner", "Désabonner", "désabonnez-moi",
        "DÉSABONNEZ-MOI", "Désabonnez moi svp", "désabonnement", "desabonnre", "dezabonner",
        "désinscrire", "DESINSCRIRE", "désinscrivez-moi", "Desinscription", "DÉSINSCRIPTION",
        "désincrire", "desinscriptoin", "harcèlement", "Arrêtez de me harceler",
    });
    // Stop: English and carrier keywords.
    addRows(ReplyKind::Stop, {
        "UNSUBSCRIBE", "unsubscribe", "Unsubscribe me", "unsubscibe", "unsub", "opt out", "optout",
        "END", "end", "End.", "QUIT", "quit", "CANCEL", "cancel please", "FIN", "Fin", "Annuler",
        "quitter", "Je veux quitter la liste", "remove me", "Please remove me",
        "Take me off your list", "don't text me", "Don’t text me again", "do not contact me",
        "leave me alone", "no more texts", "No more messages please", "stop texting me",
        "Stop messaging me", "I don't want these anymore",
    });
    // Stop: sentences that object.
    addRows(ReplyKind::Stop, {
        "retirez mon numéro", "Retirez mon numéro svp", "retirez-moi de votre liste",
        "Supprimez mon numéro", "supprimez mes données", "effacez mon numéro", "Ne plus recevoir",
        "je ne veux plus recevoir de messages", "je ne veux plus de sms", "Ne m'envoyez plus rien",
        "ne m’envoyez plus de SMS", "je n'en veux plus", "plus de sms svp",
        "Plus de messages merci", "plus jamais", "pas de pub", "Pas de SMS merci",
        "laissez-moi tranquille", "Foutez-moi la paix", "je m'oppose",
        "Je m’oppose à ce traitement", "c'est du spam", "SPAM", "je vais vous signaler au 33700",
        "Ce numéro n'est plus celui de Marc", "Je ne souhaite plus être contacté",
        "Merci de ne plus m'écrire", "Vous m'envoyez des messages sans arrêt",
        "merci de me retirer de votre liste", "Jamais plus", "Je ne suis plus intéressé",
        "ça ne m'intéresse plus",
    });
    // Stop wins over yes, no, questions and everything else.
    addRows(ReplyKind::Stop, {
        "Oui stop", "oui stop", "non stop", "Non stop", "NON STOP", "nonstop", "ok stop merci",
        "Ok stop", "oui merci stop", "Non merci stop", "Stop non merci", "Stop, non merci",
        "non mais stop", "qui êtes-vous ? stop", "STOP qui êtes vous", "Stop oui", "non, arrêtez",
        "d'accord stop", "Pas intéressé, stop", "pas d'accord, arrêtez",
        "je ne suis pas d'accord stop", "Oui mais stop", "peut-être, stop", "connard stop",
    });
    // Ambiguous: questions and doubts, even next to a yes or a no.
    addRows(ReplyKind::Ambiguous, {
        "Qui êtes-vous ?", "qui êtes vous", "Qui etes vous?", "C'est qui ?", "c qui",
        "Vous êtes qui ?", "tu es qui", "who are you?", "Who is this", "What is this?",
        "Oui mais qui êtes-vous ?", "oui mais qui etes vous", "Oui ?", "ok?", "Non ?", "oui ✋",
        "Oui mais pas trop souvent", "peut-être", "Peut être", "maybe", "Pourquoi pas",
        "pourquoi pas ?", "why not", "bof", "Euh oui", "je sais pas", "Je ne sais pas", "jsp",
        "idk", "pas sûr", "not sure", "plus tard", "Oui si c'est gratuit", "Ça dépend",
        "Pourquoi ?", "Pourquoi vous avez mon numéro ?", "Comment avez-vous eu mon numéro ?",
        "Non, où avez-vous eu mon numéro ?", "Non mais qui êtes vous", "Si", "Sinon", "✋", "🤔",
        "oui 🤔", "Oui 🖕", "?", "???",
    });
    // Ambiguous: yes and no together, or a yes with something against it.
    addRows(ReplyKind::Ambiguous, {
        "Oui non", "oui, non", "non oui", "Non. Enfin oui.", "ok non merci", "Oui mais non",
        "oui, pas maintenant", "Oui pas", "O 👎", "👍👎", "Oui 👎", "non 👍", "Oui Jean-Pierre",
        "oui connard", "Oui à la réunion", "Été oui", "oui, enfin je crois", "oui pas d'accord",
        "Oui ouistiti",
    });
    // Ambiguous: negated stops are not stops (and not yes either).
    addRows(ReplyKind::Ambiguous, {
        "ne stop pas", "Ne stoppez pas", "n'arrêtez pas, j'adore", "don't stop",
        "stop or not, I vote", "stop ou pas ?",
    });
    // Ambiguous: words that contain a keyword are other words.
    addRows(ReplyKind::Ambiguous, {
        "Christophe", "Christophe ici", "nonobstant", "Nonobstant votre message", "ouistiti",
        "endive", "Endive", "ending", "in the end I will vote for you", "je vais quitter Paris",
        "okapi", "stops", "STOPS", "step", "shop", "spot", "Noël", "nom", "ouf", "Oj", "yet",
        "stp", "position", "Quelle position ?", "canon", "bonjour Yves", "autostop",
    });
    // Ambiguous: nothing to read, or too much.
    addRows(ReplyKind::Ambiguous, {
        "merci", "Merci", "Bonjour", "super", "top", "bonne journée", "S'il vous plaît", "😊", "❤️",
        "...", "connard", "Va te faire voir", "pas maintenant", "not now", "je veux",
        "je souhaite", "intéressant", "Je vote pour vous!", "Je suis en réunion, je vous rappelle",
        "Bonjour, je voulais savoir si le bureau de vote de l'école Jules Ferry est ouvert "
            "dimanche",
        "Bonjour, je ne comprends pas pourquoi je reçois ce message, je n'ai jamais donné mon "
            "numéro à personne",
        "Non, je crois que mon voisin votait pour vous aux dernières élections mais moi "
            "franchement je ne sais plus trop quoi penser",
        "c'est bon", "je n'ai rien contre", "mouais", "Vous vous êtes trompé de numéro",
        "Mauvais numéro", "Okay then", "Ok je vote pour vous",
    });
    // Empty.
    addRows(ReplyKind::Empty, {
        "", "   ", "\n\t", "\u00A0", "\u200B",
    });
    // clang-format on
    QTest::newRow("empty: null") << QString() << ReplyKind::Empty;
}

void tst_ReplyInterpreter::interpret()
{
    QFETCH(QString, text);
    QFETCH(ReplyKind, kind);
    const Interpretation interpretation = ReplyInterpreter::interpret(text);
    QVERIFY2(interpretation.kind == kind, qPrintable(describe(text, interpretation)));
    QVERIFY2(!interpretation.reason.isEmpty(), qPrintable(describe(text, interpretation)));
}

void tst_ReplyInterpreter::reason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *text, const char *expected) {
        QTest::addRow("%s", text) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("STOP!!", "stop/keyword:stop");
    row("Arrêtez de m'envoyer des SMS", "stop/keyword:arrêtez");
    row("désabonnez-moi", "stop/keyword:désabonnez");
    row("desabonnre", "stop/typo:désabonner");
    row("stpo", "stop/typo:stop");
    row("ne m'envoyez plus rien", "stop/phrase:ne … plus");
    row("retirez mon numéro", "stop/phrase:retirez mon numéro");
    row("🛑", "stop/emoji:🛑");
    row("END", "stop/keyword:end");
    row("oui stop", "stop/keyword:stop");
    row("Oui merci", "yes/keyword:oui");
    row("D’accord", "yes/phrase:d'accord");
    row("je veux bien", "yes/phrase:je veux bien");
    row("unsubscibe", "stop/typo:unsubscribe");
    row("👍", "yes/emoji:👍");
    row("o", "yes/letter:o");
    row("non merci", "no/phrase:non merci");
    row("N", "no/letter:n");
    row("pas d'accord", "no/negated:pas d'accord");
    row("je n'accepte pas", "no/negated:n'accepte");
    row("ça m'intéresse pas", "no/negated:intéressé pas");
    row("👎", "no/emoji:👎");
    row("oui mais qui êtes-vous ?", "ambiguous/hedge:mais");
    row("Qui ?", "ambiguous/hedge:qui");
    row("?", "ambiguous/question:?");
    row("oui non", "ambiguous/mixed:oui+non");
    row("Oui Jean", "ambiguous/unrecognised:jean");
    row("oui pas", "ambiguous/negation:pas");
    row("ne stop pas", "ambiguous/negated-stop:ne stop pas");
    row("merci", "ambiguous/no-keyword");
    row("😊", "ambiguous/no-keyword");
    row("", "empty/empty");
}

void tst_ReplyInterpreter::reason()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ReplyInterpreter::interpret(text).toString(), expected);
}

// Honouring an objection is a legal duty: whatever yes or no words surround a stop, and
// wherever they stand, the reply stays a Stop.
void tst_ReplyInterpreter::stopWinsOverYesAndNo()
{
    const char *const decorations[] = {
        "oui",
        "non",
        "ok",
        "yes",
        "no",
        "merci",
        "d'accord",
        "non merci",
        "oui merci",
        "N",
        "O",
        "pas d'accord",
        "👍",
        "👎",
        "ok ok",
        "nope",
        "jamais",
        "bien sûr",
        "pas intéressé",
    };
    const char *const shapes[] = {"%1 %2",    "%2 %1",  "%1, %2",  "%2, %1 !",
                                  "%2 %1 %2", "%1\n%2", "%2\n\n%1"};
    int checked = 0;
    for (const char *stop : stopPhrases) {
        const QString stopText = QString::fromUtf8(stop);
        QVERIFY2(ReplyInterpreter::interpret(stopText).kind == ReplyKind::Stop,
                 qPrintable(describe(stopText, ReplyInterpreter::interpret(stopText))));
        for (const char *decoration : decorations) {
            for (const char *shape : shapes) {
                const QString text =
                    QString::fromUtf8(shape).arg(stopText, QString::fromUtf8(decoration));
                const Interpretation interpretation = ReplyInterpreter::interpret(text);
                QVERIFY2(interpretation.kind == ReplyKind::Stop,
                         qPrintable(describe(text, interpretation)));
                ++checked;
            }
        }
    }
    QVERIFY(checked > 5000);
}

// A wrong Yes means messaging someone without consent: anything against a yes makes it
// something else.
void tst_ReplyInterpreter::yesNeedsNothingAgainstIt()
{
    const char *const contradictions[] = {
        "non",      "no",        "mais", "but",  "?",         "qui êtes-vous",
        "pas",      "not",       "👎",    "Jean", "peut-être", "si",
        "pourquoi", "plus tard", "bof",  "✋",    "euh",       "sauf le dimanche",
        "nope",     "jamais",
    };
    const char *const shapes[] = {"%1 %2", "%2 %1", "%1, %2", "%2, %1"};
    for (const char *yes : yesPhrases) {
        const QString yesText = QString::fromUtf8(yes);
        QVERIFY2(ReplyInterpreter::interpret(yesText).kind == ReplyKind::Yes,
                 qPrintable(describe(yesText, ReplyInterpreter::interpret(yesText))));
        for (const char *contradiction : contradictions) {
            for (const char *shape : shapes) {
                const QString text =
                    QString::fromUtf8(shape).arg(yesText, QString::fromUtf8(contradiction));
                const Interpretation interpretation = ReplyInterpreter::interpret(text);
                QVERIFY2(interpretation.kind != ReplyKind::Yes,
                         qPrintable(describe(text, interpretation)));
            }
        }
    }
}

// "pas", "ne … pas", "not", "don't" right before a yes word make a no, never a yes.
void tst_ReplyInterpreter::negatedYesIsNo()
{
    const char *const yesWords[] = {"d'accord", "ok", "okay", "intéressé", "d'acc", "partant"};
    const char *const negations[] = {"pas %1", "je suis pas %1", "je ne suis pas %1",
                                     "not %1", "I'm not %1",     "vraiment pas %1"};
    for (const char *yes : yesWords) {
        for (const char *negation : negations) {
            const QString text = QString::fromUtf8(negation).arg(QString::fromUtf8(yes));
            const Interpretation interpretation = ReplyInterpreter::interpret(text);
            QVERIFY2(interpretation.kind == ReplyKind::No,
                     qPrintable(describe(text, interpretation)));
        }
    }
}

void tst_ReplyInterpreter::deterministic()
{
    const QString text = QStringLiteral("Oui merci, mais qui êtes-vous ? STOP");
    const Interpretation first = ReplyInterpreter::interpret(text);
    for (int i = 0; i < 10; ++i) {
        const Interpretation again = ReplyInterpreter::interpret(text);
        QCOMPARE(again.kind, first.kind);
        QCOMPARE(again.reason, first.reason);
        QCOMPARE(again.keyword, first.keyword);
    }
}

void tst_ReplyInterpreter::kindKeys()
{
    QCOMPARE(ReplyInterpreter::kindKey(ReplyKind::Empty), QStringLiteral("empty"));
    QCOMPARE(ReplyInterpreter::kindKey(ReplyKind::Yes), QStringLiteral("yes"));
    QCOMPARE(ReplyInterpreter::kindKey(ReplyKind::No), QStringLiteral("no"));
    QCOMPARE(ReplyInterpreter::kindKey(ReplyKind::Stop), QStringLiteral("stop"));
    QCOMPARE(ReplyInterpreter::kindKey(ReplyKind::Ambiguous), QStringLiteral("ambiguous"));
}

QTEST_GUILESS_MAIN(tst_ReplyInterpreter)
#include "tst_replyinterpreter.moc"
