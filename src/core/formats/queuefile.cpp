#include "queuefile.h"

#include "fileio.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QLocale>

#include <charconv>
#include <climits>
#include <cmath>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace TaskLanes {

Result<WorkQueue> loadQueueFile(const QString &path)
{
    // A queue of a million items is about 40 MB; anything far larger is not ours.
    const Result<QByteArray> bytes = readWholeFile(path, 256ll * 1024 * 1024);
    if (!bytes)
        return Error{bytes.error()};
    return parseQueueJson(*bytes, path);
}

namespace {

// A JSON value as the queue file needs it: what type it was and, for the types the file
// uses, its value. Objects and arrays other than the ones we read are checked and skipped.
struct Scalar
{
    enum Type : quint8
    {
        Missing,
        Null,
        Bool,
        Number,
        String,
        Object,
        Array
    } type = Missing;
    double number = 0;
    bool boolean = false;
    QString text;

    bool isDouble() const { return type == Number; }
    // What QJsonValue::toVariant().toString() would say of it, to name a bad kind.
    QString shownText() const
    {
        switch (type) {
        case String:
            return text;
        case Number:
            return QString::number(number, 'g', QLocale::FloatingPointShortest);
        case Bool:
            return boolean ? u"true"_s : u"false"_s;
        default:
            return {};
        }
    }
};

// The first bad item, kept as what to say rather than said at once: most files have none,
// and a million items should not each format a message.
struct ItemProblem
{
    qsizetype index = -1;
    QString why;
};

// A JSON reader that accepts what Qt's QJsonDocument accepts (RFC 8259, and beyond it a
// UTF-8 BOM and raw control characters in strings, so that no file read before is refused
// now; nesting to 1024) that builds the queue as it goes, instead of a document of a million
// objects first: at 1,000,000 items QJsonDocument took 746 ms and 200 MB beside the
// items. Errors are Qt's (QJsonParseError), so their words and translations are Qt's too.
class QueueReader
{
public:
    explicit QueueReader(QByteArrayView json)
        : m_p(json.data()), m_begin(json.data()), m_end(json.data() + json.size())
    {}

    QJsonParseError::ParseError error = QJsonParseError::NoError;
    qsizetype errorOffset = 0;

    bool rootIsObject = false;
    Scalar format, version, tasks;
    bool itemsIsArray = false;
    QList<WorkItem> items;
    qsizetype itemCount = 0;
    ItemProblem problem;

    bool read()
    {
        // Room for as many items as the file could hold (a valid item takes at least 24
        // bytes), so that the list never grows by copying; pages never written to cost
        // no memory.
        items.reserve(std::min<qsizetype>(Limits::maxItems, (m_end - m_begin) / 24 + 1));
        if (m_end - m_p >= 3 && std::memcmp(m_p, "\xEF\xBB\xBF", 3) == 0)
            m_p += 3;
        skipSpace();
        if (m_p < m_end && *m_p == '{') {
            rootIsObject = true;
            if (!readRoot())
                return false;
        } else {
            Scalar ignored;
            if (!value(ignored, 0))
                return false;
        }
        skipSpace();
        if (m_p != m_end)
            return fail(QJsonParseError::GarbageAtEnd);
        return true;
    }

private:
    static constexpr int maxDepth = 1024;

    bool fail(QJsonParseError::ParseError e)
    {
        if (error == QJsonParseError::NoError) {
            error = e;
            errorOffset = m_p - m_begin;
        }
        return false;
    }
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\n' || *m_p == '\r'))
            ++m_p;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }

    // The members of an object, one at a time: onMember reads the value after the key.
    template <typename OnMember> bool members(int depth, OnMember onMember)
    {
        ++m_p; // '{'
        if (depth >= maxDepth)
            return fail(QJsonParseError::DeepNesting);
        if (eat('}'))
            return true;
        QString key;
        for (;;) {
            skipSpace();
            if (m_p >= m_end)
                return fail(QJsonParseError::UnterminatedObject);
            if (*m_p != '"')
                return fail(QJsonParseError::IllegalValue);
            if (!string(key, true))
                return false;
            if (!eat(':'))
                return fail(QJsonParseError::MissingNameSeparator);
            if (!onMember(key))
                return false;
            if (eat(','))
                continue;
            if (eat('}'))
                return true;
            return fail(m_p >= m_end ? QJsonParseError::UnterminatedObject
                                     : QJsonParseError::MissingValueSeparator);
        }
    }
    template <typename OnElement> bool elements(int depth, OnElement onElement)
    {
        ++m_p; // '['
        if (depth >= maxDepth)
            return fail(QJsonParseError::DeepNesting);
        if (eat(']'))
            return true;
        for (;;) {
            if (!onElement())
                return false;
            if (eat(','))
                continue;
            if (eat(']'))
                return true;
            return fail(m_p >= m_end ? QJsonParseError::UnterminatedArray
                                     : QJsonParseError::MissingValueSeparator);
        }
    }

    bool readRoot()
    {
        return members(0, [this](const QString &key) {
            skipSpace();
            if (key == "items"_L1 && m_p < m_end && *m_p == '[') {
                // A later "items" replaces an earlier one, as in QJsonObject.
                itemsIsArray = true;
                forgetItems();
                return elements(1, [this] { return item(); });
            }
            Scalar v;
            if (!value(v, 1))
                return false;
            if (key == "format"_L1)
                format = v;
            else if (key == "version"_L1)
                version = v;
            else if (key == "tasks"_L1)
                tasks = v;
            else if (key == "items"_L1) {
                itemsIsArray = false;
                forgetItems();
            }
            return true;
        });
    }

    void forgetItems()
    {
        items.resize(0); // keeps the room reserved
        itemCount = 0;
        problem = {};
    }

    bool item()
    {
        const qsizetype index = itemCount++;
        skipSpace();
        if (m_p >= m_end || *m_p != '{') {
            Scalar ignored;
            if (!value(ignored, 2))
                return false;
            noteProblem(index, QCoreApplication::translate(
                                   "WorkQueue", "not an object with \"kind\" and \"value\""));
            return true;
        }
        Scalar kind, value;
        const bool ok = members(2, [&](const QString &key) {
            Scalar v;
            if (!this->value(v, 3))
                return false;
            if (key == "kind"_L1)
                kind = std::move(v);
            else if (key == "value"_L1)
                value = std::move(v);
            return true;
        });
        if (!ok)
            return false;
        if (problem.index < 0 && index < Limits::maxItems)
            makeItem(index, kind, value);
        return true;
    }

    void noteProblem(qsizetype index, const QString &why)
    {
        if (problem.index < 0)
            problem = {index, why};
    }

    void makeItem(qsizetype index, const Scalar &kindValue, const Scalar &value)
    {
        const auto kind =
            kindFromName(kindValue.type == Scalar::String ? kindValue.text : QString());
        if (!kind)
            return noteProblem(
                index,
                QCoreApplication::translate(
                    "WorkQueue", "unknown kind \"%1\" (expected count, sleep, fetch or compute)")
                    .arg(shown(kindValue.shownText())));
        WorkItem item{*kind, 0, {}};
        if (*kind == WorkKind::Fetch) {
            if (value.type != Scalar::String)
                return noteProblem(index,
                                   QCoreApplication::translate(
                                       "WorkQueue", "a fetch item's value must be a URL string"));
            item.url = value.text;
        } else {
            const double v = value.number;
            if (!value.isDouble() || v != std::floor(v))
                return noteProblem(
                    index, QCoreApplication::translate("WorkQueue",
                                                       "a %1 item's value must be a whole number")
                               .arg(kindName(*kind)));
            if (v < 0 || v > double(Limits::maxUnits))
                return noteProblem(index,
                                   QCoreApplication::translate("WorkQueue", "%1 is outside 0 to %2")
                                       .arg(v, 0, 'f', 0)
                                       .arg(Limits::maxUnits));
            item.units = qint64(v);
        }
        if (const Status valid = validateItem(item); !valid)
            return noteProblem(index, valid.error());
        items.append(std::move(item));
    }

    bool value(Scalar &out, int depth)
    {
        skipSpace();
        if (m_p >= m_end)
            return fail(QJsonParseError::IllegalValue);
        switch (*m_p) {
        case '{':
            out.type = Scalar::Object;
            return members(depth, [this, depth](const QString &) {
                Scalar ignored;
                return value(ignored, depth + 1);
            });
        case '[':
            out.type = Scalar::Array;
            return elements(depth, [this, depth] {
                Scalar ignored;
                return value(ignored, depth + 1);
            });
        case '"':
            out.type = Scalar::String;
            return string(out.text);
        case 't':
            out.type = Scalar::Bool;
            out.boolean = true;
            return literal("true");
        case 'f':
            out.type = Scalar::Bool;
            return literal("false");
        case 'n':
            out.type = Scalar::Null;
            return literal("null");
        default:
            out.type = Scalar::Number;
            return number(out.number);
        }
    }

    bool literal(std::string_view word)
    {
        if (size_t(m_end - m_p) < word.size() || std::memcmp(m_p, word.data(), word.size()) != 0)
            return fail(QJsonParseError::IllegalValue);
        m_p += word.size();
        return true;
    }

    // Numbers as Qt reads them: RFC 8259's, and also "1." and ".5" (a digit before or
    // after the point is enough); out of the double's range (1e400, 1e-400) is an error.
    bool number(double &out)
    {
        const char *start = m_p;
        bool mantissa = false;
        auto digits = [this] {
            const char *from = m_p;
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9')
                ++m_p;
            return m_p > from;
        };
        if (m_p < m_end && *m_p == '-')
            ++m_p;
        if (m_p < m_end && *m_p == '0') {
            ++m_p;
            mantissa = true;
        } else {
            mantissa = digits();
        }
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            mantissa = digits() || mantissa;
        }
        bool exponent = true;
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            exponent = digits();
        }
        if (!mantissa || !exponent)
            return fail(m_p == start ? QJsonParseError::IllegalValue
                                     : QJsonParseError::IllegalNumber);
        const char *from = *start == '-' ? start + 1 : start;
        const auto [end, ec] = std::from_chars(from, m_p, out);
        if (end != m_p || ec != std::errc() || !std::isfinite(out)) {
            m_p = start;
            return fail(QJsonParseError::IllegalNumber);
        }
        if (*start == '-')
            out = -out;
        return true;
    }

    bool string(QString &out, bool isKey = false)
    {
        ++m_p; // '"'
        out.clear();
        const char *run = m_p;
        bool escaped = false;
        // Plain ASCII runs are the common case and are converted in one go.
        auto flushRun = [&] {
            if (m_p > run)
                out.append(QLatin1StringView(run, m_p - run));
        };
        while (m_p < m_end) {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                flushRun();
                ++m_p;
                // Qt drops a byte order mark that begins a string value without escapes
                // (it reads such a value with QString::fromUtf8, not a key); so does this.
                if (!isKey && !escaped && out.startsWith(QChar(0xFEFF)))
                    out.remove(0, 1);
                return true;
            }
            if (c == '\\') {
                escaped = true;
                flushRun();
                if (!escape(out))
                    return false;
                run = m_p;
                continue;
            }
            if (c >= 0x80) {
                flushRun();
                if (!utf8(out))
                    return false;
                run = m_p;
                continue;
            }
            ++m_p;
        }
        return fail(QJsonParseError::UnterminatedString);
    }

    bool escape(QString &out)
    {
        ++m_p; // '\\'
        if (m_p >= m_end)
            return fail(QJsonParseError::UnterminatedString);
        const char c = *m_p++;
        if (c != 'u') {
            out.append(QChar(unescaped(c)));
            return true;
        }
        if (m_end - m_p < 4)
            return fail(QJsonParseError::IllegalEscapeSequence);
        char16_t unit = 0;
        for (int i = 0; i < 4; ++i) {
            const char h = *m_p++;
            unit = char16_t(unit << 4);
            if (h >= '0' && h <= '9')
                unit = char16_t(unit | (h - '0'));
            else if (h >= 'a' && h <= 'f')
                unit = char16_t(unit | (h - 'a' + 10));
            else if (h >= 'A' && h <= 'F')
                unit = char16_t(unit | (h - 'A' + 10));
            else
                return fail(QJsonParseError::IllegalEscapeSequence);
        }
        out.append(QChar(unit));
        return true;
    }
    // What \c stands for; any character JSON has no escape for stands for itself, as Qt
    // has it (\" \\ and \/ among them).
    static char16_t unescaped(char c)
    {
        switch (c) {
        case 'b':
            return u'\b';
        case 'f':
            return u'\f';
        case 'n':
            return u'\n';
        case 'r':
            return u'\r';
        case 't':
            return u'\t';
        default:
            return char16_t(static_cast<unsigned char>(c));
        }
    }

    // One UTF-8 sequence, checked as QString::fromUtf8 would not: overlong forms,
    // surrogates and code points past U+10FFFF are errors.
    bool utf8(QString &out)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(m_p);
        const auto *end = reinterpret_cast<const unsigned char *>(m_end);
        int length = 0;
        char32_t cp = 0;
        if (p[0] >= 0xC2 && p[0] <= 0xDF) {
            length = 2;
            cp = p[0] & 0x1F;
        } else if (p[0] >= 0xE0 && p[0] <= 0xEF) {
            length = 3;
            cp = p[0] & 0x0F;
        } else if (p[0] >= 0xF0 && p[0] <= 0xF4) {
            length = 4;
            cp = p[0] & 0x07;
        } else {
            return fail(QJsonParseError::IllegalUTF8String);
        }
        if (end - p < length)
            return fail(QJsonParseError::IllegalUTF8String);
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return fail(QJsonParseError::IllegalUTF8String);
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return fail(QJsonParseError::IllegalUTF8String);
        if (cp >= 0x10000) {
            out.append(QChar(QChar::highSurrogate(cp)));
            out.append(QChar(QChar::lowSurrogate(cp)));
        } else {
            out.append(QChar(char16_t(cp)));
        }
        m_p += length;
        return true;
    }

    const char *m_p;
    const char *const m_begin;
    const char *const m_end;
};

} // namespace

Result<WorkQueue> parseQueueJson(const QByteArray &json, const QString &sourceName)
{
    auto fail = [&](const QString &why) {
        return Result<WorkQueue>(Error{sourceName + u": "_s + why});
    };
    QueueReader reader(json);
    if (!reader.read()) {
        QJsonParseError parseError;
        parseError.error = reader.error;
        parseError.offset = int(std::min<qsizetype>(reader.errorOffset, INT_MAX));
        return fail(FileError::notJson(parseError));
    }
    if (!reader.rootIsObject)
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (the top level is not an object)"));
    if (reader.format.type != Scalar::String || reader.format.text != "tasklanes-queue"_L1)
        return fail(QCoreApplication::translate(
            "WorkQueue", "not a TaskLanes queue file (\"format\" is not \"tasklanes-queue\")"));
    const Scalar &version = reader.version;
    if (!version.isDouble() || version.number != std::floor(version.number) || version.number < 1)
        return fail(FileError::badVersion());
    if (version.number > queueFileVersion)
        return fail(FileError::newerVersion(version.number, queueFileVersion));

    WorkQueue queue;
    if (reader.tasks.type != Scalar::Missing) {
        const double t = reader.tasks.isDouble() ? reader.tasks.number : -1;
        if (t != std::floor(t) || t < 1 || t > Limits::maxTasks)
            return fail(QCoreApplication::translate("WorkQueue",
                                                    "\"tasks\" must be a whole number from 1 to %1")
                            .arg(Limits::maxTasks));
        queue.tasks = int(t);
    }
    if (!reader.itemsIsArray)
        return fail(QCoreApplication::translate("WorkQueue", "\"items\" is missing or not a list"));
    if (reader.itemCount == 0)
        return fail(QCoreApplication::translate("WorkQueue", "the queue is empty"));
    if (reader.itemCount > Limits::maxItems)
        return fail(
            QCoreApplication::translate("WorkQueue", "%1 items, more than the maximum of %2")
                .arg(reader.itemCount)
                .arg(Limits::maxItems));
    if (reader.problem.index >= 0)
        return fail(
            QCoreApplication::translate("WorkQueue", "item %1: ").arg(reader.problem.index + 1) +
            reader.problem.why);
    queue.items = std::move(reader.items);
    return queue;
}

QByteArray queueToJson(const WorkQueue &queue)
{
    QJsonArray items;
    for (const WorkItem &item : queue.items) {
        QJsonObject obj{{"kind"_L1, kindName(item.kind)}};
        obj.insert("value"_L1,
                   item.isNumeric() ? QJsonValue(double(item.units)) : QJsonValue(item.url));
        items.append(obj);
    }
    const QJsonObject root{{"format"_L1, "tasklanes-queue"_L1},
                           {"version"_L1, queueFileVersion},
                           {"tasks"_L1, queue.tasks},
                           {"items"_L1, items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status saveQueueFile(const WorkQueue &queue, const QString &path)
{
    return writeWholeFile(path, queueToJson(queue));
}

} // namespace TaskLanes
