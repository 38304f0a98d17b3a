// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <optional>
#include <string>
#include <vector>

// A deterministic automaton over the digits 0-9 that tells, in one pass over a digit string, which
// of up to 32 regular expressions fully match it. It compiles the restricted regex dialect of
// libphonenumber's metadata patterns (digits, \d, [classes], (?:groups), |, ?, *, +, {n}, {n,m})
// and refuses anything else, so that a caller never gets an approximation.
class PhonePatternDfa
{
public:
    static constexpr int MaxPatterns = 32;

    // Compiles the patterns; bit i of match() answers pattern i. An empty pattern never matches
    // (like libphonenumber's matcher). Returns nothing if a pattern uses syntax outside the
    // dialect or the automaton would exceed maxStates; errorString then says why.
    static std::optional<PhonePatternDfa> compile(const std::vector<std::string> &patterns,
                                                  int maxStates,
                                                  std::string *errorString = nullptr);

    // Bit i is set when pattern i matches the whole of digits[0, length) (ASCII '0'-'9' only).
    quint32 match(const char *digits, int length) const
    {
        qint32 state = StartState;
        for (int i = 0; i < length; ++i) {
            state = m_transitions[static_cast<size_t>(state) * 10
                                  + static_cast<size_t>(digits[i] - '0')];
            if (state == DeadState)
                return 0;
        }
        return m_accepts[static_cast<size_t>(state)];
    }

    int stateCount() const { return static_cast<int>(m_accepts.size()); }

private:
    static constexpr qint32 DeadState = 0;
    static constexpr qint32 StartState = 1;

    PhonePatternDfa() = default;

    std::vector<qint32> m_transitions; // 10 per state
    std::vector<quint32> m_accepts; // pattern bits accepted in each state
};
