// SPDX-License-Identifier: GPL-3.0-or-later
// Cost preview benchmark: loads the demo data into a SQLite database, copies its 9,950 contacts
// (names with and without accents, communes, attributes) into one audience of N contacts, then
// times CostPreview::compute over all of them: every message rendered with its merge fields
// and footer, measured, priced. Three runs: a GSM-7 message; a message with typographic
// characters (UCS-2, so its GSM-safe rewrite is rendered and measured too, two messages per
// recipient); and the consent-first forecast on the same contacts under the consent gate (the
// campaign message to those who agreed, then the consent request and the campaign message to
// the never-asked). Prints one JSON object with the load average before and after.
//   bench_costpreview [contacts] [--keep DIR] [--only RUN]   (default 1,000,000 and a temporary
//   folder; with --keep an existing database of that size in DIR is reused; --only gsm7_message,
//   ucs2_message_and_rewrite or forecast runs that one alone, for a profiler)
#include "campaign/campaignstore.h"
#include "demo/demodataloader.h"
#include "pricing/costpreview.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>

namespace {

const QString kAudience = QStringLiteral("Bench — copies of the demo audience");

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

bool run(QSqlQuery &query, const QString &sql)
{
    if (query.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

// The demo data, then an audience of `contacts` copies of its contacts (new numbers), the
// party's own list with a proof of consent: campaign messages go to all of them.
qint64 generate(Database *database, qint64 contacts)
{
    DemoDataLoader::Result demo = DemoDataLoader(database).load();
    if (!demo.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(demo.errorString));
        return 0;
    }
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    db.transaction();
    query.prepare(QStringLiteral(
        "INSERT INTO audiences (name, origin, own_consent_proof, contact_count, created_at) "
        "VALUES (?, 'own', 'bench', ?, 0)"));
    query.addBindValue(kAudience);
    query.addBindValue(contacts);
    if (!query.exec())
        return 0;
    const qint64 audienceId = query.lastInsertId().toLongLong();
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO audience_columns (audience_id, name, label, position) SELECT %1, "
                 "name, label, position FROM audience_columns WHERE audience_id = "
                 "(SELECT MIN(id) FROM audiences)")
                 .arg(audienceId)))
        return 0;
    const qint64 copies = contacts / 9000 + 1;
    if (!run(query,
             QStringLiteral(
                 "INSERT INTO contacts (audience_id, phone, first_name, last_name, postal_code, "
                 "commune, department, age_bracket, opt_in_date, attributes, created_at, "
                 "updated_at) WITH RECURSIVE copy(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM "
                 "copy WHERE k < %2) SELECT %1, printf('+337%08d', copy.k * 10000 + c.id), "
                 "c.first_name, c.last_name, c.postal_code, c.commune, c.department, "
                 "c.age_bracket, c.opt_in_date, c.attributes, 0, 0 FROM copy CROSS JOIN "
                 "contacts c WHERE c.audience_id <> %1 ORDER BY copy.k, c.id LIMIT %3")
                 .arg(audienceId)
                 .arg(copies)
                 .arg(contacts)))
        return 0;
    return db.commit() ? audienceId : 0;
}

QJsonObject timed(Database *database, const CostPreview::Request &request)
{
    const QString before = loadAverage();
    const CostPreview preview = CostPreview::compute(database, request);
    if (!preview.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(preview.errorString));
        return {};
    }
    return {
        {QStringLiteral("seconds"), preview.seconds},
        {QStringLiteral("recipients"), preview.message.recipients},
        {QStringLiteral("parts"), preview.message.parts},
        {QStringLiteral("ucs2"), preview.message.ucs2Recipients},
        {QStringLiteral("rewrite_rendered"), preview.rewriteAvailable},
        {QStringLiteral("rewrite_parts"), preview.rewritten.parts},
        {QStringLiteral("forecast_consent_recipients"), preview.forecast.consentRequest.recipients},
        {QStringLiteral("recipients_per_second"),
         double(preview.message.recipients + preview.forecast.consentRequest.recipients)
             / preview.seconds},
        {QStringLiteral("load_before"), before},
        {QStringLiteral("load_after"), loadAverage()}};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 contacts = 1000000;
    QString keep;
    QString only;
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--keep") && i + 1 < args.size())
            keep = args.at(++i);
        else if (args.at(i) == QLatin1String("--only") && i + 1 < args.size())
            only = args.at(++i);
        else
            contacts = args.at(i).toLongLong();
    }
    QTemporaryDir temporary;
    const QString path = (keep.isEmpty() ? temporary.path() : keep)
        + QStringLiteral("/costpreview-%1.db").arg(contacts);
    Database database(DatabaseUrl::sqliteFile(path));
    QString error;
    if (!database.openAndMigrate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CampaignStore store(&database);
    qint64 audienceId = store.audienceId(kAudience);
    double generateSeconds = 0;
    if (audienceId == 0) {
        QElapsedTimer timer;
        timer.start();
        audienceId = generate(&database, contacts);
        if (audienceId == 0)
            return 1;
        generateSeconds = double(timer.elapsed()) / 1000;
    }

    // The party's own list (a kept database may have been left under the gate).
    QSqlQuery query(database.connection());
    const auto setOrigin = [&](const QString &origin, const QVariant &proof) {
        query.prepare(
            QStringLiteral("UPDATE audiences SET origin = ?, own_consent_proof = ? WHERE id = ?"));
        query.addBindValue(origin);
        query.addBindValue(proof);
        query.addBindValue(audienceId);
        return query.exec();
    };
    if (!setOrigin(QStringLiteral("own"), QStringLiteral("bench")))
        return 1;
    const auto wanted = [&only](const QString &name) {
        return only.isEmpty() || only == name;
    };

    CostPreview::Request request;
    request.audienceId = audienceId;
    request.footer = QStringLiteral("Camille Martin 2027 - STOP au 36105");
    QJsonObject results;
    request.message = QStringLiteral(
        "Bonjour {prenom|Madame, Monsieur}, Camille Martin tient une reunion publique a "
        "{commune} le 12 mars a 19 h. Venez nombreux ! Programme : camille2027.example");
    if (wanted(QStringLiteral("gsm7_message")))
        results.insert(QStringLiteral("gsm7_message"), timed(&database, request));
    request.message = QStringLiteral(
        "Bonjour {prenom|Madame, Monsieur}, Camille Martin tient une réunion publique à "
        "{commune} le 12 mars à 19 h – venez nombreux ! « Programme » : camille2027.example");
    if (wanted(QStringLiteral("ucs2_message_and_rewrite")))
        results.insert(QStringLiteral("ucs2_message_and_rewrite"), timed(&database, request));

    // The same contacts under the consent gate, one in ten having agreed.
    if (wanted(QStringLiteral("forecast"))) {
        if (!setOrigin(QStringLiteral("rented"), QVariant(QMetaType(QMetaType::QString))))
            return 1;
        query.prepare(QStringLiteral(
            "INSERT INTO consent_states (phone, state, changed_at) SELECT phone, 'granted', 0 "
            "FROM contacts WHERE audience_id = ? AND id % 10 = 0 ON CONFLICT (phone) DO "
            "NOTHING"));
        query.addBindValue(audienceId);
        if (!query.exec())
            return 1;
        request.consentRequest = {QStringLiteral("Bonjour {prenom|Madame, Monsieur}, Camille "
                                                 "Martin souhaite vous ecrire pendant la "
                                                 "campagne. Acceptez-vous ? Repondez OUI ou NON."),
                                  request.footer};
        results.insert(QStringLiteral("forecast"), timed(&database, request));
    }

    const QJsonObject report {{QStringLiteral("contacts"), contacts},
                              {QStringLiteral("generate_seconds"), generateSeconds},
                              {QStringLiteral("results"), results}};
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Indented).constData());
    return 0;
}
