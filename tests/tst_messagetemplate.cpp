// SPDX-License-Identifier: GPL-3.0-or-later
#include "sms/messagetemplate.h"

#include <QTest>

namespace {

// One field as "name@position+length", with "|default" after the name when there is one, so that
// a whole parse result fits in a QStringList column.
QStringList describe(const QList<MessageTemplate::Field> &fields)
{
    QStringList result;
    for (const MessageTemplate::Field &field : fields) {
        QString entry = field.name;
        if (field.hasDefault)
            entry += QLatin1Char('|') + field.defaultValue;
        entry += QStringLiteral("@%1+%2").arg(field.position).arg(field.length);
        result.append(entry);
    }
    return result;
}

// Errors as "position+length".
QStringList describe(const QList<MessageTemplate::Error> &errors)
{
    QStringList result;
    for (const MessageTemplate::Error &error : errors)
        result.append(QStringLiteral("%1+%2").arg(error.position).arg(error.length));
    return result;
}

} // namespace

class tst_MessageTemplate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fields_data();
    void fields();
    void errors_data();
    void errors();
    void unknownFieldMessage();
    void render_data();
    void render();
    void valuesAreNotReinterpreted();
    void lookupUsesNormalisedNames();
    void normaliseName_data();
    void normaliseName();
    void standardFields();
};

void tst_MessageTemplate::fields_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("no fields") << "Bonjour à tous !" << QStringList {};
    QTest::newRow("empty") << "" << QStringList {};
    QTest::newRow("one") << "Bonjour {prenom} !" << QStringList {"prenom@8+8"};
    QTest::newRow("default") << "Bonjour {prenom|Madame, Monsieur}, ..."
                             << QStringList {"prenom|Madame, Monsieur@8+25"};
    QTest::newRow("empty default") << "{prenom|}" << QStringList {"prenom|@0+9"};
    QTest::newRow("default kept verbatim, with '|' inside")
        << "{nom| a|b }" << QStringList {"nom| a|b @0+11"};
    QTest::newRow("two, adjacent") << "{prenom}{nom}" << QStringList {"prenom@0+8", "nom@8+5"};
    QTest::newRow("same field twice") << "{nom} et {nom}" << QStringList {"nom@0+5", "nom@9+5"};
    QTest::newRow("accent and case") << "Bonjour {Prénom}" << QStringList {"prenom@8+8"};
    QTest::newRow("spaces inside braces") << "{ code postal }" << QStringList {"code_postal@0+15"};
    QTest::newRow("dash") << "{tranche-âge}" << QStringList {"tranche_age@0+13"};
    QTest::newRow("escaped braces") << "{{prenom}} {nom}" << QStringList {"nom@11+5"};
    QTest::newRow("escape then field") << "{{{prenom}}}" << QStringList {"prenom@2+8"};
    QTest::newRow("lone closing brace is text") << "a } b {nom}" << QStringList {"nom@6+5"};
    QTest::newRow("field after an unclosed brace") << "{oops {nom}" << QStringList {"nom@6+5"};
    QTest::newRow("after emoji (UTF-16 positions)") << "😀{nom}" << QStringList {"nom@2+5"};
}

void tst_MessageTemplate::fields()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    const MessageTemplate messageTemplate(text);
    QCOMPARE(messageTemplate.text(), text);
    QCOMPARE(describe(messageTemplate.fields()), fields);
}

void tst_MessageTemplate::errors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QStringList>("mentions"); // one text each error message must contain

    QTest::newRow("valid") << "Bonjour {prenom|ami} de {commune}" << QStringList {}
                           << QStringList {};
    QTest::newRow("no fields") << "Rien à remplacer" << QStringList {} << QStringList {};
    QTest::newRow("escapes only") << "{{ }} {{x}}" << QStringList {} << QStringList {};
    QTest::newRow("unclosed at end")
        << "Bonjour {prenom" << QStringList {"8+1"} << QStringList {"{"};
    QTest::newRow("unclosed before another field")
        << "{prenom et {nom}" << QStringList {"0+1"} << QStringList {"{"};
    QTest::newRow("empty name") << "Bonjour {} !" << QStringList {"8+2"} << QStringList {"name"};
    QTest::newRow("blank name with default")
        << "{ |Madame}" << QStringList {"0+10"} << QStringList {"name"};
    QTest::newRow("invalid name") << "{nom d'usage}" << QStringList {"0+13"}
                                  << QStringList {"nom d'usage"};
    QTest::newRow("unknown") << "Bonjour {surnom}" << QStringList {"8+8"} << QStringList {"surnom"};
    QTest::newRow("unknown, typed name quoted")
        << "{Âge}" << QStringList {"0+5"} << QStringList {"\"Âge\""};
    QTest::newRow("several, in text order")
        << "{x} {} {prenom} {y" << QStringList {"0+3", "4+2", "16+1"}
        << QStringList {"\"x\"", "name", "{"};
}

void tst_MessageTemplate::errors()
{
    QFETCH(QString, text);
    QFETCH(QStringList, errors);
    QFETCH(QStringList, mentions);
    const QList<MessageTemplate::Error> found =
        MessageTemplate(text).errors(MessageTemplate::standardFields());
    QCOMPARE(describe(found), errors);
    QCOMPARE(mentions.size(), found.size());
    for (int i = 0; i < found.size(); ++i)
        QVERIFY2(found.at(i).message.contains(mentions.at(i)), qPrintable(found.at(i).message));
}

void tst_MessageTemplate::unknownFieldMessage()
{
    const MessageTemplate messageTemplate(QStringLiteral("Bonjour {Prenon}"));
    const QList<MessageTemplate::Error> errors =
        messageTemplate.errors({QStringLiteral("prenom"), QStringLiteral("Code postal")});
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().message,
             QStringLiteral("Unknown field \"Prenon\". Available fields: prenom, code_postal."));
    // Known fields are compared after normalisation on both sides.
    QVERIFY(MessageTemplate(QStringLiteral("{CODE-POSTAL}"))
                .errors({QStringLiteral("Code postal")})
                .isEmpty());
    QVERIFY(MessageTemplate(QStringLiteral("{nom}"))
                .errors({})
                .first()
                .message.contains(QStringLiteral("nom")));
}

void tst_MessageTemplate::render_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QVariantMap>("values");
    QTest::addColumn<QString>("expected");

    const QVariantMap marie = {{"prenom", "Marie"}, {"nom", "Curie"}, {"commune", "Paris"}};
    QTest::newRow("no fields, escapes unescaped")
        << "Prix {{fixe}} } {{" << marie << "Prix {fixe} } {";
    QTest::newRow("value") << "Bonjour {prenom} {nom} !" << marie << "Bonjour Marie Curie !";
    QTest::newRow("value wins over default")
        << "Bonjour {prenom|Madame, Monsieur}" << marie << "Bonjour Marie";
    QTest::newRow("missing, default")
        << "Bonjour {prenom|Madame, Monsieur}" << QVariantMap {} << "Bonjour Madame, Monsieur";
    QTest::newRow("empty value, default")
        << "Bonjour {prenom|ami}" << QVariantMap {{"prenom", ""}} << "Bonjour ami";
    QTest::newRow("blank value, default")
        << "Bonjour {prenom|ami}" << QVariantMap {{"prenom", "  "}} << "Bonjour ami";
    QTest::newRow("missing, no default") << "Bonjour {prenom}." << QVariantMap {} << "Bonjour .";
    QTest::newRow("missing, empty default")
        << "Bonjour {prenom|}." << QVariantMap {} << "Bonjour .";
    QTest::newRow("field between escapes") << "{{{prenom}}}" << marie << "{Marie}";
    QTest::newRow("fields in error are sent as written")
        << "{prenom} {nom d'usage} {} {commune" << marie << "Marie {nom d'usage} {} {commune";
    QTest::newRow("unknown field renders its value (empty)") << "[{surnom}]" << marie << "[]";
    QTest::newRow("accents in the template name")
        << "{Prénom} de {COMMUNE}" << marie << "Marie de Paris";
}

void tst_MessageTemplate::render()
{
    QFETCH(QString, text);
    QFETCH(QVariantMap, values);
    QFETCH(QString, expected);
    const MessageTemplate messageTemplate(text);
    QCOMPARE(messageTemplate.render(
                 [&values](const QString &name) { return values.value(name).toString(); }),
             expected);
}

void tst_MessageTemplate::valuesAreNotReinterpreted()
{
    const MessageTemplate messageTemplate(QStringLiteral("Bonjour {prenom|ami} !"));
    const QString rendered =
        messageTemplate.render([](const QString &) { return QStringLiteral("{nom} {{x}} }"); });
    QCOMPARE(rendered, QStringLiteral("Bonjour {nom} {{x}} } !"));
    // An empty function means every value is missing.
    QCOMPARE(messageTemplate.render({}), QStringLiteral("Bonjour ami !"));
}

void tst_MessageTemplate::lookupUsesNormalisedNames()
{
    const MessageTemplate messageTemplate(QStringLiteral("{Prénom} {Code Postal} {TRANCHE-ÂGE}"));
    QStringList asked;
    const QString rendered = messageTemplate.render([&asked](const QString &name) {
        asked.append(name);
        return name.toUpper();
    });
    QCOMPARE(asked, (QStringList {"prenom", "code_postal", "tranche_age"}));
    QCOMPARE(rendered, QStringLiteral("PRENOM CODE_POSTAL TRANCHE_AGE"));
}

void tst_MessageTemplate::normaliseName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("plain") << "prenom"
                           << "prenom";
    QTest::newRow("case and accent") << "Prénom"
                                     << "prenom";
    QTest::newRow("decomposed accent") << "Pre\u0301nom"
                                       << "prenom";
    QTest::newRow("space") << "Code postal"
                           << "code_postal";
    QTest::newRow("dash") << "tranche-âge"
                          << "tranche_age";
    QTest::newRow("outer spaces trimmed") << "  Département  "
                                          << "departement";
    QTest::newRow("cedilla") << "Façade"
                             << "facade";
    QTest::newRow("ligature") << "Vœu"
                              << "voeu";
    QTest::newRow("capital ligature") << "ŒUVRE"
                                      << "oeuvre";
    QTest::newRow("digits kept") << "Ligne 2"
                                 << "ligne_2";
    QTest::newRow("other signs kept (then invalid as a field)") << "nom d'usage"
                                                                << "nom_d'usage";
    QTest::newRow("empty") << ""
                           << "";
}

void tst_MessageTemplate::normaliseName()
{
    QFETCH(QString, name);
    QFETCH(QString, normalised);
    QCOMPARE(MessageTemplate::normaliseName(name), normalised);
}

void tst_MessageTemplate::standardFields()
{
    const QStringList fields = MessageTemplate::standardFields();
    QCOMPARE(
        fields,
        (QStringList {"prenom", "nom", "commune", "code_postal", "departement", "tranche_age"}));
    for (const QString &field : fields)
        QCOMPARE(MessageTemplate::normaliseName(field), field);
    const MessageTemplate all(QStringLiteral("{prenom}{nom}{commune}{code_postal}{departement}"
                                             "{tranche_age}"));
    QVERIFY(all.errors(fields).isEmpty());
    QCOMPARE(all.fields().size(), 6);
}

QTEST_GUILESS_MAIN(tst_MessageTemplate)
#include "tst_messagetemplate.moc"
