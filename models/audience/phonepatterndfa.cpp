// SPDX-License-Identifier: GPL-3.0-or-later
#include "audience/phonepatterndfa.h"

#include <algorithm>
#include <cstring>
#include <unordered_map>

// The metadata patterns describe finite sets of digit strings, and libphonenumber only ever asks
// whether a pattern matches a whole national number (ICU's matches()). For a regex without
// look-around or back-references that question depends on the language of the pattern alone, not
// on how an engine explores it, so a textbook Thompson NFA + subset construction answers exactly
// what ICU answers. Every construct outside that safe subset is refused.
namespace {

constexpr quint16 AllDigits = 0x3FF;
constexpr int MaxRepeat = 64; // no metadata pattern comes close; guards against typos
constexpr int MaxNfaStates = 1 << 20;

struct RegexNode
{
    enum Kind { Set, Concat, Alternation, Repeat };
    Kind kind = Concat;
    quint16 digits = 0; // Set: accepted digits, bit d for digit d
    int min = 1; // Repeat
    int max = 1; // Repeat; -1: unbounded
    std::vector<RegexNode> children;
};

// Recursive descent over the dialect; fails on anything it does not understand.
class RegexParser
{
public:
    explicit RegexParser(const std::string &pattern)
        : m_pattern(pattern)
    { }

    bool parse(RegexNode *root)
    {
        if (!parseAlternation(root, 0))
            return false;
        if (m_position != m_pattern.size())
            return fail("unexpected ')'");
        return true;
    }
    const std::string &errorString() const { return m_error; }

private:
    bool atEnd() const { return m_position >= m_pattern.size(); }
    char peek() const { return atEnd() ? '\0' : m_pattern[m_position]; }
    bool fail(const char *what)
    {
        m_error = std::string(what) + " at offset " + std::to_string(m_position) + " in \""
            + m_pattern + '"';
        return false;
    }

    bool parseAlternation(RegexNode *node, int depth)
    {
        if (depth > 64)
            return fail("nesting too deep");
        RegexNode branch;
        if (!parseConcatenation(&branch, depth))
            return false;
        if (peek() != '|') {
            *node = std::move(branch);
            return true;
        }
        node->kind = RegexNode::Alternation;
        node->children.push_back(std::move(branch));
        while (peek() == '|') {
            ++m_position;
            RegexNode next;
            if (!parseConcatenation(&next, depth))
                return false;
            node->children.push_back(std::move(next));
        }
        return true;
    }

    bool parseConcatenation(RegexNode *node, int depth)
    {
        node->kind = RegexNode::Concat;
        while (!atEnd() && peek() != '|' && peek() != ')') {
            RegexNode atom;
            if (!parseAtom(&atom, depth))
                return false;
            if (!parseQuantifier(&atom))
                return false;
            node->children.push_back(std::move(atom));
        }
        return true;
    }

    bool parseNumber(int *value)
    {
        if (atEnd() || peek() < '0' || peek() > '9')
            return fail("digit expected in quantifier");
        int result = 0;
        while (!atEnd() && peek() >= '0' && peek() <= '9') {
            result = result * 10 + (peek() - '0');
            if (result > MaxRepeat)
                return fail("repetition too large");
            ++m_position;
        }
        *value = result;
        return true;
    }

    bool parseQuantifier(RegexNode *atom)
    {
        int min = 1;
        int max = 1;
        const char c = peek();
        if (c == '?') {
            min = 0;
        } else if (c == '*') {
            min = 0;
            max = -1;
        } else if (c == '+') {
            max = -1;
        } else if (c == '{') {
            ++m_position;
            if (!parseNumber(&min))
                return false;
            max = min;
            if (peek() == ',') {
                ++m_position;
                if (peek() == '}')
                    max = -1;
                else if (!parseNumber(&max))
                    return false;
            }
            if (peek() != '}')
                return fail("'}' expected");
            if (max != -1 && max < min)
                return fail("bad repetition range");
        } else {
            return true;
        }
        ++m_position;
        // A lazy modifier does not change which whole strings match; a possessive one does, and
        // a quantifier on a quantifier is not worth guessing about.
        if (peek() == '?')
            ++m_position;
        if (peek() == '+' || peek() == '*' || peek() == '{' || peek() == '?')
            return fail("stacked quantifiers");
        RegexNode repeat;
        repeat.kind = RegexNode::Repeat;
        repeat.min = min;
        repeat.max = max;
        repeat.children.push_back(std::move(*atom));
        *atom = std::move(repeat);
        return true;
    }

    bool parseClass(RegexNode *node)
    {
        ++m_position; // '['
        bool negated = false;
        if (peek() == '^') {
            negated = true;
            ++m_position;
        }
        quint16 digits = 0;
        bool empty = true;
        while (peek() != ']') {
            if (atEnd())
                return fail("unterminated class");
            if (peek() == '\\') {
                ++m_position;
                if (peek() != 'd')
                    return fail("unsupported escape in class");
                ++m_position;
                digits |= AllDigits;
            } else if (peek() >= '0' && peek() <= '9') {
                const int first = peek() - '0';
                int last = first;
                ++m_position;
                if (peek() == '-' && m_position + 1 < m_pattern.size()
                    && m_pattern[m_position + 1] != ']') {
                    ++m_position;
                    if (peek() < '0' || peek() > '9')
                        return fail("unsupported class range");
                    last = peek() - '0';
                    ++m_position;
                    if (last < first)
                        return fail("reversed class range");
                }
                for (int d = first; d <= last; ++d)
                    digits |= static_cast<quint16>(1u << d);
            } else {
                return fail("unsupported character in class");
            }
            empty = false;
        }
        ++m_position; // ']'
        if (empty)
            return fail("empty class");
        node->kind = RegexNode::Set;
        // The input only ever holds ASCII digits, so a negated class is its complement in 0-9.
        node->digits = negated ? static_cast<quint16>(~digits & AllDigits) : digits;
        return true;
    }

    bool parseAtom(RegexNode *node, int depth)
    {
        const char c = peek();
        if (c >= '0' && c <= '9') {
            node->kind = RegexNode::Set;
            node->digits = static_cast<quint16>(1u << (c - '0'));
            ++m_position;
            return true;
        }
        if (c == '\\') {
            ++m_position;
            if (peek() != 'd')
                return fail("unsupported escape");
            ++m_position;
            node->kind = RegexNode::Set;
            node->digits = AllDigits;
            return true;
        }
        if (c == '[')
            return parseClass(node);
        if (c == '(') {
            ++m_position;
            if (peek() == '?') {
                if (m_position + 1 >= m_pattern.size() || m_pattern[m_position + 1] != ':')
                    return fail("unsupported group");
                m_position += 2;
            }
            if (!parseAlternation(node, depth + 1))
                return false;
            if (peek() != ')')
                return fail("')' expected");
            ++m_position;
            return true;
        }
        return fail("unsupported syntax");
    }

    const std::string &m_pattern;
    size_t m_position = 0;
    std::string m_error;
};

struct NfaState
{
    quint16 digits = 0; // consumes one of these digits and goes to next
    int next = -1;
    std::vector<int> epsilon;
    quint32 accepts = 0; // patterns whose match ends here
};

// Thompson construction in continuation style: build(node, continuation) returns the state that
// matches node and then goes on to the continuation.
class NfaBuilder
{
public:
    std::vector<NfaState> states;
    bool overflow = false;

    int add()
    {
        if (static_cast<int>(states.size()) >= MaxNfaStates) {
            overflow = true;
            return 0;
        }
        states.emplace_back();
        return static_cast<int>(states.size()) - 1;
    }

    int build(const RegexNode &node, int continuation)
    {
        if (overflow)
            return 0;
        switch (node.kind) {
        case RegexNode::Set: {
            const int state = add();
            if (overflow)
                return 0;
            states[static_cast<size_t>(state)].digits = node.digits;
            states[static_cast<size_t>(state)].next = continuation;
            return state;
        }
        case RegexNode::Concat: {
            int current = continuation;
            for (auto it = node.children.rbegin(); it != node.children.rend(); ++it)
                current = build(*it, current);
            return current;
        }
        case RegexNode::Alternation: {
            std::vector<int> starts;
            for (const RegexNode &child : node.children)
                starts.push_back(build(child, continuation));
            const int split = add();
            if (overflow)
                return 0;
            states[static_cast<size_t>(split)].epsilon = std::move(starts);
            return split;
        }
        case RegexNode::Repeat: {
            const RegexNode &child = node.children.front();
            int current = continuation;
            if (node.max < 0) {
                const int loop = add();
                if (overflow)
                    return 0;
                const int body = build(child, loop);
                states[static_cast<size_t>(loop)].epsilon = {body, continuation};
                current = loop;
            } else {
                for (int i = node.min; i < node.max; ++i) {
                    const int body = build(child, current);
                    const int optional = add();
                    if (overflow)
                        return 0;
                    states[static_cast<size_t>(optional)].epsilon = {body, current};
                    current = optional;
                }
            }
            for (int i = 0; i < node.min; ++i)
                current = build(child, current);
            return current;
        }
        }
        return continuation;
    }
};

} // namespace

std::optional<PhonePatternDfa> PhonePatternDfa::compile(const std::vector<std::string> &patterns,
                                                        int maxStates, std::string *errorString)
{
    auto failWith = [errorString](const std::string &message) {
        if (errorString)
            *errorString = message;
        return std::optional<PhonePatternDfa>();
    };
    if (patterns.size() > static_cast<size_t>(MaxPatterns))
        return failWith("too many patterns");

    NfaBuilder nfa;
    std::vector<int> starts;
    for (size_t i = 0; i < patterns.size(); ++i) {
        if (patterns[i].empty())
            continue; // never matches, like RegexBasedMatcher with an empty pattern
        RegexNode root;
        RegexParser parser(patterns[i]);
        if (!parser.parse(&root))
            return failWith(parser.errorString());
        const int accept = nfa.add();
        if (!nfa.overflow)
            nfa.states[static_cast<size_t>(accept)].accepts = 1u << i;
        starts.push_back(nfa.build(root, accept));
        if (nfa.overflow)
            return failWith("pattern too large");
    }

    // Epsilon closure, keeping only the states that matter to the automaton (those that consume a
    // digit or accept): two sets with the same such states behave identically.
    std::vector<int> mark(nfa.states.size(), -1);
    int stamp = 0;
    auto closure = [&nfa, &mark, &stamp](std::vector<int> seeds) {
        ++stamp;
        std::vector<int> result;
        while (!seeds.empty()) {
            const int state = seeds.back();
            seeds.pop_back();
            if (mark[static_cast<size_t>(state)] == stamp)
                continue;
            mark[static_cast<size_t>(state)] = stamp;
            const NfaState &s = nfa.states[static_cast<size_t>(state)];
            if (s.digits || s.accepts)
                result.push_back(state);
            seeds.insert(seeds.end(), s.epsilon.begin(), s.epsilon.end());
        }
        std::sort(result.begin(), result.end());
        return result;
    };

    PhonePatternDfa dfa;
    // Keyed by the bytes of the sorted set: cheap to hash, and it keeps GCC's -O3
    // -Wnull-dereference quiet (it misfires on std::map<std::vector<int>, ...> comparisons).
    std::unordered_map<std::string, qint32> index;
    std::vector<std::vector<int>> sets;
    auto intern = [&](std::vector<int> set) -> qint32 {
        std::string key(set.size() * sizeof(int), '\0');
        if (!set.empty())
            std::memcpy(key.data(), set.data(), key.size());
        const auto found = index.find(key);
        if (found != index.end())
            return found->second;
        const qint32 id = static_cast<qint32>(sets.size());
        quint32 accepts = 0;
        for (int state : set)
            accepts |= nfa.states[static_cast<size_t>(state)].accepts;
        dfa.m_accepts.push_back(accepts);
        dfa.m_transitions.insert(dfa.m_transitions.end(), 10, DeadState);
        index.emplace(std::move(key), id);
        sets.push_back(std::move(set));
        return id;
    };
    intern({}); // DeadState
    if (intern(closure(starts)) != StartState) {
        // Every pattern is empty: a start state of its own that leads nowhere.
        dfa.m_accepts.push_back(0);
        dfa.m_transitions.insert(dfa.m_transitions.end(), 10, DeadState);
        sets.emplace_back();
    }

    for (size_t current = 1; current < sets.size(); ++current) {
        for (int digit = 0; digit < 10; ++digit) {
            std::vector<int> seeds;
            for (int state : sets[current]) {
                const NfaState &s = nfa.states[static_cast<size_t>(state)];
                if (s.digits & (1u << digit))
                    seeds.push_back(s.next);
            }
            const qint32 target = seeds.empty() ? DeadState : intern(closure(std::move(seeds)));
            if (static_cast<int>(sets.size()) > maxStates)
                return failWith("automaton exceeds " + std::to_string(maxStates) + " states");
            dfa.m_transitions[current * 10 + static_cast<size_t>(digit)] = target;
        }
    }
    return dfa;
}
