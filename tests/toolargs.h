#pragma once

// How every benchmark and tool reads its command line: it names what it takes, answers
// --help, and refuses anything else (a stray word, an unknown option, a value that is not
// a number), so that it never runs something it was not asked for: started as though it
// were a worker ("bench_engine worker"), a tool says so and stops.

#include "engine/workerpool.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace ToolArgs {

// Parses the arguments; false (after printing why, or the help) when the tool should
// exit, with *status the exit status.
inline bool parse(QCommandLineParser &parser, const QString &description,
                  const QList<QCommandLineOption> &options, int *status,
                  const QString &positional = {})
{
    parser.setApplicationDescription(description);
    parser.addHelpOption();
    parser.addOptions(options);
    if (!positional.isEmpty())
        parser.addPositionalArgument(positional, positional);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser.errorText()));
        *status = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        *status = 0;
        return false;
    }
    if (parser.positionalArguments().size() > (positional.isEmpty() ? 0 : 1)) {
        std::fprintf(stderr, "%s: unexpected argument '%s'\n",
                     qPrintable(QCoreApplication::applicationName()),
                     qPrintable(parser.positionalArguments().last()));
        *status = 2;
        return false;
    }
    return true;
}

// A whole number option from min up; the fallback when not given, nullopt when bad.
inline std::optional<int> number(const QCommandLineParser &parser, const QCommandLineOption &o,
                                 int fallback, int min = 1)
{
    if (!parser.isSet(o))
        return fallback;
    bool ok = false;
    const int n = parser.value(o).toInt(&ok);
    if (!ok || n < min) {
        std::fprintf(stderr, "--%s: \"%s\" is not a whole number from %d\n",
                     qPrintable(o.names().first()), qPrintable(parser.value(o)), min);
        return std::nullopt;
    }
    return n;
}

// How many times each program runs (the figures are medians).
inline QCommandLineOption repeatOption()
{
    return {QStringLiteral("repeat"), QStringLiteral("runs of each program (median; default 5)"),
            QStringLiteral("n")};
}

// The TaskLanes binary the tool runs and starts as its worker processes: the one built
// beside it, or --binary. A tool never starts itself as a worker.
inline QCommandLineOption binaryOption()
{
    return {QStringLiteral("binary"), QStringLiteral("the tasklanes binary to run"),
            QStringLiteral("path"), QStringLiteral(TASKLANES_BINARY)};
}
inline bool useBinary(const QCommandLineParser &parser, const QCommandLineOption &o)
{
    const QString binary = parser.value(o);
    if (!QFileInfo(binary).isExecutable()) {
        std::fprintf(stderr, "--binary: %s is not an executable\n", qPrintable(binary));
        return false;
    }
    TaskLanes::Workers::setProgram(binary);
    return true;
}

} // namespace ToolArgs
