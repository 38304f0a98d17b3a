// SPDX-License-Identifier: GPL-3.0-or-later
// The sending window in Settings: the live "open now until / next opening" line for a fixed
// moment, the next public holidays (Alsace-Moselle's included when asked), a window saved by an
// administrator (stored, audited), a window that cannot be saved saying why, and someone who
// is not an administrator reading it only — refused by Outbox::Window::save too, not only by
// the form. Also the holiday list against Outbox::isPublicHoliday for 2024–2030.
#include "sending/outbox.h"
#include "settings/sendingwindowpanel.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "support/testdatabase.h"

#include <QCheckBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

namespace {
const QTimeZone kParis("Europe/Paris");

int auditCount(Database *db)
{
    QSqlQuery query(db->connection());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                     "'settings.sending_window'"))
            && query.next()
        ? query.value(0).toInt()
        : -1;
}
} // namespace

class tst_SendingWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("USER", "chloe"); // the GUI acts as the OS user on an embedded database
    }
    void holidays();
    void closingAndValidation();
    void administratorSaves();
    void othersOnlyRead();
};

void tst_SendingWindow::holidays()
{
    for (int year = 2024; year <= 2030; ++year) {
        for (const bool alsace : {false, true}) {
            const QList<Outbox::Holiday> list =
                Outbox::upcomingHolidays(QDate(year, 1, 1), 100, alsace);
            int inYear = 0;
            for (const Outbox::Holiday &holiday : list) {
                if (holiday.date.year() != year)
                    continue;
                ++inYear;
                QVERIFY2(Outbox::isPublicHoliday(holiday.date, alsace),
                         qPrintable(holiday.date.toString(Qt::ISODate)));
                QVERIFY(!holiday.name.isEmpty());
            }
            // Every holiday of the year is listed, and nothing else: count the calendar.
            int expected = 0;
            for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1))
                expected += Outbox::isPublicHoliday(d, alsace) ? 1 : 0;
            QCOMPARE(inYear, expected);
            QCOMPARE(inYear, alsace ? 13 : 11);
        }
    }
    // Known dates: Easter Monday 2027 is 29 March, Ascension 6 May, Whit Monday 17 May; Good
    // Friday 2027 (Alsace-Moselle) 26 March.
    const QList<Outbox::Holiday> spring = Outbox::upcomingHolidays(QDate(2027, 3, 1), 4, true);
    QCOMPARE(spring.size(), 4);
    QCOMPARE(spring.at(0).date, QDate(2027, 3, 26));
    QCOMPARE(spring.at(1).date, QDate(2027, 3, 29));
    QCOMPARE(spring.at(2).date, QDate(2027, 5, 1));
    QCOMPARE(spring.at(3).date, QDate(2027, 5, 6));
    QCOMPARE(Outbox::upcomingHolidays(QDate(2027, 5, 9), 2, false).at(0).date, QDate(2027, 5, 17));
}

void tst_SendingWindow::closingAndValidation()
{
    Outbox::Window window; // 8h-20h, Monday-Saturday
    const QDateTime mondayMorning(QDate(2027, 6, 14), QTime(10, 0), kParis);
    QVERIFY(window.allows(mondayMorning));
    QCOMPARE(window.closing(mondayMorning), QDateTime(QDate(2027, 6, 14), QTime(20, 0), kParis));
    const QDateTime saturdayNight(QDate(2027, 6, 19), QTime(21, 0), kParis);
    QVERIFY(!window.closing(saturdayNight).isValid());
    QCOMPARE(window.nextOpening(saturdayNight), QDateTime(QDate(2027, 6, 21), QTime(8, 0), kParis));
    window.endMinute = 24 * 60;
    QCOMPARE(window.closing(mondayMorning), QDateTime(QDate(2027, 6, 15), QTime(0, 0), kParis));

    QString error;
    QVERIFY(window.validate(&error));
    window.startMinute = 20 * 60;
    window.endMinute = 8 * 60;
    QVERIFY(!window.validate(&error));
    QVERIFY2(error.contains(QLatin1String("open before it closes")), qPrintable(error));
    window = Outbox::Window();
    window.days.clear();
    QVERIFY(!window.validate(&error));
    QVERIFY(error.contains(QLatin1String("at least one day")));
    window.days = QStringLiteral("1189");
    QVERIFY(!window.validate(&error));
    QVERIFY(error.contains(QLatin1String("1189")));
    QCOMPARE(Outbox::Window::minuteFromText(QStringLiteral("24:00")), 1440);
    QCOMPARE(Outbox::Window::minuteFromText(QStringLiteral("8h")), -1);
}

void tst_SendingWindow::administratorSaves()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));

    SendingWindowPanel panel(&db);
    panel.resize(900, 400);
    panel.show();
    QSignalSpy finished(&panel, &SendingWindowPanel::finished);
    panel.reload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(panel.isEditable());
    QCOMPARE(panel.formWindow(), Outbox::Window());

    // Monday 14 June 2027, 10:00 in Paris: open until 20:00.
    panel.setNow(QDateTime(QDate(2027, 6, 14), QTime(10, 0), kParis));
    QVERIFY2(panel.liveText().contains(QLatin1String("Open now, until today at")),
             qPrintable(panel.liveText()));
    QVERIFY(panel.liveText().contains(QLatin1String("8:00 PM"))
            || panel.liveText().contains(QLatin1String("20:00")));
    QVERIFY2(panel.holidaysText().contains(QLatin1String("Bastille Day")),
             qPrintable(panel.holidaysText()));
    QVERIFY(!panel.holidaysText().contains(QLatin1String("Alsace")));

    auto *start = panel.findChild<QTimeEdit *>(QStringLiteral("windowStart"));
    auto *end = panel.findChild<QTimeEdit *>(QStringLiteral("windowEnd"));
    auto *saturday = panel.findChild<QCheckBox *>(QStringLiteral("windowDay6"));
    auto *alsace = panel.findChild<QCheckBox *>(QStringLiteral("windowAlsaceMoselle"));
    auto *skip = panel.findChild<QCheckBox *>(QStringLiteral("windowSkipHolidays"));
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveWindowButton"));
    QVERIFY(start && end && saturday && alsace && skip && save);

    // Opening at 11:00: closed now, next opening today at 11:00.
    start->setTime(QTime(11, 0));
    QVERIFY2(panel.liveText().contains(QLatin1String("Next opening: today at")),
             qPrintable(panel.liveText()));
    // A window that closes before it opens is not saved, and says why.
    end->setTime(QTime(9, 30));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QVERIFY2(panel.statusText().contains(QLatin1String("open before it closes")),
             qPrintable(panel.statusText()));
    QCOMPARE(auditCount(&db), 0);

    end->setTime(QTime(19, 30));
    saturday->setChecked(false);
    alsace->setChecked(true);
    // Near Christmas, Alsace-Moselle's 26 December is listed.
    panel.setNow(QDateTime(QDate(2027, 12, 20), QTime(12, 0), kParis));
    QVERIFY2(panel.holidaysText().contains(QLatin1String("St Stephen")),
             qPrintable(panel.holidaysText()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 3);
    QCOMPARE(panel.statusText(), QStringLiteral("Saved."));

    const Outbox::Window stored = Outbox::Window::load(&db);
    QCOMPARE(stored.startMinute, 11 * 60);
    QCOMPARE(stored.endMinute, 19 * 60 + 30);
    QCOMPARE(stored.days, QStringLiteral("12345"));
    QVERIFY(stored.skipHolidays);
    QVERIFY(stored.alsaceMoselle);
    QCOMPARE(auditCount(&db), 1);
    const std::optional<QList<AuditLog::Entry>> entries = AuditLog::read(&db, {}, 1);
    QVERIFY(entries && !entries->isEmpty());
    QCOMPARE(entries->constFirst().action, QStringLiteral("settings.sending_window"));
    QCOMPARE(entries->constFirst().actor, QStringLiteral("chloe"));
    QVERIFY2(entries->constFirst().details.contains(QLatin1String("\"start\":\"11:00\"")),
             qPrintable(entries->constFirst().details));

    // Without holidays, the line says messages go out on them.
    skip->setChecked(false);
    QVERIFY(!alsace->isEnabled());
    QVERIFY(panel.holidaysText().contains(QLatin1String("public holidays too")));

    // Grab the panel for a look (kept when TRIBUNE_TEST_SCREENSHOTS names a folder).
    const QString folder = qEnvironmentVariable("TRIBUNE_TEST_SCREENSHOTS");
    if (!folder.isEmpty())
        panel.grab().save(folder + QStringLiteral("/sendingwindow.png"));
}

void tst_SendingWindow::othersOnlyRead()
{
    TestDatabase testDb(DatabaseUrl::Backend::Sqlite);
    Database db(testDb.url());
    QString error;
    QVERIFY2(db.openAndMigrate(&error), qPrintable(error));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(
        QStringLiteral("INSERT INTO users (login, display_name, role, created_at) VALUES "
                       "('alice', 'Alice', 'administrator', 0), ('chloe', 'Chloe', "
                       "'approver', 0)")));

    SendingWindowPanel panel(&db);
    panel.show();
    QSignalSpy finished(&panel, &SendingWindowPanel::finished);
    panel.reload();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!panel.isEditable());
    QVERIFY2(panel.statusText().contains(QLatin1String("Only an administrator")),
             qPrintable(panel.statusText()));
    auto *save = panel.findChild<QPushButton *>(QStringLiteral("saveWindowButton"));
    auto *start = panel.findChild<QTimeEdit *>(QStringLiteral("windowStart"));
    QVERIFY(!save->isEnabled());
    QVERIFY(!start->isEnabled());
    QVERIFY(!start->toolTip().isEmpty());

    // The model refuses too, whatever the form does.
    Outbox::Window window;
    window.startMinute = 6 * 60;
    QVERIFY(!window.save(&db, QStringLiteral("chloe"), &error));
    QVERIFY2(error.contains(QLatin1String("Only an administrator")), qPrintable(error));
    QVERIFY(!window.save(&db, QStringLiteral("mallory"), &error)); // no account at all
    QCOMPARE(Outbox::Window::load(&db).startMinute, 8 * 60);
    QCOMPARE(auditCount(&db), 0);
    QVERIFY2(window.save(&db, QStringLiteral("alice"), &error), qPrintable(error));
    QCOMPARE(Outbox::Window::load(&db).startMinute, 6 * 60);
    QCOMPARE(auditCount(&db), 1);
}

QTEST_MAIN(tst_SendingWindow)
#include "tst_sendingwindow.moc"
