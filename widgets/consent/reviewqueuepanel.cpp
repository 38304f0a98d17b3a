// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueuepanel.h"

#include "consent/consentledger.h"
#include "consent/suppressionlistmodel.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { PhoneColumn, ReplyColumn, AnswersColumn, ReceivedColumn, StateColumn, ColumnCount };
constexpr int InboundIdRole = Qt::UserRole;
constexpr int PhoneRole = Qt::UserRole + 1;
constexpr int kLimit = 500;

struct Loaded
{
    QList<Consent::ReviewQueue::Item> items;
    qint64 count = -1;
    QString errorString;
};

struct Written
{
    QStringList phones;
    QStringList errors;
};
} // namespace

ReviewQueuePanel::ReviewQueuePanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_intro(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_details(new QLabel(this))
    , m_yesButton(new QPushButton(this))
    , m_noButton(new QPushButton(this))
    , m_stopButton(new QPushButton(this))
    , m_dismissButton(new QPushButton(this))
    , m_historyButton(new QPushButton(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("reviewQueuePanel"));
    m_intro->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("reviewQueueEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();
    m_table->setObjectName(QStringLiteral("reviewQueueTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(PhoneColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReceivedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReplyColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(AnswersColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_details->setObjectName(QStringLiteral("reviewDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);
    m_yesButton->setObjectName(QStringLiteral("reviewYesButton"));
    m_noButton->setObjectName(QStringLiteral("reviewNoButton"));
    m_stopButton->setObjectName(QStringLiteral("reviewStopButton"));
    m_dismissButton->setObjectName(QStringLiteral("reviewDismissButton"));
    m_historyButton->setObjectName(QStringLiteral("reviewHistoryButton"));
    m_status->setObjectName(QStringLiteral("reviewQueueStatus"));
    m_status->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_yesButton, m_noButton, m_stopButton, m_dismissButton})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_historyButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_details);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewQueuePanel::updateButtons);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReviewQueuePanel::showDetails);
    connect(m_yesButton, &QPushButton::clicked, this, [this]() { decideSelected(Decision::Yes); });
    connect(m_noButton, &QPushButton::clicked, this, [this]() { decideSelected(Decision::No); });
    connect(m_stopButton, &QPushButton::clicked, this,
            [this]() { decideSelected(Decision::Stop); });
    connect(m_dismissButton, &QPushButton::clicked, this,
            [this]() { decideSelected(Decision::Dismiss); });
    connect(m_historyButton, &QPushButton::clicked, this, [this]() {
        const int row = selectedRow();
        if (row >= 0)
            Q_EMIT historyRequested(m_table->item(row, PhoneColumn)->data(PhoneRole).toString());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        Q_EMIT historyRequested(m_table->item(row, PhoneColumn)->data(PhoneRole).toString());
    });
    retranslateUi();
}

void ReviewQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReviewQueuePanel::retranslateUi()
{
    m_intro->setText(
        tr("Replies Tribune could not read for certain. Read each one and decide what it "
           "means; your decision is kept in the consent ledger under your name. Clear yes, no "
           "and STOP replies never come here: they are applied at once."));
    m_empty->setText(tr("No reply is waiting for a decision."));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Reply"), tr("What it answers"), tr("Received"), tr("Consent now")});
    m_yesButton->setText(tr("&Yes, agreed"));
    m_yesButton->setToolTip(tr("The person agrees to receive campaign messages (Alt+Y)."));
    m_noButton->setText(tr("&No, refused"));
    m_noButton->setToolTip(tr("The person refuses: no campaign message (Alt+N)."));
    m_stopButton->setText(tr("&STOP…"));
    m_stopButton->setToolTip(tr("The person objects to any message: the number goes on the "
                                "suppression list for good. This cannot be undone."));
    m_dismissButton->setText(tr("&Dismiss"));
    m_dismissButton->setToolTip(
        tr("The reply says nothing about consent: the number's consent does not change."));
    m_historyButton->setText(tr("Show the his&tory"));
    showItems(m_items, m_count);
}

QPushButton *ReviewQueuePanel::button(Decision decision) const
{
    switch (decision) {
    case Decision::Yes:
        return m_yesButton;
    case Decision::No:
        return m_noButton;
    case Decision::Stop:
        return m_stopButton;
    case Decision::Dismiss:
        return m_dismissButton;
    }
    return nullptr;
}

int ReviewQueuePanel::selectedRow() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? -1 : selected.constFirst()->row();
}

void ReviewQueuePanel::updateButtons()
{
    const int row = selectedRow();
    const bool optedOut =
        row >= 0 && row < m_items.size() && m_items.at(row).state == QLatin1String("opted_out");
    // A STOP is final: a yes or a no can no longer change it.
    m_yesButton->setEnabled(row >= 0 && !optedOut);
    m_noButton->setEnabled(row >= 0 && !optedOut);
    m_stopButton->setEnabled(row >= 0 && !optedOut);
    m_dismissButton->setEnabled(row >= 0);
    m_historyButton->setEnabled(row >= 0);
}

void ReviewQueuePanel::setCount(qint64 count)
{
    if (count == m_count)
        return;
    m_count = count;
    Q_EMIT countChanged(count);
}

void ReviewQueuePanel::showItems(const QList<Consent::ReviewQueue::Item> &items, qint64 count)
{
    const int previousRow = selectedRow();
    const qint64 selected = previousRow >= 0
        ? m_table->item(previousRow, PhoneColumn)->data(InboundIdRole).toLongLong()
        : 0;
    const QList<Consent::ReviewQueue::Item> source = items; // may be m_items itself
    m_items.clear();
    for (const Consent::ReviewQueue::Item &item : source) {
        if (!m_deciding.contains(item.inboundId))
            m_items.append(item);
    }
    const QLocale locale;
    m_table->setRowCount(int(m_items.size()));
    int selectRow = -1;
    for (int row = 0; row < m_items.size(); ++row) {
        const Consent::ReviewQueue::Item &item = m_items.at(row);
        const QString answers =
            item.textSent.isEmpty() ? tr("(no message of ours found)") : item.textSent;
        const QStringList texts {
            SuppressionListModel::formatPhone(item.phone), item.text.simplified(),
            answers.simplified(),
            locale.toString(item.receivedAt.toLocalTime(), QLocale::ShortFormat),
            Consent::Ledger::stateLabel(item.state)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(texts.at(column));
            if (column == ReplyColumn)
                cell->setToolTip(item.text);
            else if (column == AnswersColumn)
                cell->setToolTip(answers);
            m_table->setItem(row, column, cell);
        }
        QTableWidgetItem *first = m_table->item(row, PhoneColumn);
        first->setData(InboundIdRole, item.inboundId);
        first->setData(PhoneRole, item.phone);
        if (item.inboundId == selected)
            selectRow = row;
    }
    if (selectRow < 0 && !m_items.isEmpty())
        selectRow = qBound(0, previousRow, int(m_items.size()) - 1);
    if (selectRow >= 0)
        m_table->selectRow(selectRow);
    const bool empty = m_items.isEmpty() && count >= 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    if (count > m_items.size() + m_deciding.size())
        m_status->setText(tr("The %n oldest replies are shown; decide them to see the next ones.",
                             "", int(m_items.size())));
    else
        m_status->clear();
    updateButtons();
    showDetails();
}

void ReviewQueuePanel::showDetails()
{
    const int row = selectedRow();
    m_details->setVisible(row >= 0 && row < m_items.size());
    if (!m_details->isVisibleTo(this))
        return;
    const Consent::ReviewQueue::Item &item = m_items.at(row);
    QString html = tr("<b>%1</b> replied on %2:")
                       .arg(SuppressionListModel::formatPhone(item.phone).toHtmlEscaped(),
                            QLocale().toString(item.receivedAt.toLocalTime(), QLocale::ShortFormat))
        + QStringLiteral(" <i>%1</i>").arg(item.text.toHtmlEscaped());
    if (!item.textSent.isEmpty())
        html += QStringLiteral("<br>")
            + (item.audienceName.isEmpty()
                   ? tr("<b>To our message:</b> %1").arg(item.textSent.toHtmlEscaped())
                   : tr("<b>To our message</b> (%1): %2")
                         .arg(item.audienceName.toHtmlEscaped(), item.textSent.toHtmlEscaped()));
    m_details->setText(html);
}

void ReviewQueuePanel::reload()
{
    Database *database = m_database;
    m_job.run<Loaded>(
        this,
        [database]() {
            Loaded loaded;
            Consent::ReviewQueue queue(database);
            loaded.items = queue.pending(kLimit);
            loaded.count = queue.pendingCount();
            loaded.errorString = queue.errorString();
            database->closeThreadConnection();
            return loaded;
        },
        [this](const Loaded &loaded) {
            if (loaded.count < 0) {
                m_status->setText(
                    tr("The replies to review could not be read: %1").arg(loaded.errorString));
                return;
            }
            qint64 hidden = 0;
            for (const Consent::ReviewQueue::Item &item : loaded.items)
                hidden += m_deciding.contains(item.inboundId) ? 1 : 0;
            showItems(loaded.items, loaded.count);
            setCount(qMax<qint64>(0, loaded.count - hidden));
        });
}

void ReviewQueuePanel::decideSelected(Decision decision)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString phone = m_table->item(row, PhoneColumn)->data(PhoneRole).toString();
    if (decision == Decision::Stop) {
        QMessageBox box(QMessageBox::Warning, tr("Record a STOP"),
                        tr("Record that %1 objects to any message? The number goes on the "
                           "suppression list for good: it will never receive anything again, "
                           "from any audience or re-import. This cannot be undone.")
                            .arg(SuppressionListModel::formatPhone(phone)),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("confirmStopDialog"));
        QPushButton *stop = box.addButton(tr("Record the STOP"), QMessageBox::DestructiveRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != stop)
            return;
    }
    decide(m_table->item(row, PhoneColumn)->data(InboundIdRole).toLongLong(), decision);
}

void ReviewQueuePanel::decide(qint64 inboundId, Decision decision)
{
    if (inboundId <= 0 || m_deciding.contains(inboundId))
        return;
    QString phone;
    for (const Consent::ReviewQueue::Item &item : std::as_const(m_items)) {
        if (item.inboundId == inboundId)
            phone = item.phone;
    }
    m_queued.append({inboundId, phone, decision});
    m_deciding.insert(inboundId);
    // The reply leaves the table at once; the next one is selected, ready for its decision.
    showItems(m_items, m_count);
    setCount(qMax<qint64>(0, m_count - 1));
    flush();
}

void ReviewQueuePanel::flush()
{
    if (m_writeJob.isBusy() || m_queued.isEmpty())
        return;
    const QList<Request> requests = std::exchange(m_queued, {});
    Database *database = m_database;
    m_writeJob.run<Written>(
        this,
        [database, requests]() {
            Written written;
            const QString login = database->actor();
            QString error;
            const std::optional<UserAccount> account = UserAccount::find(database, login, &error);
            Consent::ReviewQueue queue(database);
            for (const Request &request : requests) {
                if (!account) {
                    written.errors.append(error);
                    continue;
                }
                if (queue.decide(request.inboundId, request.decision, login, account->id))
                    written.phones.append(request.phone);
                else
                    written.errors.append(queue.errorString());
            }
            database->closeThreadConnection();
            return written;
        },
        [this, requests](const Written &written) {
            for (const Request &request : requests)
                m_deciding.remove(request.inboundId);
            if (!written.errors.isEmpty())
                QMessageBox::warning(this, tr("Replies to review"),
                                     written.errors.join(QLatin1Char('\n')));
            if (!written.phones.isEmpty())
                Q_EMIT decided(written.phones);
            flush();
            reload();
        });
}
