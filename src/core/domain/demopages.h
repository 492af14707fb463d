#pragma once

#include <QString>
#include <QUrl>

#include <array>

namespace TaskLanes {

// What the embedded demo server serves and promises (demoserver/ serves it over HTTP; the
// ideal schedule reads the promises):
//   /page/<1..7>   the tutorial's seven pages, answering after pageUnits of a unit
//   /delay/<ms>    answers after ms milliseconds (0 to maxDelayMs)
//   /bytes/<n>     a body of n bytes (0 to maxBytes)
//   /status/<code> a page with that status (200 to 599; a 1xx is not an answer)
namespace DemoPages {
// The response times the tutorial measured for its pages, in units.
inline constexpr std::array<double, 7> pageUnits{0.3, 0.8, 0.4, 0.3, 0.5, 0.5, 0.4};
inline constexpr qint64 maxDelayMs = 600'000;
inline constexpr qint64 maxBytes = 64ll * 1024 * 1024;

// The path of page n (from 1).
QString pagePath(int n);
// What the server promises for a URL it serves, in milliseconds (unitMs for the pages);
// -1 when the URL is not one of its timed routes.
double promisedDelayMs(const QUrl &url, int unitMs);
} // namespace DemoPages

} // namespace TaskLanes
