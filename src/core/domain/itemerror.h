#pragma once

#include <QMetaType>
#include <QStringList>

#include <optional>

namespace TaskLanes {

// Why an item failed, kept as data: a kind and its details. The trace file and the
// command line get it in English (text()); the app shows it in its own language
// (translated()). Every model and worker reports a failure through this one type, so the
// same failure reads the same wherever it happened.
struct ItemError
{
    enum class Kind : quint8
    {
        Other,         // args: the text
        Stopped,       // the run was stopped while the item was under way
        TimedOut,      // args: milliseconds
        Refused,       // args: host:port
        UnknownHost,   // args: host
        Http,          // args: status code, reason phrase
        Network,       // args: Qt's description
        WorkerCrashed, // args: Qt's description
        WorkerExited,  // args: exit status
        WorkerOutput,  // args: the start of the line that broke the protocol
        WorkerLineTooLong,
        NoWorker,
        WorkerNotStarted, // args: Qt's description
        WorkerNotSet,     // no worker program was named
        WorkerSilent,     // args: the program, the seconds it was given to say ready
        NotAWorker,       // args: the program, the start of what it said instead
        WorkerNoBegin,    // args: the seconds it was given to begin the item
        WorkerNoEnd,      // args: the seconds it was given to finish it
        NoThread,         // the system would not start a thread the item needed
    };
    Kind kind = Kind::Other;
    QStringList args;

    static ItemError stopped() { return {Kind::Stopped, {}}; }
    static ItemError other(const QString &text) { return {Kind::Other, {text}}; }

    QString text() const;
    QString translated() const;
    // The kind's name in trace files ("timed-out"), and back.
    QString kindName() const;
    static std::optional<Kind> kindFromName(QStringView name);
    friend bool operator==(const ItemError &, const ItemError &) = default;
};

} // namespace TaskLanes

Q_DECLARE_METATYPE(TaskLanes::ItemError)
