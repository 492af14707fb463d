// The command line's options: the input, split at NUL bytes, as the words after
// "tasklanes". Parsed only (nothing runs or is written); a refusal is one line.
#include "commandline.h"
#include "fuzzcheck.h"

#include <QCoreApplication>

using namespace TaskLanes;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QStringList arguments{QStringLiteral("tasklanes")};
    for (const QByteArray &word :
         QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0'))
        arguments.append(QString::fromUtf8(word));
    const Result<CommandLine::Command> command = CommandLine::parse(arguments);
    if (!command)
        oneLine(command.error());
    return 0;
}
