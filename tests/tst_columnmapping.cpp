// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/columnmapping.h"
#include "audience/sensitivecolumns.h"

#include <QTest>

class tst_ColumnMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void guessFromHeader_data();
    void guessFromHeader();
    void attributesKeepTheirNames();
    void guessFromValues();
    void validity();
    void sensitive_data();
    void sensitive();
};

Q_DECLARE_METATYPE(ColumnMapping::Field)

void tst_ColumnMapping::guessFromHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<ColumnMapping::Field>("field");
    using F = ColumnMapping::Field;
    const QList<QPair<QString, F>> rows = {
        {"Téléphone", F::Phone},
        {"TEL", F::Phone},
        {"mobile", F::Phone},
        {"Numéro de téléphone", F::Phone},
        {"Portable", F::Phone},
        {"phone_number", F::Phone},
        {"Prénom", F::FirstName},
        {"PRENOM", F::FirstName},
        {"first name", F::FirstName},
        {"Nom", F::LastName},
        {"Nom de famille", F::LastName},
        {"Code postal", F::PostalCode},
        {"CP", F::PostalCode},
        {"zip", F::PostalCode},
        {"Commune", F::Commune},
        {"Ville", F::Commune},
        {"Département", F::Department},
        {"dept", F::Department},
        {"Tranche d'âge", F::AgeBracket},
        {"Tranche d’âge", F::AgeBracket},
        {"Âge", F::AgeBracket},
        {"Date d'opt-in", F::OptInDate},
        {"date_optin", F::OptInDate},
        {"Civilité", F::Attribute},
        {"Source", F::Attribute},
        {"", F::Attribute},
    };
    for (const auto &row : rows)
        QTest::newRow(qPrintable(row.first.isEmpty() ? QStringLiteral("(empty)") : row.first))
            << row.first << row.second;
}

void tst_ColumnMapping::guessFromHeader()
{
    QFETCH(QString, header);
    QFETCH(ColumnMapping::Field, field);
    const ColumnMapping mapping = ColumnMapping::guess({QStringLiteral("x_unrelated"), header});
    QCOMPARE(mapping.columns.at(1).field, field);
    QCOMPARE(mapping.columns.at(1).header, header);
}

void tst_ColumnMapping::attributesKeepTheirNames()
{
    const ColumnMapping mapping = ColumnMapping::guess(
        {QStringLiteral("Civilité"), QStringLiteral("Téléphone"), QStringLiteral("Mobile"),
         QStringLiteral("Source de l'opt-in"), QStringLiteral("Civilité"), QString()});
    QCOMPARE(mapping.columns.at(0).attributeName, QStringLiteral("civilite"));
    QCOMPARE(mapping.columns.at(1).field, ColumnMapping::Field::Phone);
    // A second phone-like column is kept as an attribute, not a second phone.
    QCOMPARE(mapping.columns.at(2).field, ColumnMapping::Field::Attribute);
    QCOMPARE(mapping.columns.at(2).attributeName, QStringLiteral("mobile"));
    QCOMPARE(mapping.columns.at(3).attributeName, QStringLiteral("source_de_l_opt_in"));
    QCOMPARE(mapping.columns.at(4).attributeName, QStringLiteral("civilite_5"));
    QCOMPARE(mapping.columns.at(5).attributeName, QStringLiteral("colonne_6"));
    QCOMPARE(mapping.phoneColumn(), 1);
}

void tst_ColumnMapping::guessFromValues()
{
    const QList<QStringList> rows = {
        {"Mme", "Marie", "06 12 34 56 78", "67000"},
        {"M.", "Jean", "+33612345679", "68100"},
        {"M.", "Luc", "0033 6 12 34 56 80", "57000"},
    };
    const ColumnMapping mapping = ColumnMapping::guessFromValues(rows);
    QCOMPARE(mapping.columns.size(), 4);
    QCOMPARE(mapping.phoneColumn(), 2);
    QCOMPARE(mapping.columns.at(3).field,
             ColumnMapping::Field::Attribute); // postal codes are too short
}

void tst_ColumnMapping::validity()
{
    QString error;
    ColumnMapping none = ColumnMapping::guess({QStringLiteral("a"), QStringLiteral("b")});
    QVERIFY(!none.isValid(&error));
    QVERIFY(error.contains(QLatin1String("phone")));
    ColumnMapping twice = ColumnMapping::guess({QStringLiteral("tel"), QStringLiteral("prenom")});
    QVERIFY(twice.isValid(&error));
    twice.columns[1].field = ColumnMapping::Field::Phone;
    QVERIFY(!twice.isValid(&error));
}

void tst_ColumnMapping::sensitive_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sensitive");
    QTest::newRow("religion") << "religion" << true;
    QTest::newRow("confession") << "confession_declaree" << true;
    QTest::newRow("origine") << "origine_ethnique" << true;
    QTest::newRow("nationalite") << "nationalite" << true;
    QTest::newRow("vote") << "vote_2022" << true;
    QTest::newRow("opinion") << "opinion_politique" << true;
    QTest::newRow("parti") << "parti_prefere" << true;
    QTest::newRow("syndicat") << "syndicat" << true;
    QTest::newRow("sante") << "etat_de_sante" << true;
    QTest::newRow("handicap") << "handicap" << true;
    QTest::newRow("orientation") << "orientation_sexuelle" << true;
    QTest::newRow("departement") << "departement" << false;
    QTest::newRow("civilite") << "civilite" << false;
    QTest::newRow("source") << "source_optin" << false;
    QTest::newRow("devote is not vote") << "devoted_fan" << false;
    QTest::newRow("tranche_age") << "tranche_age" << false;
    QTest::newRow("commune") << "commune" << false;
}

void tst_ColumnMapping::sensitive()
{
    QFETCH(QString, name);
    QFETCH(bool, sensitive);
    QCOMPARE(SensitiveColumns::looksSensitive(name), sensitive);
    if (sensitive)
        QVERIFY(SensitiveColumns::refusal(name, SensitiveColumns::categorise(name)).contains(name));
}

QTEST_GUILESS_MAIN(tst_ColumnMapping)
#include "tst_columnmapping.moc"
