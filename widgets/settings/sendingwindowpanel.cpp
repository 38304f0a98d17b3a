// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendingwindowpanel.h"

#include "storage/database.h"

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int HolidaysShown = 4;
constexpr int ClockMs = 30 * 1000;
} // namespace

SendingWindowPanel::SendingWindowPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_hoursLabel(new QLabel(this))
    , m_start(new QTimeEdit(this))
    , m_toLabel(new QLabel(this))
    , m_end(new QTimeEdit(this))
    , m_midnightHint(new QLabel(this))
    , m_daysLabel(new QLabel(this))
    , m_skipHolidays(new QCheckBox(this))
    , m_alsaceMoselle(new QCheckBox(this))
    , m_saveButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_live(new QLabel(this))
    , m_holidays(new QLabel(this))
    , m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("sendingWindowPanel"));
    m_intro->setWordWrap(true);
    m_start->setObjectName(QStringLiteral("windowStart"));
    m_end->setObjectName(QStringLiteral("windowEnd"));
    for (QTimeEdit *edit : {m_start, m_end})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_hoursLabel->setBuddy(m_start);
    m_midnightHint->setForegroundRole(QPalette::PlaceholderText);
    auto *days = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(this);
        box->setObjectName(QStringLiteral("windowDay%1").arg(day));
        m_days.append(box);
        days->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &SendingWindowPanel::updateLive);
    }
    days->addStretch();
    m_skipHolidays->setObjectName(QStringLiteral("windowSkipHolidays"));
    m_alsaceMoselle->setObjectName(QStringLiteral("windowAlsaceMoselle"));
    m_saveButton->setObjectName(QStringLiteral("saveWindowButton"));
    m_status->setObjectName(QStringLiteral("windowStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_live->setObjectName(QStringLiteral("windowLive"));
    m_live->setWordWrap(true);
    QFont bold = m_live->font();
    bold.setBold(true);
    m_live->setFont(bold);
    m_holidays->setObjectName(QStringLiteral("windowHolidays"));
    m_holidays->setWordWrap(true);
    m_holidays->setForegroundRole(QPalette::PlaceholderText);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_start);
    hours->addWidget(m_toLabel);
    hours->addWidget(m_end);
    hours->addWidget(m_midnightHint);
    hours->addStretch();
    auto *grid = new QGridLayout;
    grid->addWidget(m_hoursLabel, 0, 0);
    grid->addLayout(hours, 0, 1);
    grid->addWidget(m_daysLabel, 1, 0);
    grid->addLayout(days, 1, 1);
    grid->addWidget(m_skipHolidays, 2, 1);
    grid->addWidget(m_alsaceMoselle, 3, 1);
    grid->setColumnStretch(1, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_live);
    layout->addWidget(m_holidays);
    layout->addLayout(buttons);

    connect(m_start, &QTimeEdit::timeChanged, this, &SendingWindowPanel::updateLive);
    connect(m_end, &QTimeEdit::timeChanged, this, &SendingWindowPanel::updateLive);
    connect(m_skipHolidays, &QCheckBox::toggled, this, [this]() {
        updateEditable();
        updateLive();
    });
    connect(m_alsaceMoselle, &QCheckBox::toggled, this, &SendingWindowPanel::updateLive);
    connect(m_saveButton, &QPushButton::clicked, this, &SendingWindowPanel::save);
    connect(m_clock, &QTimer::timeout, this, &SendingWindowPanel::updateLive);
    m_clock->start(ClockMs);
    showWindow(Outbox::Window());
    retranslateUi();
}

void SendingWindowPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SendingWindowPanel::retranslateUi()
{
    m_intro->setText(tr("When campaign messages may go out, Paris time. A campaign still "
                        "sending when the window closes pauses and resumes at the next "
                        "opening. Consent requests and campaign messages alike wait for it."));
    m_hoursLabel->setText(tr("&Hours:"));
    m_toLabel->setText(tr("to"));
    m_midnightHint->setText(tr("(closing at 00:00: midnight)"));
    m_daysLabel->setText(tr("Days:"));
    const QLocale locale;
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setText(locale.standaloneDayName(day, QLocale::ShortFormat));
    m_skipHolidays->setText(tr("Closed on French &public holidays"));
    m_alsaceMoselle->setText(
        tr("Also &Good Friday and 26 December (Alsace-Moselle: departments 57, 67, 68)"));
    m_saveButton->setText(tr("Sa&ve"));
    updateLive();
}

void SendingWindowPanel::setNow(const QDateTime &now)
{
    m_now = now;
    updateLive();
}

Outbox::Window SendingWindowPanel::formWindow() const
{
    Outbox::Window window = m_saved;
    window.startMinute = m_start->time().msecsSinceStartOfDay() / 60000;
    window.endMinute = m_end->time().msecsSinceStartOfDay() / 60000;
    if (window.endMinute == 0)
        window.endMinute = 24 * 60; // 00:00 closes at midnight
    window.days.clear();
    for (int day = 1; day <= 7; ++day) {
        if (m_days.at(day - 1)->isChecked())
            window.days += QString::number(day);
    }
    window.skipHolidays = m_skipHolidays->isChecked();
    window.alsaceMoselle = m_alsaceMoselle->isChecked();
    return window;
}

void SendingWindowPanel::showWindow(const Outbox::Window &window)
{
    m_saved = window;
    m_start->setTime(QTime(0, 0).addSecs(window.startMinute * 60));
    m_end->setTime(QTime(0, 0).addSecs((window.endMinute % (24 * 60)) * 60));
    for (int day = 1; day <= 7; ++day)
        m_days.at(day - 1)->setChecked(window.days.contains(QString::number(day)));
    m_skipHolidays->setChecked(window.skipHolidays);
    m_alsaceMoselle->setChecked(window.alsaceMoselle);
    updateLive();
}

void SendingWindowPanel::updateEditable()
{
    const bool editable = m_editable && !m_job.isBusy();
    QList<QWidget *> inputs = {m_start, m_end, m_skipHolidays, m_saveButton};
    for (QCheckBox *box : std::as_const(m_days))
        inputs.append(box);
    for (QWidget *widget : std::as_const(inputs))
        widget->setEnabled(editable);
    m_alsaceMoselle->setEnabled(editable && m_skipHolidays->isChecked());
    const QString tip = m_loaded && !m_editable ? m_notEditableReason : QString();
    inputs.append(m_alsaceMoselle);
    for (QWidget *widget : std::as_const(inputs))
        widget->setToolTip(tip);
}

void SendingWindowPanel::updateLive()
{
    const Outbox::Window window = formWindow();
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QTimeZone zone(window.timeZone);
    const QLocale locale;
    const auto when = [&](const QDateTime &at) {
        const QDateTime local = at.toTimeZone(zone);
        if (local.date() == now.toTimeZone(zone).date())
            return tr("today at %1").arg(locale.toString(local.time(), QStringLiteral("HH:mm")));
        return locale.toString(local, QStringLiteral("dddd d MMMM, HH:mm"));
    };
    QString error;
    if (!window.validate(&error)) {
        m_live->setText(error);
    } else if (window.allows(now)) {
        m_live->setText(tr("Open now, until %1.").arg(when(window.closing(now))));
    } else {
        const QDateTime next = window.nextOpening(now);
        m_live->setText(next.isValid()
                            ? tr("Closed now. Next opening: %1.").arg(when(next))
                            : tr("Closed now, and it does not open in the next two weeks."));
    }
    if (!window.skipHolidays) {
        m_holidays->setText(tr("Messages go out on public holidays too."));
        return;
    }
    QStringList holidays;
    for (const Outbox::Holiday &holiday :
         Outbox::upcomingHolidays(now.toTimeZone(zone).date(), HolidaysShown, window.alsaceMoselle))
        holidays.append(
            tr("%1 (%2)").arg(holiday.name, locale.toString(holiday.date, QLocale::ShortFormat)));
    m_holidays->setText(tr("Next public holidays: %1.").arg(holidays.join(QStringLiteral(", "))));
}

QString SendingWindowPanel::statusText() const
{
    return m_status->text();
}

QString SendingWindowPanel::liveText() const
{
    return m_live->text();
}

QString SendingWindowPanel::holidaysText() const
{
    return m_holidays->text();
}

void SendingWindowPanel::run(const QString &progress, std::function<Outcome()> work)
{
    m_status->setText(progress);
    m_job.run<Outcome>(this, std::move(work), [this](const Outcome &outcome) {
        m_loaded = true;
        m_editable = outcome.editable;
        m_notEditableReason = outcome.notEditableReason;
        if (outcome.saved || outcome.message.isEmpty() || !m_editable)
            showWindow(outcome.window);
        m_status->setText(outcome.message);
        updateEditable();
        if (outcome.saved)
            Q_EMIT windowSaved();
        Q_EMIT finished();
    });
    updateEditable();
}

void SendingWindowPanel::reload()
{
    Database *database = m_database;
    run(QString(), [database]() {
        Outcome outcome;
        outcome.window = Outbox::Window::load(database);
        outcome.editable =
            Outbox::Window::mayChange(database, database->actor(), &outcome.notEditableReason);
        if (!outcome.editable)
            outcome.message = outcome.notEditableReason;
        database->closeThreadConnection();
        return outcome;
    });
}

void SendingWindowPanel::save()
{
    const Outbox::Window window = formWindow();
    QString error;
    if (!window.validate(&error)) {
        m_status->setText(tr("Not saved: %1").arg(error));
        Q_EMIT finished();
        return;
    }
    Database *database = m_database;
    run(tr("Saving…"), [database, window]() {
        Outcome outcome;
        QString saveError;
        outcome.saved = window.save(database, database->actor(), &saveError);
        outcome.editable =
            Outbox::Window::mayChange(database, database->actor(), &outcome.notEditableReason);
        outcome.window = Outbox::Window::load(database);
        outcome.message = outcome.saved ? tr("Saved.") : tr("Not saved: %1").arg(saveError);
        database->closeThreadConnection();
        return outcome;
    });
}
