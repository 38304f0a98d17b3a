// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backgroundtask.h"
#include "sending/providerstore.h"

#include <QDialog>
#include <QList>
#include <QWidget>

class Database;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

// Edits one provider: kind, address, sender id, rate, parts, account and the secret (which goes
// to the OS keychain; the field stays empty to keep the stored one).
class ProviderDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProviderDialog)
public:
    explicit ProviderDialog(const Sending::ProviderStore::Entry &entry, QWidget *parent = nullptr);

    Sending::ProviderStore::Entry entry() const;
    // Null when unchanged.
    QString secret() const;

private:
    void updateForKind();

    Sending::ProviderStore::Entry m_entry;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_endpoint;
    QLineEdit *m_sender;
    QDoubleSpinBox *m_rate;
    QSpinBox *m_maxParts;
    QLineEdit *m_account;
    QLineEdit *m_secret;
    QLabel *m_secretHint;
};

// The configured SMS providers, in Settings: add, edit, remove, choose the active one, test the
// connection. Every store operation runs on a worker thread (the keychain may wait for the user).
class ProvidersPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProvidersPanel)
public:
    explicit ProvidersPanel(Database *database, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    bool isBusy() const { return m_job.isBusy(); }
    QString statusText() const;

    // The dialog's second half, for tests: saves `entry` (id 0: a new provider).
    void save(const Sending::ProviderStore::Entry &entry, const QString &secret);
    void removeSelected();
    void activateSelected();
    void testSelected();

Q_SIGNALS:
    void providersChanged();
    void finished(); // an operation ended (status text updated)

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        QList<Sending::ProviderStore::Entry> entries;
        bool changed = false;
    };
    using Operation = std::function<bool(Sending::ProviderStore &, QString *message)>;
    void run(const QString &progress, Operation operation, bool changes);
    void showEntries(const QList<Sending::ProviderStore::Entry> &entries);
    void retranslateUi();
    void updateButtons();
    void edit(bool create);
    qint64 selectedId() const;

    Database *m_database;
    QLabel *m_intro;
    QTableWidget *m_table;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_activateButton;
    QPushButton *m_testButton;
    QLabel *m_status;
    QList<Sending::ProviderStore::Entry> m_entries;
    BackgroundJob m_job;
};
