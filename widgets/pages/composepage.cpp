// SPDX-License-Identifier: GPL-3.0-or-later
#include "composepage.h"

#include "audience/segmentbuilder.h"
#include "campaign/campaignstore.h"
#include "campaign/templatestore.h"
#include "composer/phonebubble.h"
#include "composer/smshighlighter.h"
#include "consent/suppressionlistmodel.h"
#include "pricing/costpanel.h"
#include "sms/messagetemplate.h"
#include "sms/smsencoding.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

void fillCombo(QComboBox *combo, Database *database, const QString &table, const QString &noneLabel)
{
    const QVariant current = combo->currentData();
    combo->clear();
    if (!noneLabel.isNull())
        combo->addItem(noneLabel, qint64(0));
    QSqlQuery query(database->connection());
    if (query.exec(QStringLiteral("SELECT id, name FROM %1 ORDER BY name").arg(table))) {
        while (query.next())
            combo->addItem(query.value(1).toString(), query.value(0).toLongLong());
    }
    const int index = combo->findData(current);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

void selectId(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

// The segment as one line: filters in the CLI's --filter syntax, joined by "; " (all must
// match) or " | " (any may match).
QString filtersText(const Segment &segment)
{
    QStringList parts;
    for (const Segment::Filter &filter : segment.filters)
        parts.append(Segment::filterText(filter));
    return parts.join(segment.match == Segment::Match::Any ? QStringLiteral(" | ")
                                                           : QStringLiteral("; "));
}

bool parseFiltersText(const QString &text, Segment *segment, QString *errorString)
{
    *segment = Segment();
    const bool any = text.contains(QLatin1Char('|'));
    if (any && text.contains(QLatin1Char(';'))) {
        *errorString = ComposePage::tr("Join the filters with \";\" (all must match) or \"|\" "
                                       "(any may match), not both.");
        return false;
    }
    segment->match = any ? Segment::Match::Any : Segment::Match::All;
    const QStringList parts = text.split(any ? QLatin1Char('|') : QLatin1Char(';'));
    for (const QString &part : parts) {
        if (part.trimmed().isEmpty())
            continue;
        Segment::Filter filter;
        if (!Segment::parseFilter(part.trimmed(), &filter, errorString))
            return false;
        segment->filters.append(filter);
    }
    return true;
}

} // namespace

ComposePage::ComposePage(Database *database, QWidget *parent)
    : Page(parent)
    , m_database(database)
    , m_campaignCombo(new QComboBox(this))
    , m_newButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_saveStatus(new QLabel(this))
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_audience(new QComboBox(this))
    , m_filters(new QLineEdit(this))
    , m_segmentButton(new QPushButton(this))
    , m_election(new QComboBox(this))
    , m_provider(new QComboBox(this))
    , m_sender(new QLineEdit(this))
    , m_senderCheck(new QLabel(this))
    , m_footer(new QLineEdit(this))
    , m_scheduled(new QCheckBox(this))
    , m_scheduleTime(new QDateTimeEdit(this))
    , m_messageLabel(new QLabel(this))
    , m_templateButton(new QToolButton(this))
    , m_editor(new QPlainTextEdit(this))
    , m_highlighter(new SmsHighlighter(m_editor->document()))
    , m_footerPreview(new QLabel(this))
    , m_counter(new QLabel(this))
    , m_ucs2Notice(new QLabel(this))
    , m_fixButton(new QToolButton(this))
    , m_templateErrors(new QLabel(this))
    , m_previewTitle(new QLabel(this))
    , m_recipientLabel(new QLabel(this))
    , m_previousButton(new QPushButton(this))
    , m_nextButton(new QPushButton(this))
    , m_worstButton(new QPushButton(this))
    , m_bubble(new PhoneBubble(this))
    , m_recipientCounter(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_totalsTimer(new QTimer(this))
    , m_costPanel(new CostPanel(database, this))
{
    setObjectName(QStringLiteral("composePage"));
    m_campaignCombo->setObjectName(QStringLiteral("campaignCombo"));
    m_campaignCombo->setMinimumContentsLength(28);
    m_newButton->setObjectName(QStringLiteral("newCampaignButton"));
    m_saveButton->setObjectName(QStringLiteral("saveCampaignButton"));
    m_saveStatus->setObjectName(QStringLiteral("saveStatus"));
    m_saveStatus->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("campaignName"));
    m_kind->setObjectName(QStringLiteral("campaignKind"));
    m_kind->addItem(QString(), int(Campaign::Kind::ConsentRequest));
    m_kind->addItem(QString(), int(Campaign::Kind::Message));
    m_audience->setObjectName(QStringLiteral("audienceCombo"));
    m_filters->setObjectName(QStringLiteral("segmentFilters"));
    m_filters->setClearButtonEnabled(true);
    m_election->setObjectName(QStringLiteral("electionCombo"));
    m_provider->setObjectName(QStringLiteral("providerCombo"));
    m_sender->setObjectName(QStringLiteral("senderEdit"));
    m_sender->setMaxLength(20);
    m_senderCheck->setObjectName(QStringLiteral("senderCheck"));
    m_footer->setObjectName(QStringLiteral("footerEdit"));
    m_editor->setObjectName(QStringLiteral("messageEdit"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(120);
    m_footerPreview->setObjectName(QStringLiteral("footerPreview"));
    m_footerPreview->setForegroundRole(QPalette::PlaceholderText);
    m_footerPreview->setWordWrap(true);
    m_footerPreview->setIndent(6);
    m_counter->setObjectName(QStringLiteral("smsCounter"));
    QFont counterFont = m_counter->font();
    counterFont.setBold(true);
    m_counter->setFont(counterFont);
    m_ucs2Notice->setObjectName(QStringLiteral("ucs2Notice"));
    m_ucs2Notice->setWordWrap(true);
    m_fixButton->setObjectName(QStringLiteral("fixButton"));
    m_fixButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_fixButton->setMenu(new QMenu(m_fixButton));
    m_templateButton->setObjectName(QStringLiteral("templateButton"));
    m_templateButton->setPopupMode(QToolButton::InstantPopup);
    m_templateButton->setMenu(new QMenu(m_templateButton));
    m_templateErrors->setObjectName(QStringLiteral("templateErrors"));
    m_templateErrors->setWordWrap(true);
    QPalette errorPalette = m_templateErrors->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_templateErrors->setPalette(errorPalette);
    m_senderCheck->setPalette(errorPalette);
    m_recipientLabel->setObjectName(QStringLiteral("recipientLabel"));
    m_recipientLabel->setWordWrap(true);
    m_previousButton->setObjectName(QStringLiteral("previousRecipientButton"));
    m_nextButton->setObjectName(QStringLiteral("nextRecipientButton"));
    m_worstButton->setObjectName(QStringLiteral("worstCaseButton"));
    m_recipientCounter->setObjectName(QStringLiteral("recipientCounter"));
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_totalsLabel->setWordWrap(true);
    QFont titleFont = m_previewTitle->font();
    titleFont.setBold(true);
    m_previewTitle->setFont(titleFont);
    m_totalsTimer->setSingleShot(true);
    m_totalsTimer->setInterval(400);

    // Top bar: which campaign.
    auto *top = new QHBoxLayout;
    top->addWidget(m_campaignCombo, 1);
    top->addWidget(m_newButton);
    top->addWidget(m_saveButton);

    // Left: the campaign and its message.
    auto *senderRow = new QHBoxLayout;
    senderRow->addWidget(m_sender, 1);
    senderRow->addWidget(m_senderCheck, 2);
    m_form->addRow(QString(), m_name);
    m_form->addRow(QString(), m_kind);
    m_form->addRow(QString(), m_audience);
    auto *filtersRow = new QHBoxLayout;
    filtersRow->addWidget(m_filters, 1);
    filtersRow->addWidget(m_segmentButton);
    m_form->addRow(QString(), filtersRow);
    m_form->addRow(QString(), m_election);
    m_form->addRow(QString(), m_provider);
    m_form->addRow(QString(), senderRow);
    m_form->addRow(QString(), m_footer);
    m_scheduled->setObjectName(QStringLiteral("scheduleCheck"));
    m_scheduleTime->setObjectName(QStringLiteral("scheduleTime"));
    m_scheduleTime->setCalendarPopup(true);
    m_scheduleTime->setEnabled(false);
    auto *scheduleRow = new QHBoxLayout;
    scheduleRow->addWidget(m_scheduled);
    scheduleRow->addWidget(m_scheduleTime, 1);
    m_form->addRow(QString(), scheduleRow);
    connect(m_scheduled, &QCheckBox::toggled, this, [this](bool on) {
        m_scheduleTime->setEnabled(on && Campaign::isEditable(m_campaign.state));
        markDirty();
    });
    connect(m_scheduleTime, &QDateTimeEdit::dateTimeChanged, this, &ComposePage::markDirty);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_messageLabel, 1);
    messageRow->addWidget(m_templateButton);
    auto *fixRow = new QHBoxLayout;
    fixRow->addWidget(m_ucs2Notice, 1);
    fixRow->addWidget(m_fixButton);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 8, 0);
    leftLayout->addLayout(m_form);
    leftLayout->addLayout(messageRow);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(m_footerPreview);
    leftLayout->addWidget(m_counter);
    leftLayout->addLayout(fixRow);
    leftLayout->addWidget(m_templateErrors);
    leftLayout->addWidget(m_saveStatus);

    // Right: the phone preview.
    auto *navigation = new QHBoxLayout;
    navigation->addWidget(m_previousButton);
    navigation->addWidget(m_nextButton);
    navigation->addWidget(m_worstButton);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    rightLayout->addWidget(m_previewTitle);
    rightLayout->addWidget(m_recipientLabel);
    rightLayout->addLayout(navigation);
    rightLayout->addWidget(m_bubble, 1, Qt::AlignHCenter);
    rightLayout->addWidget(m_recipientCounter);
    rightLayout->addWidget(m_totalsLabel);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(splitter, 1);
    // The cost panel shows the totals' figures with their price, across the page's width.
    m_totalsLabel->hide();
    contentLayout()->addWidget(m_costPanel);

    // Every edit marks the campaign dirty and refreshes what depends on it.
    for (QLineEdit *edit : {m_name, m_filters, m_sender, m_footer})
        connect(edit, &QLineEdit::textEdited, this, &ComposePage::markDirty);
    for (QComboBox *combo : {m_kind, m_audience, m_election, m_provider})
        connect(combo, &QComboBox::activated, this, &ComposePage::markDirty);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this]() {
        if (m_loading)
            return;
        markDirty();
        updateCounter();
        updatePreview();
        scheduleTotals();
    });
    connect(m_footer, &QLineEdit::textChanged, this, [this]() {
        m_footerPreview->setText(m_footer->text());
        updateCounter();
        updatePreview();
        if (!m_loading)
            scheduleTotals();
    });
    connect(m_sender, &QLineEdit::textChanged, this, [this]() {
        updateSenderCheck();
        updatePreview();
    });
    connect(m_audience, &QComboBox::currentIndexChanged, this, [this]() {
        m_highlighter->setKnownFields(knownFields());
        updateCounter();
        if (m_loading)
            return;
        m_recipient.reset();
        showRecipient(true);
        scheduleTotals();
    });
    connect(m_filters, &QLineEdit::editingFinished, this, [this]() {
        m_recipient.reset();
        showRecipient(true);
        scheduleTotals();
    });
    connect(m_segmentButton, &QPushButton::clicked, this, &ComposePage::editSegment);
    connect(m_campaignCombo, &QComboBox::activated, this,
            [this](int index) { openCampaign(m_campaignCombo->itemData(index).toLongLong()); });
    connect(m_newButton, &QPushButton::clicked, this, [this]() { openCampaign(0); });
    connect(m_saveButton, &QPushButton::clicked, this, &ComposePage::save);
    connect(m_fixButton, &QToolButton::clicked, this, &ComposePage::fixAll);
    connect(m_costPanel, &CostPanel::rewriteRequested, this, &ComposePage::fixAll);
    connect(m_previousButton, &QPushButton::clicked, this, [this]() { showRecipient(false); });
    connect(m_nextButton, &QPushButton::clicked, this, [this]() { showRecipient(true); });
    connect(m_worstButton, &QPushButton::clicked, this, &ComposePage::showWorstCase);
    connect(m_totalsTimer, &QTimer::timeout, this, &ComposePage::computeTotals);

    retranslateUi();
}

ComposePage::~ComposePage()
{
    if (m_cancelTotals)
        m_cancelTotals->store(true);
}

void ComposePage::retranslateUi()
{
    setHeader(tr("Compose"),
              tr("Write the message, watch what it costs in SMS parts, and see it as each "
                 "recipient's phone will show it."));
    m_newButton->setText(tr("&New campaign"));
    m_saveButton->setText(tr("&Save"));
    m_kind->setItemText(0, Campaign::kindLabel(Campaign::Kind::ConsentRequest));
    m_kind->setItemText(1, Campaign::kindLabel(Campaign::Kind::Message));
    const QStringList labels = {tr("&Name:"),      tr("&Kind:"),     tr("&Audience:"),
                                tr("Se&gment:"),   tr("&Election:"), tr("&Provider:"),
                                tr("Sen&der id:"), tr("&Footer:"),   tr("Sc&hedule:")};
    for (int row = 0; row < labels.size(); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)
                                           ? m_form->itemAt(row, QFormLayout::LabelRole)->widget()
                                           : nullptr)) {
            label->setText(labels.at(row));
        } else {
            auto *newLabel = new QLabel(labels.at(row), this);
            m_form->setWidget(row, QFormLayout::LabelRole, newLabel);
        }
    }
    const QList<QWidget *> buddies = {m_name,     m_kind,   m_audience, m_filters,  m_election,
                                      m_provider, m_sender, m_footer,   m_scheduled};
    for (int row = 0; row < buddies.size(); ++row) {
        if (auto *label =
                qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            label->setBuddy(buddies.at(row));
    }
    m_filters->setPlaceholderText(tr("All contacts, or e.g. departement=67,68; tranche_age=25-34"));
    m_filters->setToolTip(
        tr("Filters joined by \";\" must all match, joined by \"|\" any may match. "
           "column=a,b: one of the values; column!=a,b: none of them; column^=67: starts "
           "with; column=2025-01-01..2025-06-30: between."));
    m_segmentButton->setText(tr("&Edit…"));
    m_segmentButton->setToolTip(tr("Build the segment with filters and a live count"));
    m_scheduled->setText(tr("Send at"));
    m_scheduled->setToolTip(tr("Without a time, sending starts when someone starts it."));
    m_footer->setPlaceholderText(
        tr("Sender identity and objection, e.g. Camille Martin 2027 - STOP au 36105"));
    m_sender->setPlaceholderText(tr("Up to 11 letters or digits"));
    m_messageLabel->setText(
        tr("&Message (merge fields such as {prenom} or {prenom|Madame, Monsieur}):"));
    m_messageLabel->setBuddy(m_editor);
    m_templateButton->setText(tr("Templates"));
    m_fixButton->setText(tr("Make GSM-safe"));
    m_fixButton->setToolTip(tr("Replace every character that forces UCS-2 by its GSM-7 equivalent. "
                               "The arrow offers the replacements one by one."));
    m_previewTitle->setText(tr("Preview on a recipient's phone"));
    m_previousButton->setText(tr("◀ &Previous"));
    m_nextButton->setText(tr("Ne&xt ▶"));
    m_worstButton->setText(tr("&Worst case"));
    m_worstButton->setToolTip(tr("The recipient whose message takes the most SMS parts."));
    refresh();
}

QStringList ComposePage::knownFields() const
{
    const qint64 audienceId = m_audience->currentData().toLongLong();
    return audienceId > 0 ? RecipientQuery::availableFields(m_database, audienceId)
                          : MessageTemplate::standardFields();
}

void ComposePage::refresh()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    fillCombo(m_audience, m_database, QStringLiteral("audiences"), QString());
    fillCombo(m_election, m_database, QStringLiteral("elections"), tr("None"));
    fillCombo(m_provider, m_database, QStringLiteral("providers"), tr("None"));
    fillCombo(m_campaignCombo, m_database, QStringLiteral("campaigns"), QString());
    if (m_campaign.id == 0) {
        m_campaignCombo->insertItem(0, tr("New campaign (not saved)"), qint64(0));
        m_campaignCombo->setCurrentIndex(0);
    } else {
        selectId(m_campaignCombo, m_campaign.id);
    }
    m_loading = wasLoading;

    // Templates menu.
    QMenu *menu = m_templateButton->menu();
    menu->clear();
    const QList<TemplateStore::Template> templates = TemplateStore(m_database).list();
    for (const TemplateStore::Template &t : templates) {
        QAction *action = menu->addAction(tr("Use \"%1\"").arg(t.name));
        const QString body = t.body;
        connect(action, &QAction::triggered, this, [this, body]() { loadTemplate(body); });
    }
    if (!templates.isEmpty())
        menu->addSeparator();
    connect(menu->addAction(tr("Save the message as a template…")), &QAction::triggered, this,
            &ComposePage::saveAsTemplate);

    // First visit: open the most recent campaign, if any.
    if (!m_opened && m_campaignCombo->count() > 1) {
        openCampaign(m_campaignCombo->itemData(1).toLongLong());
        return;
    }
    m_highlighter->setKnownFields(knownFields());
    updateCounter();
    updateSenderCheck();
    if (!m_recipient && m_audience->currentData().toLongLong() > 0)
        showRecipient(true);
}

void ComposePage::openCampaign(qint64 campaignId)
{
    m_opened = true;
    Campaign campaign;
    if (campaignId > 0) {
        CampaignStore store(m_database);
        const std::optional<Campaign> stored = store.find(campaignId);
        if (!stored)
            return;
        campaign = *stored;
    } else {
        campaign.kind = Campaign::Kind::Message;
        campaign.audienceId = m_audience->currentData().toLongLong();
    }
    loadIntoForm(campaign);
}

void ComposePage::newCampaignFor(qint64 audienceId, const Segment &segment)
{
    openCampaign(0);
    selectId(m_audience, audienceId);
    m_filters->setText(filtersText(segment));
    markDirty();
    m_recipient.reset();
    showRecipient(true);
    scheduleTotals();
}

void ComposePage::editSegment()
{
    QString error;
    Segment segment;
    parseFiltersText(m_filters->text(), &segment, &error);
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("segmentDialog"));
    dialog.setWindowTitle(tr("Segment of the campaign"));
    auto *builder = new SegmentBuilder(m_database, &dialog);
    builder->setAudience(m_audience->currentData().toLongLong());
    builder->setSegment(segment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(builder, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 420);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString text = filtersText(builder->segment());
    if (text == m_filters->text())
        return;
    m_filters->setText(text);
    markDirty();
    m_recipient.reset();
    showRecipient(true);
    scheduleTotals();
}

void ComposePage::loadIntoForm(const Campaign &campaign)
{
    m_loading = true;
    m_campaign = campaign;
    refresh();
    m_name->setText(campaign.name);
    m_kind->setCurrentIndex(m_kind->findData(int(campaign.kind)));
    if (campaign.audienceId > 0)
        selectId(m_audience, campaign.audienceId);
    m_filters->setText(filtersText(campaign.segment));
    selectId(m_election, campaign.electionId);
    selectId(m_provider, campaign.providerId);
    m_sender->setText(campaign.senderId);
    m_footer->setText(campaign.footer);
    m_scheduled->setChecked(campaign.scheduledAt.isValid());
    m_scheduleTime->setDateTime(campaign.scheduledAt.isValid()
                                    ? campaign.scheduledAt.toLocalTime()
                                    : QDateTime(QDate::currentDate().addDays(1), QTime(10, 0)));
    m_editor->setPlainText(campaign.message);
    m_loading = false;
    m_dirty = false;

    const bool editable = Campaign::isEditable(campaign.state);
    for (QWidget *w : std::initializer_list<QWidget *> {m_name, m_kind, m_audience, m_filters,
                                                        m_election, m_provider, m_sender, m_footer,
                                                        m_scheduled, m_fixButton, m_templateButton})
        w->setEnabled(editable);
    m_scheduleTime->setEnabled(editable && m_scheduled->isChecked());
    m_editor->setReadOnly(!editable);
    m_saveButton->setEnabled(false);
    if (!editable)
        m_saveStatus->setText(tr("This campaign is %1: it can no longer be edited.")
                                  .arg(Campaign::stateLabel(campaign.state).toLower()));
    else if (campaign.state == Campaign::State::Approved)
        m_saveStatus->setText(
            tr("Approved (revision %1). Saving a change returns it to draft for a new approval.")
                .arg(campaign.revision));
    else if (campaign.id > 0)
        m_saveStatus->setText(tr("Draft, revision %1.").arg(campaign.revision));
    else
        m_saveStatus->setText(tr("New campaign: not saved yet."));

    m_highlighter->setKnownFields(knownFields());
    updateCounter();
    updateSenderCheck();
    m_recipient.reset();
    showRecipient(true);
    scheduleTotals();
}

void ComposePage::markDirty()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (Campaign::isEditable(m_campaign.state))
        m_saveButton->setEnabled(true);
}

Campaign ComposePage::campaignFromForm(QString *errorString) const
{
    Campaign campaign = m_campaign;
    campaign.name = m_name->text().trimmed();
    campaign.kind = Campaign::Kind(m_kind->currentData().toInt());
    campaign.audienceId = m_audience->currentData().toLongLong();
    campaign.electionId = m_election->currentData().toLongLong();
    campaign.providerId = m_provider->currentData().toLongLong();
    campaign.senderId = m_sender->text().trimmed();
    campaign.footer = m_footer->text();
    campaign.scheduledAt = m_scheduled->isChecked() ? m_scheduleTime->dateTime() : QDateTime();
    campaign.message = m_editor->toPlainText();
    parseFiltersText(m_filters->text(), &campaign.segment, errorString);
    return campaign;
}

bool ComposePage::save()
{
    QString error;
    Campaign campaign = campaignFromForm(&error);
    if (!error.isEmpty()) {
        m_saveStatus->setText(tr("Not saved: %1").arg(error));
        return false;
    }
    CampaignStore store(m_database);
    const bool wasApproved = m_campaign.state == Campaign::State::Approved;
    const bool ok = campaign.id > 0 ? store.update(&campaign) : store.create(&campaign);
    if (!ok) {
        m_saveStatus->setText(tr("Not saved: %1").arg(store.errorString()));
        return false;
    }
    m_campaign = campaign;
    m_dirty = false;
    m_saveButton->setEnabled(false);
    refresh();
    m_saveStatus->setText(wasApproved ? tr("Saved as revision %1. The approval no longer applies: "
                                           "the campaign is a draft again.")
                                            .arg(campaign.revision)
                                      : tr("Saved (revision %1).").arg(campaign.revision));
    Q_EMIT campaignSaved(campaign.id);
    return true;
}

void ComposePage::updateSenderCheck()
{
    const QString sender = m_sender->text().trimmed();
    if (sender.isEmpty()) {
        m_senderCheck->clear();
        return;
    }
    const Sms::SenderIdCheck check = Sms::validateSenderId(sender);
    m_senderCheck->setText(check.ok ? QString() : check.errorString);
}

void ComposePage::updateCounter()
{
    const QString typed = Sms::withFooter(m_editor->toPlainText(), m_footer->text());
    const MessageTemplate messageTemplate(m_editor->toPlainText());
    const RecipientQuery::Recipient *recipient = m_recipient ? &*m_recipient : nullptr;
    const QString rendered =
        Sms::withFooter(messageTemplate.render([recipient](const QString &name) {
            return recipient ? recipient->value(name) : QString();
        }),
                        m_footer->text());
    const Sms::Analysis analysis = Sms::analyse(rendered);
    const QLocale locale;
    QString counter =
        tr("%1 characters · %2 · %n SMS part(s) · %3 left in this part", "", analysis.parts)
            .arg(locale.toString(analysis.characters), Sms::encodingName(analysis.encoding),
                 locale.toString(analysis.remaining));
    if (!messageTemplate.fields().isEmpty())
        counter += QLatin1Char(' ')
            + (recipient ? tr("(for %1)").arg(recipient->label()) : tr("(merge fields empty)"));
    m_counter->setText(counter);

    // Characters the user typed that force UCS-2, and what can fix them.
    const Sms::Analysis typedAnalysis = Sms::analyse(typed);
    QMenu *menu = m_fixButton->menu();
    menu->clear();
    const QList<Sms::Rewrite> rewrites = Sms::gsmSafeRewrites(m_editor->toPlainText());
    QStringList done;
    for (const Sms::Rewrite &rewrite : rewrites) {
        if (done.contains(rewrite.original))
            continue;
        done.append(rewrite.original);
        int occurrences = 0;
        for (const Sms::Rewrite &other : rewrites)
            occurrences += other.original == rewrite.original ? 1 : 0;
        // An invisible character (zero width space, soft hyphen...) is deleted, and named.
        const char32_t codePoint = rewrite.original.toUcs4().value(0);
        const QString label = rewrite.replacement.isEmpty()
            ? tr("Delete the invisible “%1” (%Ln time(s))", "", occurrences)
                  .arg(Sms::invisibleCharacterName(codePoint))
            : tr("Replace “%1” by “%2” (%Ln time(s))", "", occurrences)
                  .arg(rewrite.original, rewrite.replacement);
        QAction *action = menu->addAction(label);
        const Sms::Rewrite copy = rewrite;
        connect(action, &QAction::triggered, this, [this, copy]() { applyFix(copy); });
    }
    QStringList characters;
    for (const Sms::NonGsmCharacter &c : typedAnalysis.nonGsm) {
        const char32_t codePoint = c.character.toUcs4().value(0);
        const QString shown = Sms::isInvisibleRemovable(codePoint)
            ? QStringLiteral("[%1]").arg(Sms::invisibleCharacterName(codePoint))
            : c.character;
        if (!characters.contains(shown))
            characters.append(shown);
    }
    if (characters.isEmpty()) {
        m_ucs2Notice->setText(analysis.encoding == Sms::Encoding::Ucs2
                                  ? tr("This recipient's own data forces UCS-2 (70 characters per "
                                       "part) for their message only.")
                                  : tr("GSM-7: 160 characters per SMS, 153 per part when split."));
        m_fixButton->setVisible(false);
    } else {
        m_ucs2Notice->setText(
            tr("%Ln character(s) force UCS-2, which halves the part size (70, or 67 per "
               "part): %1",
               "", int(typedAnalysis.nonGsm.size()))
                .arg(characters.join(QStringLiteral("  "))));
        m_fixButton->setVisible(true);
        m_fixButton->setEnabled(!rewrites.isEmpty() && !m_editor->isReadOnly());
    }
    m_ucs2Notice->setToolTip(
        tr("Small “ç” counts as UCS-2: the GSM alphabet has only the capital Ç at "
           "that code and phones disagree on how to show it, so Tribune takes the "
           "cautious reading."));

    // Merge-field errors.
    QStringList errors;
    for (const MessageTemplate::Error &error : messageTemplate.errors(knownFields()))
        errors.append(error.message);
    m_templateErrors->setText(errors.join(QLatin1Char('\n')));
    m_templateErrors->setVisible(!errors.isEmpty());
}

void ComposePage::applyFix(const Sms::Rewrite &rewrite)
{
    QList<Sms::Rewrite> same;
    for (const Sms::Rewrite &r : Sms::gsmSafeRewrites(m_editor->toPlainText())) {
        if (r.original == rewrite.original)
            same.append(r);
    }
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    // From the end, so earlier positions stay valid.
    for (auto it = same.crbegin(); it != same.crend(); ++it) {
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->replacement);
    }
    cursor.endEditBlock();
}

void ComposePage::fixAll()
{
    const QString text = m_editor->toPlainText();
    const QString fixed = Sms::applyRewrites(text, Sms::gsmSafeRewrites(text));
    if (fixed == text)
        return;
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock(); // one undo step
    cursor.select(QTextCursor::Document);
    cursor.insertText(fixed);
    cursor.endEditBlock();
}

void ComposePage::loadTemplate(const QString &body)
{
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(body);
    cursor.endEditBlock();
}

void ComposePage::saveAsTemplate()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as template"), tr("Template name:"),
                                               QLineEdit::Normal, m_name->text(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    TemplateStore store(m_database);
    TemplateStore::Template t;
    t.name = name;
    t.body = m_editor->toPlainText();
    t.kind = Campaign::Kind(m_kind->currentData().toInt()) == Campaign::Kind::ConsentRequest
        ? QStringLiteral("consent_request")
        : QStringLiteral("campaign");
    m_saveStatus->setText(store.save(t) ? tr("Template \"%1\" saved.").arg(name.trimmed())
                                        : tr("Template not saved: %1").arg(store.errorString()));
    refresh();
}

void ComposePage::updatePreview()
{
    const QString sender = m_sender->text().trimmed();
    m_bubble->setSender(sender.isEmpty() ? m_provider->currentText() : sender);
    if (!m_recipient) {
        m_recipientLabel->setText(m_audience->currentData().toLongLong() > 0
                                      ? tr("No recipient in this segment.")
                                      : tr("Choose an audience to preview real recipients."));
        const MessageTemplate messageTemplate(m_editor->toPlainText());
        m_bubble->setText(Sms::withFooter(
            messageTemplate.render([](const QString &) { return QString(); }), m_footer->text()));
        m_recipientCounter->clear();
        updateCounter();
        return;
    }
    const RecipientQuery::Recipient recipient = *m_recipient;
    const QString text = Sms::withFooter(
        MessageTemplate(m_editor->toPlainText()).render([&recipient](const QString &name) {
            return recipient.value(name);
        }),
        m_footer->text());
    m_bubble->setText(text);
    m_recipientLabel->setText(
        tr("%1 · %2").arg(recipient.label(), SuppressionListModel::formatPhone(recipient.phone)));
    const Sms::Analysis analysis = Sms::analyse(text);
    m_recipientCounter->setText(tr("For this recipient: %1, %n part(s)", "", analysis.parts)
                                    .arg(Sms::encodingName(analysis.encoding)));
    updateCounter();
}

void ComposePage::showRecipient(bool forward)
{
    const qint64 audienceId = m_audience->currentData().toLongLong();
    if (audienceId <= 0) {
        m_recipient.reset();
        updatePreview();
        return;
    }
    QString error;
    const Campaign form = campaignFromForm(&error);
    const Segment segment = form.segment;
    const Consent::Purpose purpose = form.consentPurpose();
    const qint64 from = m_recipient ? m_recipient->contactId : 0;
    Database *database = m_database;
    using Result = std::optional<RecipientQuery::Recipient>;
    m_recipientJob.run<Result>(
        this,
        [database, audienceId, segment, purpose, from, forward]() {
            RecipientQuery query(database, audienceId, segment, purpose);
            Result recipient = query.neighbour(from, forward);
            database->closeThreadConnection();
            return recipient;
        },
        [this, audienceId, from](const Result &recipient) {
            if (m_audience->currentData().toLongLong() != audienceId)
                return; // the audience changed meanwhile; a newer request follows
            if (recipient)
                m_recipient = recipient;
            else if (from == 0)
                m_recipient.reset();
            updatePreview();
        });
}

void ComposePage::showWorstCase()
{
    if (m_totals.worstParts == 0)
        return;
    m_recipient = m_totals.worst;
    updatePreview();
}

void ComposePage::scheduleTotals()
{
    m_totalsPending = true;
    m_totalsTimer->start();
}

void ComposePage::computeTotals()
{
    const qint64 audienceId = m_audience->currentData().toLongLong();
    QString error;
    const Campaign campaign = campaignFromForm(&error);
    if (audienceId <= 0 || !error.isEmpty()) {
        m_totalsPending = false;
        m_totals = CampaignPreview();
        m_totalsLabel->setText(error);
        m_costPanel->clear(error);
        m_worstButton->setEnabled(false);
        Q_EMIT totalsReady();
        return;
    }
    if (m_cancelTotals)
        m_cancelTotals->store(true); // a newer text supersedes the running count
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelTotals = cancel;
    m_costPanel->setCampaign(campaign);
    m_totalsLabel->setText(tr("Rendering the message for every recipient…"));
    Database *database = m_database;
    m_totalsJob.run<CampaignPreview>(
        this,
        [database, campaign, cancel]() {
            CampaignPreview preview = CampaignPreview::compute(
                database, campaign.audienceId, campaign.segment, campaign.consentPurpose(),
                campaign.message, campaign.footer, cancel.get());
            database->closeThreadConnection();
            return preview;
        },
        [this, cancel](const CampaignPreview &preview) {
            if (cancel->load())
                return; // superseded
            m_totalsPending = false;
            m_totals = preview;
            const QLocale locale;
            if (!preview.ok) {
                m_totalsLabel->setText(preview.errorString);
            } else {
                m_totalsLabel->setText(tr("Whole segment: %1 recipients, %2 SMS parts (GSM-7: %3 "
                                          "recipients; UCS-2: %4). "
                                          "Longest message: %Ln part(s).",
                                          "", preview.worstParts)
                                           .arg(locale.toString(preview.recipients),
                                                locale.toString(preview.parts),
                                                locale.toString(preview.gsm7Recipients),
                                                locale.toString(preview.ucs2Recipients)));
            }
            m_worstButton->setEnabled(preview.ok && preview.worstParts > 0);
            Q_EMIT totalsReady();
        });
}
