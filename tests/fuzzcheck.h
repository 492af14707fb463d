#pragma once

// What every fuzz target asserts beyond "no crash, no sanitizer report": a refusal is one
// line (every error names its values with their control characters escaped).

#include <QString>

#include <cstdio>
#include <cstdlib>

inline void mustHold(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz: %s\n", what);
        std::abort();
    }
}

inline void oneLine(const QString &error)
{
    mustHold(!error.isEmpty() && !error.contains(u'\n') && !error.contains(u'\r'),
             "an error that is not one line");
}
