// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of CsvReader on a generated broker file: `bench_csvreader [ROWS [DIR]]` (default
// 2 M rows). Writes a ';'-separated file of French contacts in UTF-8 and in Windows-1252 to a
// temporary directory (or to DIR, where they are kept), then times, from the page cache, best of 3:
// sniff + read every row (parse), the same decoding the phone column (phone: what the importer's
// hot path needs), and decoding every column (all). Prints a human summary on stderr and one JSON
// line on stdout. MB = 10^6 bytes.
#include "audience/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

namespace {

// Deterministic and fast (xorshift64*): the file is the same on every run.
class Random
{
public:
    quint32 next(quint32 bound)
    {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return quint32(((m_state * 0x2545F4914F6CDD1DULL) >> 32) % bound);
    }

private:
    quint64 m_state = 0x9E3779B97F4A7C15ULL;
};

QString pick(Random &random, const QStringList &values)
{
    return values.at(random.next(quint32(values.size())));
}

QString phoneNumber(Random &random)
{
    QString digits = QStringLiteral("6");
    if (random.next(4) == 0)
        digits = QStringLiteral("7");
    for (int i = 0; i < 8; ++i)
        digits += QChar(u'0' + random.next(10));
    const QString national = QLatin1Char('0') + digits;
    const auto grouped = [&national](QChar separator) {
        QString text;
        for (int i = 0; i < 10; i += 2) {
            if (i)
                text += separator;
            text += national.mid(i, 2);
        }
        return text;
    };
    switch (random.next(7)) {
    case 0:
        return grouped(QLatin1Char(' '));
    case 1:
        return QStringLiteral("+33") + digits;
    case 2:
        return QStringLiteral("0033") + digits;
    case 3:
        return QStringLiteral("33") + digits;
    case 4:
        return grouped(QLatin1Char('.'));
    case 5:
        return grouped(QLatin1Char('-'));
    default:
        return national;
    }
}

QString quoted(const QString &value)
{
    QString text = value;
    text.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// One broker row: civilite;prenom;nom;telephone;code_postal;commune;departement;tranche_age;
// date_optin;source — accents, mixed number formats, some quoted fields.
QString brokerRow(Random &random)
{
    static const QStringList civilites {QStringLiteral("M."), QStringLiteral("Mme"),
                                        QStringLiteral("Mlle"), QString()};
    static const QStringList prenoms {
        QStringLiteral("Zoé"),      QStringLiteral("Léa"),    QStringLiteral("Chloé"),
        QStringLiteral("François"), QStringLiteral("Hélène"), QStringLiteral("Jérôme"),
        QStringLiteral("Noël"),     QStringLiteral("Maël"),   QStringLiteral("Benoît"),
        QStringLiteral("Cécile"),   QStringLiteral("Jean"),   QStringLiteral("Marie"),
        QStringLiteral("Pierre"),   QStringLiteral("Luc"),    QStringLiteral("Paul"),
        QStringLiteral("Camille"),  QStringLiteral("Lucas"),  QStringLiteral("Emma"),
        QStringLiteral("Hugo"),     QStringLiteral("Inès"),   QStringLiteral("Anaïs")};
    static const QStringList noms {
        QStringLiteral("Dupont"),  QStringLiteral("Lefèvre"),  QStringLiteral("Martin"),
        QStringLiteral("Bernard"), QStringLiteral("Müller"),   QStringLiteral("Bœuf"),
        QStringLiteral("Gérard"),  QStringLiteral("Fournier"), QStringLiteral("Rousseau"),
        QStringLiteral("Petit"),   QStringLiteral("Durand"),   QStringLiteral("Moreau"),
        QStringLiteral("Lambert"), QStringLiteral("Garçon"),   QStringLiteral("Roux")};
    struct Place
    {
        const char16_t *commune;
        const char *postalCode;
    };
    static const Place places[] = {
        {u"Saint-Étienne", "42000"},   {u"Orléans", "45000"},   {u"Besançon", "25000"},
        {u"Nîmes", "30000"},           {u"Angoulême", "16000"}, {u"Strasbourg", "67000"},
        {u"Sélestat", "67600"},        {u"Épinal", "88000"},    {u"Châlons-en-Champagne", "51000"},
        {u"L'Haÿ-les-Roses", "94240"}, {u"Colmar", "68000"},    {u"Lyon", "69001"},
        {u"Paris", "75011"},           {u"Mulhouse", "68100"},  {u"Bègles", "33130"}};
    static const QStringList ages {QStringLiteral("18-24"), QStringLiteral("25-34"),
                                   QStringLiteral("35-49"), QStringLiteral("50-64"),
                                   QStringLiteral("65+")};
    static const QStringList sources {QStringLiteral("Fichier Régions"),
                                      QStringLiteral("Data \"Premium\""),
                                      QStringLiteral("jeu-concours"), QStringLiteral("web")};

    const Place &place = places[random.next(std::size(places))];
    const QString commune = QString::fromUtf16(place.commune);
    const QString source = pick(random, sources);
    QStringList fields {pick(random, civilites),
                        pick(random, prenoms),
                        pick(random, noms),
                        phoneNumber(random),
                        QLatin1String(place.postalCode),
                        random.next(10) == 0 ? quoted(commune) : commune,
                        QLatin1String(place.postalCode, 2),
                        pick(random, ages),
                        QStringLiteral("20%1-%2-%3")
                            .arg(19 + random.next(6))
                            .arg(1 + random.next(12), 2, 10, QLatin1Char('0'))
                            .arg(1 + random.next(28), 2, 10, QLatin1Char('0')),
                        source.contains(QLatin1Char('"')) ? quoted(source) : source};
    return fields.join(QLatin1Char(';'));
}

bool writeFile(const QString &path, qint64 rows, bool windows1252)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QStringEncoder encoder(windows1252 ? "windows-1252" : "UTF-8");
    if (!encoder.isValid())
        return false;
    Random random;
    QString block = QStringLiteral(
        "civilite;prenom;nom;telephone;code_postal;commune;departement;tranche_age;date_optin;"
        "source\r\n");
    for (qint64 row = 0; row < rows; ++row) {
        block += brokerRow(random);
        block += QLatin1String("\r\n");
        if (block.size() > (1 << 20) || row + 1 == rows) {
            const QByteArray bytes = encoder.encode(block);
            if (file.write(bytes) != bytes.size())
                return false;
            block.clear();
        }
    }
    return true;
}

enum class Pass { Parse, Phone, All };

struct Timing
{
    double seconds = 0;
    qint64 rows = 0;
    qint64 checksum = 0;
    bool ok = false;
};

Timing timePass(const QString &path, Pass pass, CsvReader::Encoding expected)
{
    Timing timing;
    QElapsedTimer timer;
    timer.start();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return timing;
    CsvReader::Options options;
    options.dialect = CsvReader::sniff(&file);
    if (options.dialect.encoding != expected || !options.dialect.hasHeader
        || options.dialect.delimiter != ';')
        return timing;
    CsvReader reader(&file, options);
    constexpr qsizetype phoneColumn = 3;
    qint64 problems = 0;
    for (;;) {
        const CsvReader::Status status = reader.readNext();
        if (status == CsvReader::Status::Record) {
            ++timing.rows;
            if (pass == Pass::Parse) {
                timing.checksum += reader.field(phoneColumn).size();
            } else if (pass == Pass::Phone) {
                timing.checksum += reader.text(phoneColumn).size();
            } else {
                for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                    timing.checksum += reader.text(i).size();
            }
        } else if (status == CsvReader::Status::Problem) {
            ++problems;
        } else if (status != CsvReader::Status::Header) {
            timing.ok = status == CsvReader::Status::End && problems == 0;
            break;
        }
    }
    timing.seconds = double(timer.nsecsElapsed()) / 1e9;
    return timing;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const qint64 rows = arguments.size() > 1 ? arguments.at(1).toLongLong() : 2'000'000;
    if (rows <= 0) {
        std::fprintf(stderr, "usage: bench_csvreader [ROWS [DIR]]\n");
        return 2;
    }
    QTemporaryDir temporary;
    const QDir dir(arguments.size() > 2 ? arguments.at(2) : temporary.path());
    if (!dir.exists())
        return 1;

    QJsonObject variants;
    for (const bool windows1252 : {false, true}) {
        const QString name = windows1252 ? QStringLiteral("windows1252") : QStringLiteral("utf8");
        const QString path = dir.filePath(name + QStringLiteral(".csv"));
        if (!writeFile(path, rows, windows1252)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
            return 1;
        }
        const double bytes = double(QFile(path).size());
        QJsonObject figures {{QStringLiteral("bytes"), bytes}};
        const CsvReader::Encoding encoding =
            windows1252 ? CsvReader::Encoding::Windows1252 : CsvReader::Encoding::Utf8;
        for (const Pass pass : {Pass::Parse, Pass::Phone, Pass::All}) {
            const QString key = pass == Pass::Parse ? QStringLiteral("parse")
                : pass == Pass::Phone               ? QStringLiteral("phone")
                                                    : QStringLiteral("all");
            Timing best;
            for (int run = 0; run < 3; ++run) {
                const Timing timing = timePass(path, pass, encoding);
                if (!timing.ok || timing.rows != rows) {
                    std::fprintf(stderr, "%s/%s: read %lld rows, expected %lld\n", qPrintable(name),
                                 qPrintable(key), static_cast<long long>(timing.rows),
                                 static_cast<long long>(rows));
                    return 1;
                }
                if (run == 0 || timing.seconds < best.seconds)
                    best = timing;
            }
            const double megabytesPerSecond = bytes / best.seconds / 1e6;
            const double rowsPerSecond = double(rows) / best.seconds;
            figures.insert(key + QStringLiteral("_mb_per_s"),
                           qRound(megabytesPerSecond * 10) / 10.0);
            figures.insert(key + QStringLiteral("_rows_per_s"), qRound64(rowsPerSecond));
            figures.insert(key + QStringLiteral("_seconds"), qRound(best.seconds * 1000) / 1000.0);
            std::fprintf(stderr, "%-12s %-6s %8.1f MB/s %12.0f rows/s %7.3f s (%.0f MB)\n",
                         qPrintable(name), qPrintable(key), megabytesPerSecond, rowsPerSecond,
                         best.seconds, bytes / 1e6);
        }
        variants.insert(name, figures);
    }
#ifdef NDEBUG
    const QString build = QStringLiteral("release (NDEBUG)");
#else
    const QString build = QStringLiteral("debug");
#endif
    const QJsonObject result {{QStringLiteral("benchmark"), QStringLiteral("csvreader")},
                              {QStringLiteral("rows"), double(rows)},
                              {QStringLiteral("build"), build},
                              {QStringLiteral("variants"), variants}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
