// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compliance/electionstore.h"
#include "settingsformdialog.h"

class Database;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;

// Adds or edits one election of the calendar: its name, the dates of its rounds (or a single
// round), when polls close, the L52-11 spending ceiling and who sponsors its messages. Shows
// the silence the dates imply while they are typed, and ElectionStore's refusals under the
// field concerned; closes once the election is saved (on a worker thread).
class ElectionDialog final : public SettingsFormDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ElectionDialog)
public:
    ElectionDialog(Database *database, const ElectionStore::Election &election,
                   QWidget *parent = nullptr);

    const ElectionStore::Election &election() const { return m_election; }
    // The error shown under a field (ElectionStore::Field::None: the general one).
    QString errorText(ElectionStore::Field field) const { return fieldError(int(field)); }

    // Reads the form; nullopt after showing what cannot be read.
    std::optional<ElectionStore::Election> readForm();
    // "Sat 12 Jun 00:00 → Sun 13 Jun 19:00", one line per round (Paris time).
    static QString silenceText(const ElectionStore::Election &election);

private:
    bool startSave() override;
    void updateSilence();

    Database *m_database;
    ElectionStore::Election m_election;
    QLineEdit *m_name;
    QDateEdit *m_firstRound;
    QCheckBox *m_singleRound;
    QDateEdit *m_secondRound;
    QTimeEdit *m_pollsClose;
    QLineEdit *m_cap;
    QLineEdit *m_sponsor;
    QLineEdit *m_sponsorContact;
    QLabel *m_silence;
};
