// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>
#include <vector>

// A slice of a broker file ready to store: the contacts and the rejected rows that
// ImportRowBuilder made of it, every value UTF-8 in one byte arena (no allocation per value).
// Both storage paths (raw SQLite, QtSql) write the same batches, so they store the same data.
struct ImportBatch
{
    // The contacts columns that come from the file, in ColumnMapping::contactInsertColumns() order.
    enum Value {
        Phone,
        FirstName,
        LastName,
        PostalCode,
        Commune,
        Department,
        AgeBracket,
        OptInDate,
        Attributes,
        ValueCount
    };
    // import_rejects.reason.
    enum class Reason {
        InvalidNumber,
        FixedLine,
        NotMobile,
        Duplicate,
        Suppressed,
        MalformedRow,
        BadEncoding
    };

    // A value in `bytes`; size -1 stands for SQL NULL.
    struct Span
    {
        qint32 offset = 0;
        qint32 size = -1;
        bool isNull() const { return size < 0; }
    };
    struct Contact
    {
        qint64 rowNumber = 0;
        quint64 key = 0; // ImportRowBuilder::phoneKey(): batches are written in this order
        bool isMobile = true; // line_type "mobile", else "fixed_line_or_mobile"
        bool exists = false; // already in the audience: its attributes are updated
        Span values[ValueCount];
    };
    struct Reject
    {
        qint64 rowNumber = 0;
        Reason reason = Reason::InvalidNumber;
        Span raw;
        Span detail;
    };

    QByteArray bytes;
    std::vector<Contact> contacts;
    std::vector<Reject> rejects;
    // Where reading was when the batch was handed over, for progress.
    qint64 bytesConsumed = 0;
    qint64 totalBytes = -1;
    qint64 rowsRead = 0;

    QByteArrayView view(Span span) const
    {
        return span.isNull() ? QByteArrayView()
                             : QByteArrayView(bytes.constData() + span.offset, span.size);
    }
    Span append(QByteArrayView value)
    {
        const qsizetype at = bytes.size();
        if (at + value.size() > bytes.capacity())
            bytes.reserve(qMax(2 * bytes.capacity(), at + value.size() + 4096));
        bytes.resize(at + value.size());
        if (!value.isEmpty())
            std::memcpy(bytes.data() + at, value.data(), size_t(value.size()));
        return {qint32(at), qint32(value.size())};
    }
    qsizetype rowCount() const { return qsizetype(contacts.size() + rejects.size()); }
    void clear()
    {
        bytes.resize(0); // keeps the capacity: batches are recycled
        contacts.clear();
        rejects.clear();
    }

    static const char *reasonKey(Reason reason)
    {
        switch (reason) {
        case Reason::InvalidNumber:
            return "invalid_number";
        case Reason::FixedLine:
            return "fixed_line";
        case Reason::NotMobile:
            return "not_mobile";
        case Reason::Duplicate:
            return "duplicate";
        case Reason::Suppressed:
            return "suppressed";
        case Reason::MalformedRow:
            return "malformed_row";
        case Reason::BadEncoding:
            return "bad_encoding";
        }
        return "";
    }
};
