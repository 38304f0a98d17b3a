// SPDX-License-Identifier: GPL-3.0-or-later
#include "funnelpanel.h"

#include "audience/audiencelistmodel.h"
#include "consent/consentgate.h"
#include "storage/database.h"
#include "storage/useraccount.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QVBoxLayout>
#include <QValueAxis>

#include <memory>

namespace {

const char *const kStageNames[] = {"Contacts", "NeverAsked", "Requested", "Awaiting",  "Granted",
                                   "Refused",  "OptedOut",   "Expired",   "Suppressed"};

// Readable on light and dark themes alike.
QColor stageColor(FunnelPanel::Stage stage)
{
    switch (stage) {
    case FunnelPanel::ContactsStage:
        return QColor(0x5c, 0x6b, 0x7a);
    case FunnelPanel::NeverAskedStage:
        return QColor(0xa7, 0xb0, 0xbb);
    case FunnelPanel::RequestedStage:
        return QColor(0x3b, 0x78, 0xc2);
    case FunnelPanel::AwaitingStage:
        return QColor(0x7f, 0xb0, 0xe6);
    case FunnelPanel::GrantedStage:
        return QColor(0x2e, 0x9d, 0x5b);
    case FunnelPanel::RefusedStage:
        return QColor(0xe0, 0x8a, 0x1e);
    case FunnelPanel::OptedOutStage:
        return QColor(0xd6, 0x45, 0x41);
    case FunnelPanel::ExpiredStage:
        return QColor(0x8a, 0x8f, 0x98);
    case FunnelPanel::SuppressedStage:
    case FunnelPanel::StageCount:
        break;
    }
    return QColor(0x6e, 0x3f, 0x8f);
}

} // namespace

FunnelPanel::FunnelPanel(Database *database, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_audiences(new AudienceListModel(database, this))
    , m_audienceLabel(new QLabel(this))
    , m_audience(new QComboBox(this))
    , m_gateStatus(new QLabel(this))
    , m_proofButton(new QPushButton(this))
    , m_removeProofButton(new QPushButton(this))
    , m_chartView(new QChartView(this))
    , m_figuresTitle(new QLabel(this))
    , m_figures(new QGridLayout)
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("funnelPanel"));
    m_audience->setObjectName(QStringLiteral("funnelAudienceCombo"));
    m_audience->setModel(m_audiences);
    m_audience->setModelColumn(AudienceListModel::NameColumn);
    m_audience->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_audienceLabel->setBuddy(m_audience);
    m_gateStatus->setObjectName(QStringLiteral("consentGateStatus"));
    m_gateStatus->setWordWrap(true);
    m_gateStatus->setTextFormat(Qt::PlainText);
    m_gateStatus->setFrameShape(QFrame::StyledPanel);
    m_gateStatus->setMargin(8);
    m_gateStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proofButton->setObjectName(QStringLiteral("recordOwnProofButton"));
    m_removeProofButton->setObjectName(QStringLiteral("removeOwnProofButton"));
    m_chartView->setObjectName(QStringLiteral("funnelChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    m_chartView->setFocusPolicy(Qt::NoFocus);
    m_status->setObjectName(QStringLiteral("funnelStatus"));
    m_status->setWordWrap(true);

    QFont bold = m_figuresTitle->font();
    bold.setBold(true);
    m_figuresTitle->setFont(bold);
    m_figures->setHorizontalSpacing(12);
    m_figures->setVerticalSpacing(4);
    m_figures->addWidget(m_figuresTitle, 0, 0, 1, 3);
    for (int i = 0; i < StageCount; ++i) {
        const QString name = QLatin1String(kStageNames[i]);
        m_stageNames[i] = new QLabel(this);
        m_stageNames[i]->setTextFormat(Qt::RichText);
        m_stageValues[i] = new QLabel(this);
        m_stageValues[i]->setObjectName(QStringLiteral("funnel%1Value").arg(name));
        m_stageValues[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_stageValues[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_stageShares[i] = new QLabel(this);
        m_stageShares[i]->setObjectName(QStringLiteral("funnel%1Share").arg(name));
        m_stageShares[i]->setForegroundRole(QPalette::PlaceholderText);
        // The suppressed numbers are apart: they are not a step of the flow.
        const int row = i + 1 + (i == SuppressedStage ? 1 : 0);
        if (i == SuppressedStage)
            m_figures->setRowMinimumHeight(row - 1, 10);
        m_figures->addWidget(m_stageNames[i], row, 0);
        m_figures->addWidget(m_stageValues[i], row, 1);
        m_figures->addWidget(m_stageShares[i], row, 2);
    }
    m_figures->setRowStretch(StageCount + 2, 1);

    auto *audienceRow = new QHBoxLayout;
    audienceRow->addWidget(m_audienceLabel);
    audienceRow->addWidget(m_audience);
    audienceRow->addStretch();
    auto *gateRow = new QHBoxLayout;
    gateRow->addWidget(m_gateStatus, 1);
    auto *proofButtons = new QVBoxLayout;
    proofButtons->addWidget(m_proofButton);
    proofButtons->addWidget(m_removeProofButton);
    proofButtons->addStretch();
    gateRow->addLayout(proofButtons);
    auto *figuresBox = new QWidget(this);
    figuresBox->setObjectName(QStringLiteral("funnelFigures"));
    figuresBox->setLayout(m_figures);
    auto *body = new QHBoxLayout;
    body->addWidget(m_chartView, 3);
    body->addWidget(figuresBox, 0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(audienceRow);
    layout->addLayout(gateRow);
    layout->addLayout(body, 1);
    layout->addWidget(m_status);

    connect(m_audience, &QComboBox::currentIndexChanged, this, &FunnelPanel::reloadFigures);
    connect(m_proofButton, &QPushButton::clicked, this, &FunnelPanel::recordOwnProofInteractive);
    connect(m_removeProofButton, &QPushButton::clicked, this,
            &FunnelPanel::removeOwnProofInteractive);
    retranslateUi();
}

void FunnelPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FunnelPanel::retranslateUi()
{
    m_audienceLabel->setText(tr("&Audience:"));
    m_proofButton->setText(tr("Record own &proof of consent…"));
    m_proofButton->setToolTip(
        tr("The party collected these numbers itself, with a consent it can prove (a sign-up "
           "form, a membership register): campaign messages then need no consent request. "
           "Administrators only."));
    m_removeProofButton->setText(tr("Remove the proof…"));
    m_removeProofButton->setToolTip(
        tr("Put the audience back under the consent gate: campaign messages only to the numbers "
           "that agreed."));
    m_figuresTitle->setText(tr("Figures"));
    for (int i = 0; i < StageCount; ++i) {
        m_stageNames[i]->setText(
            QStringLiteral("<span style='color:%1'>&#9632;</span> %2")
                .arg(stageColor(Stage(i)).name(), stageLabel(Stage(i)).toHtmlEscaped()));
    }
    showSnapshot();
}

QString FunnelPanel::stageLabel(Stage stage)
{
    switch (stage) {
    case ContactsStage:
        return tr("Contacts in the audience");
    case NeverAskedStage:
        return tr("Never asked");
    case RequestedStage:
        return tr("Consent requested");
    case AwaitingStage:
        return tr("Awaiting an answer");
    case GrantedStage:
        return tr("Agreed");
    case RefusedStage:
        return tr("Refused");
    case OptedOutStage:
        return tr("STOP");
    case ExpiredStage:
        return tr("No answer (expired)");
    case SuppressedStage:
        return tr("On the suppression list");
    case StageCount:
        break;
    }
    return {};
}

qint64 FunnelPanel::stageValue(Stage stage) const
{
    const Consent::Ledger::Funnel &f = m_snapshot.funnel;
    switch (stage) {
    case ContactsStage:
        return f.contacts;
    case NeverAskedStage:
        return f.neverAsked;
    case RequestedStage:
        return f.requested;
    case AwaitingStage:
        return f.awaiting;
    case GrantedStage:
        return f.granted;
    case RefusedStage:
        return f.refused;
    case OptedOutStage:
        return f.optedOut;
    case ExpiredStage:
        return f.expired;
    case SuppressedStage:
        return f.suppressed;
    case StageCount:
        break;
    }
    return 0;
}

QString FunnelPanel::figureText(Stage stage) const
{
    return stage >= 0 && stage < StageCount ? m_stageValues[stage]->text() : QString();
}

qint64 FunnelPanel::audienceId() const
{
    return m_audience->currentIndex() < 0 ? 0
                                          : m_audiences->index(m_audience->currentIndex(), 0)
                                                .data(AudienceListModel::IdRole)
                                                .toLongLong();
}

void FunnelPanel::setAudience(qint64 audienceId)
{
    for (int row = 0; row < m_audiences->rowCount(); ++row) {
        if (m_audiences->index(row, 0).data(AudienceListModel::IdRole).toLongLong() == audienceId)
            m_audience->setCurrentIndex(row);
    }
}

void FunnelPanel::setAdministrator(bool administrator)
{
    m_administrator = administrator;
    updateButtons();
}

void FunnelPanel::reload()
{
    const qint64 selected = audienceId();
    {
        const QSignalBlocker blocker(m_audience);
        m_audiences->reload();
        m_audience->setCurrentIndex(m_audiences->rowCount() > 0 ? 0 : -1);
        setAudience(selected);
    }
    reloadFigures();
}

void FunnelPanel::reloadFigures()
{
    const qint64 id = audienceId();
    if (id <= 0) {
        m_snapshot = Snapshot();
        m_snapshot.ok = true;
        showSnapshot();
        Q_EMIT figuresReady();
        return;
    }
    if (!m_job.isBusy() && m_snapshot.audienceId != id)
        m_status->setText(tr("Counting…"));
    Database *database = m_database;
    m_job.run<Snapshot>(
        this,
        [database, id]() {
            Snapshot snapshot;
            snapshot.audienceId = id;
            const Consent::Settings settings = Consent::Settings::load(database);
            snapshot.gateSetting = settings.gate;
            snapshot.expiryDays = settings.expiryDays;
            QSqlQuery query(database->connection());
            query.prepare(
                QStringLiteral("SELECT origin, own_consent_proof FROM audiences WHERE id = ?"));
            query.addBindValue(id);
            if (query.exec() && query.next()) {
                snapshot.origin = query.value(0).toString();
                snapshot.proof = query.value(1).toString();
            }
            query.finish();
            snapshot.gated =
                Consent::Gate::isGated(snapshot.origin, snapshot.proof, snapshot.gateSetting);
            Consent::Ledger ledger(database);
            const std::optional<Consent::Ledger::Funnel> funnel =
                ledger.funnel(id, settings.expiryDays);
            snapshot.ok = funnel.has_value();
            if (funnel)
                snapshot.funnel = *funnel;
            else
                snapshot.errorString = ledger.errorString();
            database->closeThreadConnection();
            return snapshot;
        },
        [this](const Snapshot &snapshot) {
            // A later selection wins: its own computation follows.
            if (snapshot.audienceId != audienceId())
                return;
            m_snapshot = snapshot;
            showSnapshot();
            Q_EMIT figuresReady();
        });
}

void FunnelPanel::showSnapshot()
{
    const Snapshot &s = m_snapshot;
    const QLocale locale;
    const auto percent = [&locale](qint64 part, qint64 whole) {
        const double share = 100.0 * double(part) / double(whole);
        if (share > 0 && share < 0.1)
            return tr("< %1 %", "percentage").arg(locale.toString(0.1, 'f', 1));
        // One decimal for the small shares that would read 0 %.
        return tr("%1 %", "percentage")
            .arg(locale.toString(share, 'f', share > 0 && share < 1 ? 1 : 0));
    };
    for (int i = 0; i < StageCount; ++i) {
        const Stage stage = Stage(i);
        const qint64 value = stageValue(stage);
        m_stageValues[i]->setText(s.audienceId > 0 ? locale.toString(value) : QString());
        const bool ofContacts =
            stage == NeverAskedStage || stage == RequestedStage || stage == SuppressedStage;
        const qint64 whole = ofContacts ? s.funnel.contacts : s.funnel.requested;
        QString share;
        if (s.audienceId > 0 && stage != ContactsStage && whole > 0)
            share = ofContacts ? tr("%1 of the contacts").arg(percent(value, whole))
                               : tr("%1 of those asked").arg(percent(value, whole));
        m_stageShares[i]->setText(share);
        m_stageValues[i]->setAccessibleName(stageLabel(stage));
    }

    if (s.audienceId <= 0) {
        m_gateStatus->setText(tr("No audience yet: import a broker file or load the demo data "
                                 "on the Audiences page."));
        m_status->clear();
    } else if (!s.ok) {
        m_status->setText(tr("The consent figures could not be computed: %1").arg(s.errorString));
    } else {
        m_status->setText(
            tr("A consent request left unanswered for %n day(s) counts as \"no answer\": the "
               "number is not asked again and receives no campaign message.",
               "", s.expiryDays));
        if (!s.gateSetting)
            m_gateStatus->setText(
                tr("The consent gate is off (see the rules below): campaign messages go to every "
                   "number of this audience that has not refused or said STOP, even if it was "
                   "never asked."));
        else if (!s.gated)
            m_gateStatus->setText(
                tr("Collected by the party, with its own proof of consent: \"%1\". Campaign "
                   "messages go to every number that has not refused or said STOP.")
                    .arg(s.proof.trimmed()));
        else if (s.origin == QLatin1String("own"))
            m_gateStatus->setText(
                tr("The party's own list, but no proof of consent is recorded: as for a rented "
                   "file, campaign messages go only to the numbers that agreed."));
        else
            m_gateStatus->setText(
                tr("Rented file: campaign messages go only to the numbers that agreed. The "
                   "others first receive the consent request, once."));
    }
    updateButtons();
    showChart();
}

void FunnelPanel::showChart()
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setTheme(palette().color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark
                                                                        : QChart::ChartThemeLight);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    const QLocale locale;
    QStringList summary;
    if (m_snapshot.audienceId > 0 && m_snapshot.ok) {
        // A funnel: each stage is a bar centred on the widest one, so a transparent bar pads
        // its left. Horizontal bar series draw the first category at the bottom.
        const qint64 widest = qMax<qint64>(1, m_snapshot.funnel.contacts);
        auto *series = new QHorizontalStackedBarSeries;
        auto *padding = new QBarSet(QString());
        padding->setColor(Qt::transparent);
        padding->setBorderColor(Qt::transparent);
        series->append(padding);
        QStringList categories;
        QList<QBarSet *> sets;
        for (int i = ExpiredStage; i >= ContactsStage; --i) {
            const Stage stage = Stage(i);
            const qint64 value = stageValue(stage);
            categories.append(tr("%1: %2").arg(stageLabel(stage), locale.toString(value)));
            *padding << double(qMax<qint64>(0, widest - value)) / 2;
            auto *set = new QBarSet(stageLabel(stage));
            set->setColor(stageColor(stage));
            set->setBorderColor(stageColor(stage));
            sets.append(set);
        }
        for (int s = 0; s < sets.size(); ++s) {
            for (int c = 0; c < categories.size(); ++c)
                *sets[s] << (s == c ? double(stageValue(Stage(ExpiredStage - c))) : 0.0);
            series->append(sets[s]);
        }
        for (int i = ContactsStage; i <= SuppressedStage; ++i)
            summary.append(
                tr("%1: %2").arg(stageLabel(Stage(i)), locale.toString(stageValue(Stage(i)))));
        series->setBarWidth(0.85);
        chart->addSeries(series);
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        axisY->setGridLineVisible(false);
        axisY->setLineVisible(false);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, double(widest));
        axisX->setVisible(false);
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
    }
    chart->setTitle(m_snapshot.audienceId > 0
                        ? tr("Consent of \"%1\"").arg(m_audience->currentText())
                        : QString());
    m_chartView->setAccessibleName(tr("Consent funnel"));
    m_chartView->setAccessibleDescription(summary.join(QStringLiteral("; ")));
    // setChart() releases the previous chart without deleting it.
    std::unique_ptr<QChart> previous(m_chartView->chart());
    m_chartView->setChart(chart);
}

void FunnelPanel::updateButtons()
{
    const bool known = m_snapshot.audienceId > 0 && m_snapshot.ok && !m_writeJob.isBusy();
    const bool hasProof = !m_snapshot.proof.trimmed().isEmpty();
    m_proofButton->setEnabled(known && m_administrator);
    m_removeProofButton->setEnabled(known && m_administrator && hasProof);
    m_removeProofButton->setVisible(hasProof);
    m_proofButton->setText(hasProof ? tr("Change the &proof…")
                                    : tr("Record own &proof of consent…"));
    if (!m_administrator)
        m_proofButton->setToolTip(
            tr("Only an administrator can record that the party collected an audience itself."));
}

void FunnelPanel::recordOwnProofInteractive()
{
    bool ok = false;
    const QString proof = QInputDialog::getMultiLineText(
        this, tr("Own proof of consent"),
        tr("Record that the party collected \"%1\" itself, with a consent it can prove. Describe "
           "the proof (what the people signed or ticked, when, where it is kept): it is kept in "
           "the consent ledger and the audit log, and campaign messages to this audience will "
           "no longer wait for a yes.")
            .arg(m_audience->currentText()),
        m_snapshot.proof, &ok);
    if (!ok)
        return;
    if (proof.trimmed().isEmpty()) {
        QMessageBox::warning(this, tr("Own proof of consent"),
                             tr("Describe the proof: without it, the audience stays under the "
                                "consent gate."));
        return;
    }
    setOwnProof(proof);
}

void FunnelPanel::removeOwnProofInteractive()
{
    const auto answer = QMessageBox::question(
        this, tr("Remove the proof of consent"),
        tr("Put \"%1\" back under the consent gate? Campaign messages will go only to the numbers "
           "that agreed to a consent request.")
            .arg(m_audience->currentText()));
    if (answer == QMessageBox::Yes)
        setOwnProof(QString());
}

void FunnelPanel::setOwnProof(const QString &proof)
{
    struct Outcome
    {
        bool ok = false;
        QString errorString;
    };
    const qint64 id = audienceId();
    if (id <= 0)
        return;
    Database *database = m_database;
    m_writeJob.run<Outcome>(
        this,
        [database, id, proof]() {
            Outcome outcome;
            const QString login = database->actor();
            const std::optional<UserAccount> account =
                UserAccount::find(database, login, &outcome.errorString);
            if (account && !account->mayAdminister()) {
                outcome.errorString = tr("Only an administrator can record or remove a proof of "
                                         "consent.");
            } else if (account) {
                Consent::Ledger ledger(database);
                outcome.ok = ledger.setOwnProof(id, proof, login, account->id);
                outcome.errorString = ledger.errorString();
            }
            database->closeThreadConnection();
            return outcome;
        },
        [this](const Outcome &outcome) {
            if (!outcome.ok) {
                QMessageBox box(QMessageBox::Warning, tr("Own proof of consent"),
                                outcome.errorString, QMessageBox::Ok, this);
                box.setObjectName(QStringLiteral("ownProofError"));
                box.exec();
            }
            reloadFigures();
            Q_EMIT ownProofChanged();
        });
    updateButtons();
}
