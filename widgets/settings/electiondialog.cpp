// SPDX-License-Identifier: GPL-3.0-or-later
#include "electiondialog.h"

#include "pricing/money.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {

using Field = ElectionStore::Field;

struct SaveOutcome
{
    bool ok = false;
    ElectionStore::Election election;
    QString errorString;
    Field field = Field::None;
};

} // namespace

ElectionDialog::ElectionDialog(Database *database, const ElectionStore::Election &election,
                               QWidget *parent)
    : SettingsFormDialog(parent)
    , m_database(database)
    , m_election(election)
    , m_name(new QLineEdit(this))
    , m_firstRound(new QDateEdit(this))
    , m_singleRound(new QCheckBox(this))
    , m_secondRound(new QDateEdit(this))
    , m_pollsClose(new QTimeEdit(this))
    , m_cap(new QLineEdit(this))
    , m_sponsor(new QLineEdit(this))
    , m_sponsorContact(new QLineEdit(this))
    , m_silence(new QLabel(this))
{
    setObjectName(QStringLiteral("electionDialog"));
    setWindowTitle(election.id > 0 ? tr("Edit the election") : tr("New election"));
    m_name->setObjectName(QStringLiteral("electionName"));
    m_firstRound->setObjectName(QStringLiteral("electionFirstRound"));
    m_singleRound->setObjectName(QStringLiteral("electionSingleRound"));
    m_secondRound->setObjectName(QStringLiteral("electionSecondRound"));
    m_pollsClose->setObjectName(QStringLiteral("electionPollsClose"));
    m_cap->setObjectName(QStringLiteral("electionCap"));
    m_sponsor->setObjectName(QStringLiteral("electionSponsor"));
    m_sponsorContact->setObjectName(QStringLiteral("electionSponsorContact"));
    m_silence->setObjectName(QStringLiteral("electionSilence"));
    m_silence->setWordWrap(true);
    for (QDateEdit *edit : {m_firstRound, m_secondRound}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_pollsClose->setDisplayFormat(QStringLiteral("HH:mm"));
    m_cap->setPlaceholderText(tr("None recorded"));
    m_sponsor->setPlaceholderText(tr("e.g. Camille Martin; mandataire financier: Jean Dupont"));
    m_sponsorContact->setPlaceholderText(tr("Postal or e-mail address"));

    const QDate today = QDate::currentDate();
    m_name->setText(election.name);
    m_firstRound->setDate(election.firstRound.isValid() ? election.firstRound : today);
    m_singleRound->setChecked(election.id > 0 && !election.secondRound.isValid());
    m_secondRound->setDate(election.secondRound.isValid() ? election.secondRound
                                                          : m_firstRound->date().addDays(7));
    m_pollsClose->setTime(election.pollsClose.isValid() ? election.pollsClose : QTime(20, 0));
    m_cap->setText(election.spendingCapMc > 0
                       ? Money::eurosText(election.spendingCapMc)
                             .replace(QLatin1Char('.'), QLocale().decimalPoint())
                       : QString());
    m_sponsor->setText(election.sponsor);
    m_sponsorContact->setText(election.sponsorContact);
    m_singleRound->setText(tr("&Single round"));

    auto *form = new QFormLayout;
    // The sponsor's fields have no error of their own (Field::None is the general one).
    const auto row = [&](const QString &label, QWidget *field, QLayout *extra, Field key,
                         const QString &errorName) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        form->addRow(text, withError(field, key != Field::None ? int(key) : -1, errorName, extra));
    };
    row(tr("&Name:"), m_name, nullptr, Field::Name, QStringLiteral("electionNameError"));
    row(tr("&First round:"), m_firstRound, nullptr, Field::FirstRound,
        QStringLiteral("electionFirstRoundError"));
    auto *second = new QHBoxLayout;
    second->addWidget(m_secondRound);
    second->addWidget(m_singleRound);
    second->addStretch();
    row(tr("S&econd round:"), m_secondRound, second, Field::SecondRound,
        QStringLiteral("electionSecondRoundError"));
    row(tr("&Polls close at:"), m_pollsClose, nullptr, Field::PollsClose,
        QStringLiteral("electionPollsCloseError"));
    row(tr("Spending &ceiling (€ incl. VAT, L52-11):"), m_cap, nullptr, Field::SpendingCap,
        QStringLiteral("electionCapError"));
    row(tr("Spons&or:"), m_sponsor, nullptr, Field::None, QStringLiteral("electionSponsorError"));
    row(tr("Sponsor's con&tact:"), m_sponsorContact, nullptr, Field::None,
        QStringLiteral("electionSponsorContactError"));
    auto *sponsorHint = new QLabel(
        tr("Who pays for and answers for the messages (the candidate or list and their "
           "mandataire financier), and how to reach them: the transparency record of political "
           "messages names them."),
        this);
    sponsorHint->setWordWrap(true);
    sponsorHint->setForegroundRole(QPalette::PlaceholderText);
    QLabel *general = addErrorLabel(int(Field::None), QStringLiteral("electionGeneralError"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(sponsorHint);
    layout->addWidget(m_silence);
    layout->addWidget(general);
    layout->addWidget(buttons());

    connect(m_singleRound, &QCheckBox::toggled, m_secondRound, &QWidget::setDisabled);
    connect(m_singleRound, &QCheckBox::toggled, this, &ElectionDialog::updateSilence);
    connect(m_firstRound, &QDateEdit::dateChanged, this, &ElectionDialog::updateSilence);
    connect(m_secondRound, &QDateEdit::dateChanged, this, &ElectionDialog::updateSilence);
    connect(m_pollsClose, &QTimeEdit::timeChanged, this, &ElectionDialog::updateSilence);
    m_secondRound->setDisabled(m_singleRound->isChecked());
    updateSilence();
    resize(540, sizeHint().height());
}

QString ElectionDialog::silenceText(const ElectionStore::Election &election)
{
    const QTimeZone paris("Europe/Paris");
    const QLocale locale;
    const QString format = QStringLiteral("ddd d MMM HH:mm");
    QStringList lines;
    for (const ElectionStore::Period &period : ElectionStore::silencePeriods(election))
        lines.append(tr("%1 → %2").arg(locale.toString(period.from.toTimeZone(paris), format),
                                       locale.toString(period.until.toTimeZone(paris), format)));
    return lines.join(QLatin1Char('\n'));
}

void ElectionDialog::updateSilence()
{
    ElectionStore::Election e;
    e.firstRound = m_firstRound->date();
    e.secondRound = m_singleRound->isChecked() ? QDate() : m_secondRound->date();
    e.pollsClose = m_pollsClose->time();
    m_silence->setText(
        tr("Electoral silence (L49, Paris time), no campaign message:\n%1").arg(silenceText(e)));
}

std::optional<ElectionStore::Election> ElectionDialog::readForm()
{
    clearErrors();
    ElectionStore::Election e = m_election;
    e.name = m_name->text().trimmed();
    e.firstRound = m_firstRound->date();
    e.secondRound = m_singleRound->isChecked() ? QDate() : m_secondRound->date();
    e.pollsClose = m_pollsClose->time();
    e.sponsor = m_sponsor->text().trimmed();
    e.sponsorContact = m_sponsorContact->text().trimmed();
    const QString cap = m_cap->text().trimmed();
    e.spendingCapMc = 0;
    if (!cap.isEmpty()) {
        // "38 000" as people write it (any space, the no-break ones of French included).
        QString digits;
        for (const QChar c : cap) {
            if (!c.isSpace())
                digits.append(c);
        }
        const std::optional<qint64> mc = Money::parseEuros(digits);
        if (!mc) {
            showError(int(Field::SpendingCap),
                      tr("\"%1\" is not an amount in euros (e.g. 38000 or 38 000,50).")
                          .arg(m_cap->text().trimmed()));
            return std::nullopt;
        }
        e.spendingCapMc = *mc;
    }
    return e;
}

bool ElectionDialog::startSave()
{
    const std::optional<ElectionStore::Election> election = readForm();
    if (!election)
        return false;
    Database *database = m_database;
    saveInBackground<SaveOutcome>(
        [database, election = *election]() {
            SaveOutcome outcome;
            outcome.election = election;
            ElectionStore store(database, database->actor());
            outcome.ok = store.save(&outcome.election);
            outcome.errorString = store.errorString();
            outcome.field = store.errorField();
            database->closeThreadConnection();
            return outcome;
        },
        [this](const SaveOutcome &outcome) {
            if (outcome.ok)
                m_election = outcome.election;
            else
                showError(int(outcome.field), outcome.errorString);
            return outcome.ok;
        });
    return true;
}
