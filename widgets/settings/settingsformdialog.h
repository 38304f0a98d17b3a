// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"

#include <QDialog>
#include <QHash>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLayout;
class QVBoxLayout;

// The common part of the Settings dialogs that add or edit one record (a price plan, an
// election): what is wrong is said in red under the field concerned, Save reads the form and
// saves on a worker thread, and the dialog closes once the record is saved. Fields are keys
// the subclass chooses (its own Field enum).
class SettingsFormDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsFormDialog)
public Q_SLOTS:
    // Reads the form and starts saving; does nothing while a save runs.
    void accept() override;

Q_SIGNALS:
    void saveFinished(bool ok);

protected:
    explicit SettingsFormDialog(QWidget *parent);

    // Reads the form and, when it can be read, starts saveInBackground(); false otherwise
    // (after showing why).
    virtual bool startSave() = 0;

    // Save and Cancel, made on the first call: after the fields, so that they come first in the
    // tab order and take the focus when the dialog opens.
    QDialogButtonBox *buttons();
    // A hidden error label, red; registered as the one of `field` unless `field` is -1.
    QLabel *addErrorLabel(int field, const QString &objectName);
    // `field` (or, when given, the layout `content` holding it) with its error label below.
    QVBoxLayout *withError(QWidget *field, int key, const QString &objectName,
                           QLayout *content = nullptr);
    // The error shown under `field` (empty: none).
    QString fieldError(int field) const;
    void clearErrors();
    // Shows `text` under `field`, below the errors already shown there.
    void showError(int field, const QString &text);

    // Runs `work` on a worker thread, the buttons disabled meanwhile; `done` takes its outcome
    // back on this thread and tells whether the record was saved (the dialog then closes).
    template<typename Outcome>
    void saveInBackground(std::function<Outcome()> work, std::function<bool(const Outcome &)> done)
    {
        setSaving(true);
        BackgroundTask::run<Outcome>(this, std::move(work),
                                     [this, done = std::move(done)](const Outcome &outcome) {
                                         setSaving(false);
                                         saved(done(outcome));
                                     });
    }

private:
    void setSaving(bool saving);
    void saved(bool ok);

    QDialogButtonBox *m_buttons = nullptr;
    QHash<int, QLabel *> m_errors; // field -> label
    bool m_saving = false;
};
