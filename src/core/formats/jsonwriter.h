#pragma once

#include <QString>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace TaskLanes {

// Written by hand rather than through QJsonDocument: a run of 1,000,000 items would build
// millions of QJsonObjects only to serialise them once. Bytes go through one buffer to
// the sink (the file), so the file is never whole in memory.
class JsonWriter
{
public:
    using Sink = std::function<bool(const char *, qsizetype)>;

    explicit JsonWriter(Sink sink) : m_sink(std::move(sink)), m_buf(size_t(256) * 1024) {}

    bool ok() const { return m_ok; }
    bool flush()
    {
        if (m_pos > 0 && m_ok)
            m_ok = m_sink(m_buf.data(), qsizetype(m_pos));
        m_pos = 0;
        return m_ok;
    }

    void raw(std::string_view s)
    {
        while (!s.empty()) {
            const size_t n = std::min(s.size(), room());
            std::memcpy(m_buf.data() + m_pos, s.data(), n);
            m_pos += n;
            s.remove_prefix(n);
            if (!s.empty())
                flush();
        }
    }
    void rawChar(char c)
    {
        need(1);
        m_buf[m_pos++] = c;
    }
    // A JSON string from UTF-16. Runs of plain ASCII are copied as they are; anything
    // else is escaped or converted a run at a time.
    void string(QStringView s)
    {
        rawChar('"');
        const char16_t *p = s.utf16();
        const char16_t *const end = p + s.size();
        while (p < end) {
            const char16_t *plain = p;
            while (plain < end && isPlain(*plain))
                ++plain;
            while (p < plain) {
                need(1);
                const size_t n = std::min(size_t(plain - p), room());
                char *out = m_buf.data() + m_pos;
                for (size_t i = 0; i < n; ++i)
                    out[i] = char(p[i]);
                m_pos += n;
                p += n;
            }
            if (p == end)
                break;
            if (*p < 0x80) {
                escape(char(*p));
                ++p;
                continue;
            }
            const char16_t *wide = p; // surrogate pairs stay together: both are >= 0x80
            while (wide < end && *wide >= 0x80)
                ++wide;
            const QByteArray utf8 = QStringView(p, wide - p).toUtf8();
            raw(std::string_view(utf8.constData(), size_t(utf8.size())));
            p = wide;
        }
        rawChar('"');
    }
    // A JSON string from UTF-8 (a formatted line): every byte of a multi-byte sequence is
    // >= 0x80 and goes out as it is.
    void string(std::string_view s)
    {
        rawChar('"');
        while (!s.empty()) {
            size_t plain = 0;
            while (plain < s.size() &&
                   (static_cast<unsigned char>(s[plain]) >= 0x80 || isPlain(char16_t(s[plain]))))
                ++plain;
            raw(s.substr(0, plain));
            s.remove_prefix(plain);
            if (!s.empty()) {
                escape(s.front());
                s.remove_prefix(1);
            }
        }
        rawChar('"');
    }
    void number(qint64 n)
    {
        need(24);
        m_pos = size_t(std::to_chars(m_buf.data() + m_pos, m_buf.data() + m_buf.size(), n).ptr -
                       m_buf.data());
    }
    // Microseconds with nanosecond precision kept as three decimals, exactly.
    void micros(qint64 ns)
    {
        need(32);
        char *out = m_buf.data() + m_pos;
        quint64 magnitude = quint64(ns);
        if (ns < 0) {
            *out++ = '-';
            magnitude = 0 - magnitude;
        }
        out = std::to_chars(out, m_buf.data() + m_buf.size(), magnitude / 1000).ptr;
        const unsigned frac = unsigned(magnitude % 1000);
        *out++ = '.';
        *out++ = char('0' + frac / 100);
        *out++ = char('0' + frac / 10 % 10);
        *out++ = char('0' + frac % 10);
        m_pos = size_t(out - m_buf.data());
    }
    void number(double d)
    {
        need(400);
        m_pos = size_t(std::to_chars(m_buf.data() + m_pos, m_buf.data() + m_buf.size(), d,
                                     std::chars_format::fixed, 3)
                           .ptr -
                       m_buf.data());
    }
    // Opens a complete ("X") event on a lane's tid, up to the start of its args.
    void beginComplete(std::string_view quotedName, const char *category, int lane, qint64 start,
                       qint64 end)
    {
        raw(",\n{\"name\":");
        raw(quotedName);
        raw(",\"cat\":\"");
        raw(category);
        raw("\",\"ph\":\"X\",\"pid\":1,\"tid\":");
        number(qint64(lane + 1));
        raw(",\"ts\":");
        micros(start);
        raw(",\"dur\":");
        micros(end - start);
        raw(",\"args\":{");
    }

private:
    static bool isPlain(char16_t c) { return c >= 0x20 && c < 0x80 && c != '"' && c != '\\'; }
    size_t room() const { return m_buf.size() - m_pos; }
    void need(size_t n)
    {
        if (room() < n)
            flush();
    }
    void escape(char c)
    {
        need(6);
        char *out = m_buf.data() + m_pos;
        *out++ = '\\';
        if (c == '"' || c == '\\') {
            *out++ = c;
        } else {
            static const char hex[] = "0123456789abcdef";
            *out++ = 'u';
            *out++ = '0';
            *out++ = '0';
            *out++ = hex[(c >> 4) & 0xf];
            *out++ = hex[c & 0xf];
        }
        m_pos = size_t(out - m_buf.data());
    }

    Sink m_sink;
    std::vector<char> m_buf;
    size_t m_pos = 0;
    bool m_ok = true;
};

// What is written once per lane or kind rather than once per event.
inline std::string quoted(QStringView s)
{
    std::string out;
    JsonWriter w([&out](const char *p, qsizetype n) {
        out.append(p, size_t(n));
        return true;
    });
    w.string(s);
    w.flush();
    return out;
}

} // namespace TaskLanes
