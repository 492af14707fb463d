#include "household.h"

#include "formats/fileio.h"
#include "scenarios/scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace TaskLanes::Home {

namespace {

QString number(double value)
{
    return Scenarios::numberText(value);
}

Status inRange(const QString &field, double value, double low)
{
    if (std::isfinite(value) && value >= low && value <= Limits::maxUnits)
        return {};
    return Error{
        QCoreApplication::translate("Household", "%1: %2 is not a number of units from %3 to %4")
            .arg(field, std::isfinite(value) ? number(value) : u"that"_s, number(low),
                 number(Limits::maxUnits))};
}

struct Field
{
    QLatin1String key;
    double Household::*member;
    double low;
};
const Field fields[] = {
    {"checkbook"_L1, &Household::checkbook, Limits::minCycle},
    {"washer"_L1, &Household::washer, Limits::minCycle},
    {"dryer"_L1, &Household::dryer, Limits::minCycle},
    {"handling"_L1, &Household::handling, 0},
    {"attention"_L1, &Household::attention, Limits::minCycle},
};

} // namespace

bool operator==(const Household &a, const Household &b)
{
    return a.checkbook == b.checkbook && a.washer == b.washer && a.dryer == b.dryer &&
           a.handling == b.handling && a.attention == b.attention &&
           std::equal(a.kids.begin(), a.kids.end(), b.kids.begin(), b.kids.end());
}

QList<double> defaultCalls()
{
    QList<double> calls;
    calls << 5 << 17 << 33;
    return calls;
}

Status validate(const Household &household)
{
    for (const Field &field : fields)
        if (Status ok = inRange(field.key, household.*field.member, field.low); !ok)
            return ok;
    if (household.kids.size() > Limits::maxCalls)
        return Error{QCoreApplication::translate("Household", "kids: %1 calls, more than %2")
                         .arg(household.kids.size())
                         .arg(Limits::maxCalls)};
    for (qsizetype i = 0; i < household.kids.size(); ++i) {
        const double at = household.kids.at(i);
        if (Status ok = inRange(
                QCoreApplication::translate("Household", "kids, call %1").arg(i + 1), at, 0);
            !ok)
            return ok;
        if (i > 0 && at < household.kids.at(i - 1))
            return Error{QCoreApplication::translate(
                             "Household",
                             "kids, call %1: %2 comes before the call before it (%3); list the "
                             "calls in the order they come")
                             .arg(i + 1)
                             .arg(number(at), number(household.kids.at(i - 1)))};
    }
    return {};
}

Result<Household> parseHouseholdJson(const QByteArray &json, const QString &sourceName)
{
    const auto fail = [&](const QString &why) {
        return Result<Household>(Error{shown(sourceName) + u": "_s + why});
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(FileError::notJson(parseError));
    if (!doc.isObject())
        return fail(QCoreApplication::translate(
            "Household", "not a TaskLanes household file (the top level is not an object)"));
    const QJsonObject root = doc.object();
    if (root.value("format"_L1).toString() != "tasklanes-household"_L1)
        return fail(QCoreApplication::translate(
            "Household",
            "not a TaskLanes household file (\"format\" is not \"tasklanes-household\")"));
    const QJsonValue version = root.value("version"_L1);
    const double v = version.isDouble() ? version.toDouble() : 0.5;
    if (v != std::floor(v) || v < 1)
        return fail(FileError::badVersion());
    if (v > householdFileVersion)
        return fail(FileError::newerVersion(v, householdFileVersion));
    for (auto it = root.begin(); it != root.end(); ++it) {
        bool known = it.key() == "format"_L1 || it.key() == "version"_L1 || it.key() == "kids"_L1;
        for (const Field &field : fields)
            known = known || it.key() == field.key;
        if (!known)
            return fail(QCoreApplication::translate("Household", "unknown field \"%1\"")
                            .arg(shown(it.key(), 40)));
    }
    Household household; // a field left out keeps the tutorial's figure
    for (const Field &field : fields) {
        const QJsonValue value = root.value(field.key);
        if (value.isUndefined())
            continue;
        if (!value.isDouble())
            return fail(
                QCoreApplication::translate("Household", "%1: not a number").arg(field.key));
        household.*field.member = value.toDouble();
    }
    if (const QJsonValue kids = root.value("kids"_L1); !kids.isUndefined()) {
        if (!kids.isArray())
            return fail(QCoreApplication::translate(
                "Household", "kids: not a list of the moments the kids call"));
        const QJsonArray calls = kids.toArray();
        if (calls.size() > Limits::maxCalls)
            return fail(QCoreApplication::translate("Household", "kids: %1 calls, more than %2")
                            .arg(calls.size())
                            .arg(Limits::maxCalls));
        household.kids.clear();
        for (qsizetype i = 0; i < calls.size(); ++i) {
            if (!calls.at(i).isDouble())
                return fail(QCoreApplication::translate("Household", "kids, call %1: not a number")
                                .arg(i + 1));
            household.kids.append(calls.at(i).toDouble());
        }
    }
    if (Status ok = validate(household); !ok)
        return fail(ok.error());
    return household;
}

Result<Household> loadHouseholdFile(const QString &path)
{
    const Result<QByteArray> bytes = readWholeFile(path, Limits::maxFileBytes);
    if (!bytes)
        return Error{bytes.error()};
    return parseHouseholdJson(*bytes, path);
}

QByteArray householdToJson(const Household &household)
{
    QJsonObject root{{"format"_L1, "tasklanes-household"_L1}, {"version"_L1, householdFileVersion}};
    for (const Field &field : fields)
        root.insert(field.key, household.*field.member);
    QJsonArray kids;
    for (double at : household.kids)
        kids.append(at);
    root.insert("kids"_L1, kids);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveHouseholdFile(const Household &household, const QString &path)
{
    if (Status ok = validate(household); !ok)
        return ok;
    return writeWholeFile(path, householdToJson(household));
}

QList<HouseholdPreset> householdPresets()
{
    QList<HouseholdPreset> presets;
    presets.append(
        {u"tutorial"_s, QCoreApplication::translate("Household", "The tutorial's day"),
         QCoreApplication::translate(
             "Household", "A checkbook of 20 units, a washer of 30 and a dryer of 40, 2 units of "
                          "handling per load, and three calls."),
         Household()});
    Household busy;
    busy.kids.clear();
    for (double at = 3; at < 90; at += 7)
        busy.kids.append(at);
    presets.append(
        {u"busy"_s, QCoreApplication::translate("Household", "Kids who call often"),
         QCoreApplication::translate(
             "Household", "A call every 7 units: the synchronous parent keeps them waiting through "
                          "every chore; polling catches them one look late."),
         busy});
    Household paperwork;
    paperwork.checkbook = 60;
    paperwork.kids = {10, 25, 40};
    presets.append(
        {u"paperwork"_s, QCoreApplication::translate("Household", "A long checkbook"),
         QCoreApplication::translate(
             "Household", "60 units of checkbook: work that never awaits keeps every kid waiting "
                          "until it is done."),
         paperwork});
    Household quiet;
    quiet.kids.clear();
    presets.append(
        {u"quiet"_s, QCoreApplication::translate("Household", "No calls"),
         QCoreApplication::translate(
             "Household", "Only the chores: what overlapping the machines with the checkbook "
                          "saves, and what the polling parent's looks cost with nothing to find."),
         quiet});
    return presets;
}

QString parentId(Parent parent)
{
    switch (parent) {
    case Parent::Sync:
        return u"parent-sync"_s;
    case Parent::Polling:
        return u"parent-polling"_s;
    case Parent::Threads:
        return u"parent-threads"_s;
    case Parent::Async:
        return u"parent-async"_s;
    }
    return {};
}

std::optional<Parent> parentFromId(QStringView id)
{
    for (Parent parent : allParents)
        if (id == parentId(parent))
            return parent;
    return std::nullopt;
}

QString parentTitle(Parent parent)
{
    switch (parent) {
    case Parent::Sync:
        return QCoreApplication::translate("Household", "Synchronous parent");
    case Parent::Polling:
        return QCoreApplication::translate("Household", "Polling parent");
    case Parent::Threads:
        return QCoreApplication::translate("Household", "Threading parent (clones)");
    case Parent::Async:
        return QCoreApplication::translate("Household", "Async parent");
    }
    return {};
}

} // namespace TaskLanes::Home
