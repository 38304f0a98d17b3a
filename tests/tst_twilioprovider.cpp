// SPDX-License-Identifier: GPL-3.0-or-later
#include "sending/twilioprovider.h"

#include <QTest>

class tst_TwilioProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void placeholder() { }
};

QTEST_GUILESS_MAIN(tst_TwilioProvider)
#include "tst_twilioprovider.moc"
