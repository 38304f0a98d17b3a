// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsformdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

SettingsFormDialog::SettingsFormDialog(QWidget *parent)
    : QDialog(parent)
{ }

QDialogButtonBox *SettingsFormDialog::buttons()
{
    if (!m_buttons) {
        m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsFormDialog::accept);
        connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsFormDialog::reject);
    }
    return m_buttons;
}

void SettingsFormDialog::accept()
{
    if (m_saving)
        return;
    if (!startSave())
        Q_EMIT saveFinished(false);
}

QLabel *SettingsFormDialog::addErrorLabel(int field, const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    label->setPalette(palette);
    label->hide();
    if (field != -1)
        m_errors.insert(field, label);
    return label;
}

QVBoxLayout *SettingsFormDialog::withError(QWidget *field, int key, const QString &objectName,
                                           QLayout *content)
{
    auto *box = new QVBoxLayout;
    box->setSpacing(2);
    if (content)
        box->addLayout(content);
    else
        box->addWidget(field);
    box->addWidget(addErrorLabel(key, objectName));
    return box;
}

QString SettingsFormDialog::fieldError(int field) const
{
    const QLabel *label = m_errors.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void SettingsFormDialog::clearErrors()
{
    for (QLabel *label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
}

void SettingsFormDialog::showError(int field, const QString &text)
{
    QLabel *label = m_errors.value(field);
    label->setText(label->text().isEmpty() ? text : label->text() + QLatin1Char('\n') + text);
    label->show();
}

void SettingsFormDialog::setSaving(bool saving)
{
    m_saving = saving;
    buttons()->setEnabled(!saving);
}

void SettingsFormDialog::saved(bool ok)
{
    if (ok)
        QDialog::accept();
    Q_EMIT saveFinished(ok);
}
