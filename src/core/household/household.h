#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace TaskLanes::Home {

// The parent's day (SPEC 8): one household, in units. The parent's own work is the
// checkbook, each handling of the load (putting it in the washer, moving it to the dryer,
// folding it) and the attention each call of a kid needs; the machines run on their own.
// The moments the kids call on the default day. (A function: GCC 12 warns of an
// initializer list in a default member initializer.)
QList<double> defaultCalls();

struct Household
{
    double checkbook = 20;
    double washer = 30;
    double dryer = 40;
    double handling = 2;
    QList<double> kids = defaultCalls(); // the moments the kids call, in order
    double attention = 1;
    // (written out: Qt 6.4's QList == hands memcmp a null pointer for two empty lists,
    // which UBSan stops at)
    friend bool operator==(const Household &a, const Household &b);
};

namespace Limits {
inline constexpr double maxUnits = 10'000; // any one figure
inline constexpr double minCycle = 0.1;    // checkbook, machines, attention
inline constexpr int maxCalls = 50;        // the threading parent: a clone per call
inline constexpr qint64 maxFileBytes = 1024 * 1024;
} // namespace Limits

// Every figure in bounds, the calls in order; the error names the field ("washer: -3 is
// not a number of units from 0.1 to 10000").
Status validate(const Household &household);

// {"format": "tasklanes-household", "version": 1, "checkbook": 20, ...}: refused whole,
// with the file, the field and the reason; unknown fields are refused, not ignored.
inline constexpr int householdFileVersion = 1;
Result<Household> parseHouseholdJson(const QByteArray &json, const QString &sourceName);
Result<Household> loadHouseholdFile(const QString &path);
QByteArray householdToJson(const Household &household);
Status saveHouseholdFile(const Household &household, const QString &path);

// Households to start from: the tutorial's day and a few that stress one lesson.
struct HouseholdPreset
{
    QString id;
    QString title; // translated
    QString explanation;
    Household household;
};
QList<HouseholdPreset> householdPresets();

// The four parents.
enum class Parent : quint8
{
    Sync,    // one thing at a time, each to its end
    Polling, // the checkbook, and a look at everything every interval
    Threads, // one clone per chore, on the scenario engine
    Async,   // one parent, an event loop: buzzers and calls are events
};
inline constexpr Parent allParents[] = {Parent::Sync, Parent::Polling, Parent::Threads,
                                        Parent::Async};
QString parentId(Parent parent); // "parent-sync"
std::optional<Parent> parentFromId(QStringView id);
QString parentTitle(Parent parent); // translated: "Synchronous parent"

// What a look at the machines and the kids costs the polling parent: it stops what it does
// for this long, whether it finds anything or not.
inline constexpr double checkUnits = 0.25;
inline constexpr double defaultInterval = 5;
inline constexpr double defaultStep = 0.25;

} // namespace TaskLanes::Home
