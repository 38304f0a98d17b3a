// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "audience/segmentbuilder.h"
#include "backgroundtask.h"
#include "consent/funnelpanel.h"
#include "consent/historypanel.h"
#include "consent/reviewqueuepanel.h"
#include "demo/democonsentrequest.h"
#include "mainwindow.h"
#include "pages/audiencespage.h"
#include "pages/consentpage.h"
#include "pages/reportspage.h"
#include "sending/outbox.h"
#include "sending/receipts.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "welcomedialog.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextCursor>
#include <QTimer>

namespace {
constexpr int kSettleMs = 200;
}

namespace {
// Contacts the demo consent request reaches before the screenshots.
constexpr int kDemoConsentContacts = 400;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow *window, const QString &folder, Database *database,
                                   QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_folder(folder)
    , m_database(database)
{ }

void ScreenshotRunner::whenIdle(const std::function<bool()> &busy,
                                const std::function<void()> &then)
{
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll, busy, then]() {
        if (busy())
            return;
        poll->stop();
        poll->deleteLater();
        QTimer::singleShot(kSettleMs, this, then);
    });
    QTimer::singleShot(kSettleMs, poll, qOverload<>(&QTimer::start));
}

bool ScreenshotRunner::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_folder).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        m_error = tr("Cannot write %1").arg(path);
        return false;
    }
    m_saved.append(path);
    return true;
}

void ScreenshotRunner::start()
{
    if (!QDir().mkpath(m_folder)) {
        Q_EMIT finished(false, tr("Cannot create the folder %1").arg(m_folder));
        return;
    }
    m_window->statusBar()->clearMessage(); // show the database and provider, not a transient note
    WelcomeDialog welcome(m_window);
    welcome.adjustSize();
    welcome.show();
    const bool ok = save(&welcome, QStringLiteral("00-welcome"));
    welcome.hide();
    if (!ok) {
        Q_EMIT finished(false, m_error);
        return;
    }
    capturePage(0);
}

void ScreenshotRunner::captureUcs2Example(const QString &baseName)
{
    // The composer catching what doubles a bill: a curly apostrophe and an "ê" typed by habit.
    auto *editor = m_window->findChild<QPlainTextEdit *>(QStringLiteral("messageEdit"));
    if (!editor || editor->isReadOnly()) {
        capturePage(MainWindow::ComposePage + 1);
        return;
    }
    QTextCursor cursor(editor->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(QStringLiteral(" C’est la fête de la démocratie !"));
    QTimer::singleShot(kSettleMs, this, [this, editor, baseName]() {
        const bool ok = save(m_window, baseName + QStringLiteral("-ucs2"));
        editor->undo();
        if (!ok) {
            Q_EMIT finished(false, m_error);
            return;
        }
        capturePage(MainWindow::ComposePage + 1);
    });
}

void ScreenshotRunner::captureSegmentExample(const QString &baseName)
{
    // The segment builder with two filters and its live count.
    auto *page = qobject_cast<AudiencesPage *>(m_window->page(MainWindow::AudiencesPage));
    SegmentBuilder *builder = page ? page->segmentBuilder() : nullptr;
    if (!builder || builder->audienceId() <= 0) {
        capturePage(MainWindow::AudiencesPage + 1);
        return;
    }
    page->tabs()->setCurrentIndex(2);
    builder->valuesEdit(builder->addFilter(QStringLiteral("departement")))
        ->setText(QStringLiteral("67"));
    builder->valuesEdit(builder->addFilter(QStringLiteral("tranche_age")))
        ->setText(QStringLiteral("25-34, 35-49"));
    whenIdle([builder]() { return builder->isCounting(); },
             [this, page, builder, baseName]() {
                 const bool ok = save(m_window, baseName + QStringLiteral("-segment"));
                 builder->setSegment(Segment());
                 page->tabs()->setCurrentIndex(0);
                 if (!ok) {
                     Q_EMIT finished(false, m_error);
                     return;
                 }
                 capturePage(MainWindow::AudiencesPage + 1);
             });
}

void ScreenshotRunner::prepareConsentExample()
{
    // Only on a database whose demo consent request was never sent: the run approves it,
    // sends it through the outbox as if the Sandbox had, and records replies in the ledger.
    m_consentPrepared = true;
    Database *database = m_database;
    BackgroundTask::run<DemoConsentRequest::Result>(
        this,
        [database]() {
            DemoConsentRequest::Result result = DemoConsentRequest::run(
                database, kDemoConsentContacts, DemoConsentRequest::sampleReplies());
            database->closeThreadConnection();
            return result;
        },
        [this](const DemoConsentRequest::Result &result) {
            if (result.ok) {
                m_historyPhone = result.asked.value(0);
                m_demoAsked = result.asked;
                m_demoCampaignId = result.campaignId;
            } else
                qWarning("Screenshots without the demo consent request: %s",
                         qPrintable(result.errorString));
            capturePage(MainWindow::ConsentPage);
        });
}

namespace {

// The demo consent request leaves within a second: for the dashboard's timeline, its messages
// are spread as a real send would be, about 2 h 15 min at a steady rate from the opening of the
// sending window (or 3 hours ago outside its hours), each accepted a few seconds after it left,
// its delivery report minutes later (an expiry two hours later), the replies minutes after the
// delivery; nothing later than now.
bool spreadDemoSend(Database *database, qint64 campaignId, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime first = Outbox::Window::load(database).nextOpening(now.addSecs(-3 * 3600));
    const QDateTime last = now.addSecs(-45 * 60);
    if (!first.isValid() || first.secsTo(last) < 30 * 60)
        first = now.addSecs(-3 * 3600);
    const qint64 firstMs = first.toMSecsSinceEpoch();
    const qint64 spanMs = first.msecsTo(last);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    QSqlQuery query(database->connection());
    query.prepare(QStringLiteral("SELECT id, phone, state FROM messages WHERE campaign_id = ? AND "
                                 "submitted_at IS NOT NULL ORDER BY id"));
    query.addBindValue(campaignId);
    if (!query.exec()) {
        *error = query.lastError().text();
        return false;
    }
    struct Message
    {
        qint64 id;
        QString phone;
        QString state;
    };
    QList<Message> messages;
    while (query.next())
        messages.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString()});
    query.finish();
    if (messages.isEmpty())
        return true;
    Transaction transaction(database->connection(), Transaction::Mode::Immediate);
    QSqlQuery update(database->connection());
    update.prepare(QStringLiteral("UPDATE messages SET queued_at = ?, submitted_at = ?, "
                                  "accepted_at = ?, final_at = ? WHERE id = ?"));
    QSqlQuery replies(database->connection());
    replies.prepare(QStringLiteral("UPDATE inbound_messages SET received_at = ? WHERE phone = ?"));
    QRandomGenerator random(2027); // the same pictures at every run
    const QVariant null(QMetaType(QMetaType::LongLong));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        const qint64 submitted =
            firstMs + spanMs * i / messages.size() + random.bounded(qint64(15000));
        const qint64 accepted = submitted + 1000 + random.bounded(qint64(3000));
        qint64 final = -1;
        if (m.state == QLatin1String("delivered") || m.state == QLatin1String("failed"))
            final = accepted + 20000 + random.bounded(qint64(12 * 60000));
        else if (m.state == QLatin1String("expired"))
            final = std::min(nowMs - 60000, accepted + 2 * 3600000);
        update.addBindValue(firstMs - 60000);
        update.addBindValue(submitted);
        update.addBindValue(accepted);
        update.addBindValue(final >= 0 ? QVariant(final) : null);
        update.addBindValue(m.id);
        replies.addBindValue(std::min(
            nowMs - 60000, std::max(final, accepted) + 60000 + random.bounded(qint64(30 * 60000))));
        replies.addBindValue(m.phone);
        if (!update.exec() || !replies.exec()) {
            *error = update.lastError().isValid() ? update.lastError().text()
                                                  : replies.lastError().text();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = transaction.errorString();
        return false;
    }
    return true;
}

} // namespace

void ScreenshotRunner::prepareReportsExample()
{
    // The operators' delivery reports for the demo consent request played above, through the
    // same path as the provider callbacks: most delivered, some failed or expired, the last
    // ones still awaiting theirs; then the send spread over a morning (spreadDemoSend).
    m_reportsPrepared = true;
    Database *database = m_database;
    const QStringList asked = m_demoAsked;
    const qint64 campaignId = m_demoCampaignId;
    BackgroundTask::run<QString>(
        this,
        [database, asked, campaignId]() {
            QList<Sending::DeliveryReport> reports;
            const QDateTime now = QDateTime::currentDateTimeUtc();
            for (qsizetype i = 0; i < asked.size() * 9 / 10; ++i) {
                Sending::DeliveryReport report;
                report.campaignId = campaignId;
                report.phone = asked.at(i);
                report.status = i % 23 == 5 ? Sending::DeliveryStatus::Failed
                    : i % 41 == 7           ? Sending::DeliveryStatus::Expired
                                            : Sending::DeliveryStatus::Delivered;
                report.at = now;
                reports.append(report);
            }
            QString error;
            if (Receipts(database).recordReports(0, reports, &error))
                spreadDemoSend(database, campaignId, &error);
            database->closeThreadConnection();
            return error;
        },
        [this](const QString &error) {
            if (!error.isEmpty())
                qWarning("Screenshots without delivery reports: %s", qPrintable(error));
            capturePage(MainWindow::ReportsPage);
        });
}

void ScreenshotRunner::captureConsentExamples(const QString &baseName)
{
    // The replies to review, the suppression list and the history of one number.
    auto *page = qobject_cast<ConsentPage *>(m_window->page(MainWindow::ConsentPage));
    const auto next = [this]() {
        capturePage(MainWindow::ConsentPage + 1);
    };
    if (!page) {
        next();
        return;
    }
    const auto capture = [this, page](int tab, const QString &name,
                                      const std::function<void()> &then) {
        page->tabs()->setCurrentIndex(tab);
        whenIdle([page]() { return page->isBusy(); },
                 [this, name, then]() {
                     if (!save(m_window, name)) {
                         Q_EMIT finished(false, m_error);
                         return;
                     }
                     then();
                 });
    };
    capture(ConsentPage::ReviewTab, baseName + QStringLiteral("-review"),
            [this, page, capture, baseName, next]() {
                capture(ConsentPage::SuppressionTab, baseName + QStringLiteral("-suppression"),
                        [this, page, capture, baseName, next]() {
                            if (m_historyPhone.isEmpty()) {
                                page->tabs()->setCurrentIndex(ConsentPage::FunnelTab);
                                next();
                                return;
                            }
                            page->showHistory(m_historyPhone);
                            capture(ConsentPage::HistoryTab, baseName + QStringLiteral("-history"),
                                    [page, next]() {
                                        page->tabs()->setCurrentIndex(ConsentPage::FunnelTab);
                                        next();
                                    });
                        });
            });
}

void ScreenshotRunner::captureCampaignDashboard(const QString &baseName)
{
    // The dashboard of the campaign that sent last (the demo consent request played above).
    auto *page = qobject_cast<ReportsPage *>(m_window->page(MainWindow::ReportsPage));
    if (!page) {
        capturePage(MainWindow::ReportsPage + 1);
        return;
    }
    page->tabs()->setCurrentIndex(ReportsPage::CampaignTab);
    whenIdle([page]() { return page->isComputing(); },
             [this, page, baseName]() {
                 const bool ok = save(m_window, baseName + QStringLiteral("-campaign"));
                 page->tabs()->setCurrentIndex(ReportsPage::OverviewTab);
                 if (!ok) {
                     Q_EMIT finished(false, m_error);
                     return;
                 }
                 capturePage(MainWindow::ReportsPage + 1);
             });
}

void ScreenshotRunner::captureSettingsRules(const QString &baseName)
{
    // The administrators' rules further down the page: sending window and election calendar.
    QWidget *page = m_window->page(MainWindow::SettingsPage);
    auto *scroll = page ? page->findChild<QScrollArea *>() : nullptr;
    auto *group = page ? page->findChild<QWidget *>(QStringLiteral("sendingWindowGroup")) : nullptr;
    if (!scroll || !group) {
        capturePage(MainWindow::SettingsPage + 1);
        return;
    }
    scroll->verticalScrollBar()->setValue(group->mapTo(scroll->widget(), QPoint(0, 0)).y());
    QTimer::singleShot(kSettleMs, this, [this, scroll, baseName]() {
        const bool ok = save(m_window, baseName + QStringLiteral("-rules"));
        scroll->verticalScrollBar()->setValue(0);
        if (!ok) {
            Q_EMIT finished(false, m_error);
            return;
        }
        capturePage(MainWindow::SettingsPage + 1);
    });
}

void ScreenshotRunner::capturePage(int index)
{
    if (index >= MainWindow::PageCount) {
        Q_EMIT finished(true, m_saved.join(QLatin1Char('\n')));
        return;
    }
    if (index == MainWindow::ConsentPage && m_database && !m_consentPrepared) {
        prepareConsentExample();
        return;
    }
    if (index == MainWindow::ReportsPage && m_database && !m_reportsPrepared
        && m_demoCampaignId > 0) {
        prepareReportsExample();
        return;
    }
    m_window->showPage(index);
    QTimer::singleShot(kSettleMs, this, [this, index]() {
        auto *reports = qobject_cast<ReportsPage *>(m_window->page(index));
        if (reports && reports->isComputing()) {
            whenIdle([reports]() { return reports->isComputing(); },
                     [this, index]() { capturePage(index); });
            return;
        }
        auto *consent = qobject_cast<ConsentPage *>(m_window->page(index));
        if (consent && consent->isBusy()) {
            whenIdle([consent]() { return consent->isBusy(); },
                     [this, index]() { capturePage(index); });
            return;
        }
        const QString name = QStringLiteral("%1-%2")
                                 .arg(index + 1, 2, 10, QLatin1Char('0'))
                                 .arg(MainWindow::pageKey(index));
        if (!save(m_window, name)) {
            Q_EMIT finished(false, m_error);
            return;
        }
        if (index == MainWindow::ComposePage) {
            captureUcs2Example(name);
            return;
        }
        if (index == MainWindow::AudiencesPage) {
            captureSegmentExample(name);
            return;
        }
        if (index == MainWindow::ConsentPage) {
            captureConsentExamples(name);
            return;
        }
        if (index == MainWindow::ReportsPage) {
            captureCampaignDashboard(name);
            return;
        }
        if (index == MainWindow::SettingsPage) {
            captureSettingsRules(name);
            return;
        }
        capturePage(index + 1);
    });
}
