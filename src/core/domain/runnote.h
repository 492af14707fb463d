#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace TaskLanes {

// One thing a run teaches, said in plain words with its figures (SPEC 3: "notes"): kept as
// its untranslated text and its arguments, so that the trace file and the command line
// say it in English and the app in its own language.
struct RunNote
{
    const char *text = nullptr; // QT_TRANSLATE_NOOP("Note", "... %1 ..."), no plurals
    QStringList args;

    QString english() const;
    QString translated() const;
    friend bool operator==(const RunNote &a, const RunNote &b)
    {
        return a.english() == b.english();
    }
};

// Figures as the notes print them: units with one decimal, milliseconds with one.
QString unitsText(qint64 ns, int unitMs);
QString msText(double ms);

} // namespace TaskLanes
