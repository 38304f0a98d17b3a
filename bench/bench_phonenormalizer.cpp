// SPDX-License-Identifier: GPL-3.0-or-later
// Times PhoneNormalizer::normalize() against per-number libphonenumber (normalizeReference()) on
// a generated broker mix, single thread, and prints one JSON line.
//   bench_phonenormalizer [count=1000000] [seed=1]
#include "audience/phonenormalizer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

#include <cstdio>
#include <vector>

namespace {

// About what a rented French mobile segment looks like: ~93% mobiles in every common shape,
// some fixed lines and box lines, some garbage, a few foreign numbers.
class BrokerMix
{
public:
    explicit BrokerMix(quint32 seed)
        : m_rng(seed)
    { }

    QString next()
    {
        const int kind = bounded(1000);
        if (kind < 930)
            return written(QLatin1Char(bounded(2) ? '6' : '7') + digits(8));
        if (kind < 960) // fixed lines 01-05 and 09 box lines
            return written(QString::number(1 + bounded(5) + (bounded(6) == 0 ? 4 : 0)) + digits(8));
        if (kind < 980)
            return garbage();
        return foreign();
    }

private:
    int bounded(int limit) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(limit))); }

    QString digits(int count)
    {
        QString result(count, Qt::Uninitialized);
        for (QChar &c : result)
            c = QChar(static_cast<char16_t>(u'0' + bounded(10)));
        return result;
    }

    static QString grouped(const QString &text, QLatin1Char separator, int firstGroup)
    {
        QString result = text.left(firstGroup);
        for (qsizetype i = firstGroup; i < text.size(); i += 2)
            result += separator + text.mid(i, 2);
        return result;
    }

    // nsn: 9 digits without the national prefix.
    QString written(const QString &nsn)
    {
        const QString national = QLatin1Char('0') + nsn;
        const int shape = bounded(100);
        if (shape < 30)
            return grouped(national, QLatin1Char(' '), 2);
        if (shape < 50)
            return national;
        if (shape < 65)
            return QLatin1String("+33") + nsn;
        if (shape < 70)
            return QLatin1String("0033 ") + grouped(nsn, QLatin1Char(' '), 1);
        if (shape < 80)
            return QLatin1String("33") + nsn;
        if (shape < 88)
            return grouped(national, QLatin1Char('.'), 2);
        if (shape < 95)
            return grouped(national, QLatin1Char('-'), 2);
        if (shape < 98)
            return QLatin1String("  ") + grouped(national, QLatin1Char(' '), 2) + QLatin1Char(' ');
        return QLatin1String("+33 (0)") + grouped(nsn, QLatin1Char(' '), 1);
    }

    QString garbage()
    {
        switch (bounded(6)) {
        case 0:
            return QLatin1Char('0') + digits(5 + bounded(4)); // too short
        case 1:
            return QLatin1Char('0') + digits(10 + bounded(3)); // too long
        case 2:
            return QString();
        case 3:
            return QStringLiteral("n/a");
        case 4:
            return QStringLiteral("06 12 34 5x 78");
        default:
            return QLatin1String("0") + QString::number(6 + bounded(2)) + QLatin1String("1")
                + digits(7); // unassigned 061/071 ranges
        }
    }

    QString foreign()
    {
        static const char *const numbers[] = {
            "+32 470 %1",  "+41 79 %1",  "+44 7911 %1", "+1 202 %1",  "+262 692 %1",
            "+590 690 %1", "+49 151 %1", "+34 612 %1",  "+39 312 %1", "+212 612 %1"};
        return QString::fromLatin1(numbers[bounded(static_cast<int>(std::size(numbers)))])
            .arg(digits(6));
    }

    QRandomGenerator m_rng;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qsizetype count = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const quint32 seed = args.size() > 2 ? args.at(2).toUInt() : 1;

    BrokerMix mix(seed);
    QStringList numbers;
    numbers.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        numbers.append(mix.next());
    std::vector<QByteArray> latin1;
    latin1.reserve(static_cast<size_t>(count));
    for (const QString &number : std::as_const(numbers))
        latin1.push_back(number.toLatin1());

    QElapsedTimer timer;
    timer.start();
    const PhoneNormalizer normalizer(u"FR");
    const qint64 setupNs = timer.nsecsElapsed();

    std::vector<PhoneNormalizer::Result> fast;
    fast.reserve(static_cast<size_t>(count));
    timer.restart();
    for (const QString &number : std::as_const(numbers))
        fast.push_back(normalizer.normalize(number));
    const qint64 fastNs = timer.nsecsElapsed();

    qint64 latin1Agree = 0;
    timer.restart();
    for (size_t i = 0; i < latin1.size(); ++i) {
        const PhoneNormalizer::Result result =
            normalizer.normalize(QLatin1String(latin1[i].constData(), latin1[i].size()));
        latin1Agree += result.e164 == fast[i].e164 && result.type == fast[i].type;
    }
    const qint64 latin1Ns = timer.nsecsElapsed();

    qint64 agree = 0;
    qint64 fastPath = 0;
    qint64 sendable = 0;
    timer.restart();
    for (qsizetype i = 0; i < count; ++i) {
        const PhoneNormalizer::Result reference = normalizer.normalizeReference(numbers.at(i));
        const PhoneNormalizer::Result &result = fast[static_cast<size_t>(i)];
        agree += reference.e164 == result.e164 && reference.type == result.type
            && reference.isValid == result.isValid;
    }
    const qint64 referenceNs = timer.nsecsElapsed();
    for (const PhoneNormalizer::Result &result : fast) {
        fastPath += result.source == PhoneNormalizer::Source::FastPath;
        sendable += result.canReceiveSms();
    }

    const double perNumber = 1000.0 * double(count);
    QJsonObject report {
        {QStringLiteral("numbers"), count},
        {QStringLiteral("setup_ms"), double(setupNs) / 1e6},
        {QStringLiteral("fast_us_per_number"), double(fastNs) / perNumber},
        {QStringLiteral("latin1_us_per_number"), double(latin1Ns) / perNumber},
        {QStringLiteral("reference_us_per_number"), double(referenceNs) / perNumber},
        {QStringLiteral("speedup"), double(referenceNs) / double(fastNs)},
        {QStringLiteral("fast_path_rate"), double(fastPath) / double(count)},
        {QStringLiteral("sendable"), sendable},
        {QStringLiteral("agreement"), agree},
        {QStringLiteral("latin1_agreement"), latin1Agree},
        {QStringLiteral("mismatches"), count - agree},
    };
    std::printf("%s\n", QJsonDocument(report).toJson(QJsonDocument::Compact).constData());
    return agree == count && latin1Agree == count ? 0 : 1;
}
