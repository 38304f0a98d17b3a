// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

// Shows a message the way a recipient's phone does: the sender name on top and the text in a
// bubble, so staff see what people will actually read.
class PhoneBubble final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneBubble)
public:
    explicit PhoneBubble(QWidget *parent = nullptr);

    void setSender(const QString &sender);
    void setText(const QString &text);
    QString text() const { return m_text; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_sender;
    QString m_text;
};
