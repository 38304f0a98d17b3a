// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "audience/phonenormalizer.h"
#include "consent/suppressionlistmodel.h"
#include "storage/database.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

// Overrides and corrections carry the state they set at the start of their note
// ("granted: decided after reading the reply"): split it off to show it with the event.
std::pair<QString, QString> splitDecidedState(const Consent::Ledger::Record &record)
{
    if (record.event != Consent::Ledger::Event::Override
        && record.event != Consent::Ledger::Event::Correction)
        return {QString(), record.note};
    const int colon = record.note.indexOf(QLatin1String(": "));
    const QString head = colon < 0 ? record.note : record.note.left(colon);
    static const QStringList states = {QStringLiteral("unknown"),   QStringLiteral("requested"),
                                       QStringLiteral("granted"),   QStringLiteral("refused"),
                                       QStringLiteral("opted_out"), QStringLiteral("expired")};
    if (!states.contains(head))
        return {QString(), record.note};
    return {head, colon < 0 ? QString() : record.note.mid(colon + 2)};
}

} // namespace

QString HistoryPanel::actorText(const QString &actor)
{
    if (actor == QLatin1String("recipient"))
        return tr("the person, by reply");
    if (actor == QLatin1String("provider"))
        return tr("the SMS provider");
    if (actor == QLatin1String("tribune"))
        return tr("Tribune");
    return actor; // a user's login
}

QString HistoryPanel::noteText(const Consent::Ledger::Record &record, const QString &note)
{
    // Replies carry how Tribune read them: "yes/keyword:oui", "stop/provider".
    if (record.actor != QLatin1String("recipient") && record.actor != QLatin1String("provider"))
        return note;
    const int slash = note.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return note;
    const QString kind = note.left(slash);
    const QString how = note.mid(slash + 1);
    if (how == QLatin1String("provider"))
        return tr("STOP reported by the provider");
    const int colon = how.indexOf(QLatin1Char(':'));
    const QString keyword = colon < 0 ? QString() : how.mid(colon + 1);
    QString reading;
    if (kind == QLatin1String("yes"))
        reading = tr("read as a yes");
    else if (kind == QLatin1String("no"))
        reading = tr("read as a no");
    else if (kind == QLatin1String("stop"))
        reading = tr("read as a STOP");
    else
        return note;
    return keyword.isEmpty() ? reading : tr("%1 (\"%2\")").arg(reading, keyword);
}

HistoryPanel::HistoryPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_numberLabel(new QLabel(this))
    , m_number(new QLineEdit(this))
    , m_showButton(new QPushButton(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_details(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_number->setObjectName(QStringLiteral("historyNumberEdit"));
    m_number->setClearButtonEnabled(true);
    m_numberLabel->setBuddy(m_number);
    m_showButton->setObjectName(QStringLiteral("historyShowButton"));
    m_summary->setObjectName(QStringLiteral("historySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SentColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ReceivedColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_details->setFrameShape(QFrame::StyledPanel);
    m_details->setMargin(8);

    auto *numberRow = new QHBoxLayout;
    numberRow->addWidget(m_numberLabel);
    numberRow->addWidget(m_number, 1);
    numberRow->addWidget(m_showButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(numberRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 3);
    layout->addWidget(m_details, 1);

    connect(m_number, &QLineEdit::returnPressed, this, &HistoryPanel::lookUp);
    connect(m_showButton, &QPushButton::clicked, this, &HistoryPanel::lookUp);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HistoryPanel::showDetails);
    retranslateUi();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_numberLabel->setText(tr("&Number:"));
    m_number->setPlaceholderText(tr("06 12 34 56 78 or +33 6 12 34 56 78"));
    m_showButton->setText(tr("&Show"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Audience"), tr("Text sent"),
                                        tr("Reply received"), tr("By"), tr("Note")});
    showSnapshot();
}

void HistoryPanel::lookUp()
{
    const QString input = m_number->text().trimmed();
    if (input.isEmpty())
        return;
    Database *database = m_database;
    m_job.run<Snapshot>(
        this,
        [database, input]() {
            Snapshot snapshot;
            snapshot.input = input;
            // Any number that reads as one, valid or not: a look-up decides nothing.
            snapshot.phone = PhoneNormalizer(u"FR").normalize(input).e164;
            if (snapshot.phone.isEmpty()) {
                snapshot.errorString = tr("\"%1\" is not a phone number.").arg(input);
                return snapshot;
            }
            Consent::Ledger ledger(database);
            snapshot.ok = ledger.readState(snapshot.phone, &snapshot.state);
            if (snapshot.ok) {
                snapshot.records = ledger.history(snapshot.phone);
                snapshot.ok = ledger.errorString().isEmpty();
            }
            snapshot.errorString = ledger.errorString();
            Consent::SuppressionList list(database);
            snapshot.suppression = list.find(snapshot.phone);
            database->closeThreadConnection();
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            m_snapshot = snapshot;
            showSnapshot();
            Q_EMIT historyShown();
        });
}

void HistoryPanel::showNumber(const QString &number)
{
    m_number->setText(
        number.startsWith(QLatin1Char('+')) ? SuppressionListModel::formatPhone(number) : number);
    lookUp();
}

void HistoryPanel::reloadIfShowing(const QStringList &phones)
{
    if (!m_snapshot.phone.isEmpty() && phones.contains(m_snapshot.phone))
        lookUp();
}

void HistoryPanel::showSnapshot()
{
    const Snapshot &s = m_snapshot;
    const QLocale locale;
    m_table->setRowCount(s.ok ? int(s.records.size()) : 0);
    if (s.input.isEmpty()) {
        m_summary->setText(tr("Type a number, or choose one in the replies to review or on the "
                              "suppression list, to see every consent event of that number: "
                              "the proof the CNIL can ask for."));
    } else if (!s.ok) {
        m_summary->setText(s.phone.isEmpty() ? s.errorString
                                             : tr("The history of %1 could not be read: %2")
                                                   .arg(SuppressionListModel::formatPhone(s.phone),
                                                        s.errorString));
    } else {
        QStringList lines;
        lines.append(tr("%1 — consent now: %2.")
                         .arg(SuppressionListModel::formatPhone(s.phone),
                              Consent::Ledger::stateLabel(s.state)));
        if (s.suppression) {
            const QString reason = SuppressionListModel::reasonLabel(s.suppression->reason);
            const QString since =
                locale.toString(s.suppression->addedAt.toLocalTime(), QLocale::ShortFormat);
            lines.append(s.suppression->addedBy.isEmpty()
                             ? tr("On the suppression list since %1 (%2): never messaged again.")
                                   .arg(since, reason)
                             : tr("On the suppression list since %1 (%2, by %3): never messaged "
                                  "again.")
                                   .arg(since, reason, s.suppression->addedBy));
        } else {
            lines.append(tr("Not on the suppression list."));
        }
        lines.append(s.records.isEmpty() ? tr("No consent event: this number was never asked.")
                                         : tr("%n event(s) in the consent ledger, oldest first.",
                                              "", int(s.records.size())));
        m_summary->setText(lines.join(QLatin1Char(' ')));
    }
    for (int row = 0; s.ok && row < s.records.size(); ++row) {
        const Consent::Ledger::Record &r = s.records.at(row);
        const auto [decided, note] = splitDecidedState(r);
        const QString event = decided.isEmpty()
            ? Consent::Ledger::eventLabel(r.event)
            : tr("%1: %2").arg(Consent::Ledger::eventLabel(r.event),
                               Consent::Ledger::stateLabel(decided));
        const QStringList texts {locale.toString(r.at.toLocalTime(), QLocale::ShortFormat),
                                 event,
                                 r.audienceName,
                                 r.textSent.simplified(),
                                 r.textReceived.simplified(),
                                 actorText(r.actor),
                                 noteText(r, note)};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *cell = new QTableWidgetItem(texts.at(column));
            if (column == SentColumn || column == ReceivedColumn || column == NoteColumn)
                cell->setToolTip(texts.at(column));
            m_table->setItem(row, column, cell);
        }
    }
    if (m_table->rowCount() > 0)
        m_table->selectRow(m_table->rowCount() - 1);
    showDetails();
}

void HistoryPanel::showDetails()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    const int row = selected.isEmpty() ? -1 : selected.constFirst()->row();
    m_details->setVisible(row >= 0);
    if (row < 0 || row >= m_snapshot.records.size())
        return;
    const Consent::Ledger::Record &r = m_snapshot.records.at(row);
    QString html = QStringLiteral("<b>%1</b> — %2")
                       .arg(m_table->item(row, EventColumn)->text().toHtmlEscaped(),
                            m_table->item(row, DateColumn)->text().toHtmlEscaped());
    const auto add = [&html](const QString &label, const QString &text) {
        if (!text.isEmpty())
            html +=
                QStringLiteral("<br><b>%1</b> %2").arg(label.toHtmlEscaped(), text.toHtmlEscaped());
    };
    add(tr("Text sent:"), r.textSent);
    add(tr("Reply received:"), r.textReceived);
    add(tr("Audience:"), r.audienceName);
    add(tr("By:"), m_table->item(row, ActorColumn)->text());
    add(tr("Note:"), m_table->item(row, NoteColumn)->text());
    if (!r.providerMessageId.isEmpty())
        add(tr("Provider's message id:"), r.providerMessageId);
    m_details->setText(html);
}
