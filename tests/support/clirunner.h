// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What one run of tribune-cli gave back.
struct CliRun
{
    int exitCode = -1; // -1: did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const;
};

// Runs the real tribune-cli at `program`, as scripts and the team's tooling do: `input` on its
// standard input, the user's settings and data kept out of the test (HOME and the XDG folders
// under `home`), messages in English. Waits in an event loop, so that servers of the test
// process (a fake provider) keep answering it.
CliRun runCli(const QString &program, const QString &home, const QStringList &arguments,
              const QByteArray &input = {});
