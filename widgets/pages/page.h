// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

// Base of the main window's pages: a title and a one-line purpose above the content, and
// retranslation when the language changes at run time.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)
public:
    explicit Page(QWidget *parent = nullptr);

    QString title() const;
    // Reloads what the page shows from the database.
    virtual void refresh() { }

Q_SIGNALS:
    void titleChanged(const QString &title);

protected:
    // Sets the texts of this page; called at construction and on every language change.
    virtual void retranslateUi() = 0;
    void setHeader(const QString &title, const QString &subtitle);
    QVBoxLayout *contentLayout() const { return m_content; }
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QVBoxLayout *m_content;
};
