#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace TaskLanes {

// The one way the core says what went wrong: a function that can fail returns a Result,
// which holds either its value or a one-line message for the user. Messages are written
// with QCoreApplication::translate, so the app shows them in its language; the command
// line installs no translator, so there they read as written (English).
struct Error
{
    QString message;
};

template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // Empty when ok().
    const QString &error() const { return m_error; }

private:
    std::optional<T> m_value;
    QString m_error;
};

// For what succeeds with nothing to return: a default-constructed Result<void> is ok.
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error.message)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

private:
    QString m_error;
    bool m_failed = false;
};

using Status = Result<void>;

// A value as a message names it (a URL, a path, a word someone typed, a worker's line):
// control characters written as escapes (\n, \t, \x1b), so that the message stays one
// line and a terminal shows the value rather than obeying it; cut after max characters.
QString shown(QStringView value, qsizetype max = 200);

} // namespace TaskLanes
