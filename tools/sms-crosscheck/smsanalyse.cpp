// SPDX-License-Identifier: GPL-3.0-or-later
// Tribune's side of tools/sms-crosscheck: reads one JSON string per line on stdin and prints one
// JSON object per line, {"encoding", "units", "parts", "nonGsm"}, as Sms::analyse() sees the text.
// No options: the node script drives it through a pipe.
#include "sms/smsencoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <iostream>
#include <string>

int main()
{
    std::string line;
    while (std::getline(std::cin, line)) {
        // QJsonDocument only parses arrays and objects: wrap the string in an array.
        const QByteArray json = QByteArray("[") + QByteArray::fromStdString(line) + ']';
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(json, &error);
        QJsonObject result;
        if (error.error != QJsonParseError::NoError || !document.array().at(0).isString()) {
            result.insert(QLatin1String("error"), error.errorString());
        } else {
            const Sms::Analysis analysis = Sms::analyse(document.array().at(0).toString());
            QJsonArray nonGsm;
            for (const Sms::NonGsmCharacter &entry : analysis.nonGsm)
                nonGsm.append(entry.character);
            result.insert(QLatin1String("encoding"), Sms::encodingName(analysis.encoding));
            result.insert(QLatin1String("units"), analysis.units);
            result.insert(QLatin1String("parts"), analysis.parts);
            result.insert(QLatin1String("nonGsm"), nonGsm);
        }
        const QByteArray out = QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    }
    return 0;
}
