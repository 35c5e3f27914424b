#pragma once

// Shared by the host tests: lab servers from the real Exchange 2019 fixture,
// actions, file helpers, and checks that an edit inserted text and changed
// nothing else.

#include <atomic>
#include <chrono>
#include <thread>

#include <fcntl.h>
#include <unistd.h>

#include <QDir>
#include <QDirIterator>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include "host/labserver.h"
#include "host/serverhost.h"

namespace hosttest {

// The message of a failed Result for QVERIFY2; never touches error() of a value.
template<typename T>
const char *why(const em::Result<T> &result)
{
    static QByteArray text;
    text = result ? QByteArray("ok") : result.error().message.toUtf8();
    return text.constData();
}

inline QString fixtureDir()
{
    return qEnvironmentVariable("EM_SOURCE_DIR") + QStringLiteral("/tests/fixtures/exchange2019-iis");
}

inline QByteArray readBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

inline bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

inline em::Action urlRewrite(const QString &id, em::ActionScope scope, const QString &target, const QString &rulesXml)
{
    em::Action a;
    a.id = id;
    a.mitigationId = em::mitigationIdOf(id);
    a.type = em::ActionType::UrlRewrite;
    a.scope = scope;
    a.target = target;
    a.rulesXml = rulesXml;
    a.description = QStringLiteral("test");
    return a;
}

// Inbound rule, outbound rule and its precondition, as IIS writes them.
inline QString fullRules(
    const QString &id, const QString &pattern = QStringLiteral("(?=.*autodiscover)(?=.*powershell)"))
{
    return QStringLiteral(R"(
        <rule name="EEMS %1 PowerShell - inbound" stopProcessing="true">
          <match url=".*" />
          <conditions logicalGrouping="MatchAll">
            <add input="{UrlDecode:{REQUEST_URI}}" pattern="%2" />
          </conditions>
          <action type="AbortRequest" />
        </rule>
        <outboundRules>
          <preConditions>
            <preCondition name="EEMS %1 html - precondition">
              <add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" />
            </preCondition>
          </preConditions>
          <rule name="EEMS %1 Server header - outbound" preCondition="EEMS %1 html - precondition">
            <match serverVariable="RESPONSE_Server" pattern=".+" />
            <action type="Rewrite" value="" />
          </rule>
        </outboundRules>)")
        .arg(id, pattern.toHtmlEscaped());
}

// Whether `before` is `after` with one contiguous span removed; the span in `inserted`.
inline bool isSingleInsertion(const QByteArray &before, const QByteArray &after, QByteArray *inserted)
{
    if (after.size() <= before.size())
        return false;
    qsizetype prefix = 0;
    while (prefix < before.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (
        suffix < before.size() - prefix && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    if (prefix + suffix != before.size())
        return false;
    *inserted = after.mid(prefix, after.size() - before.size());
    return true;
}

// Whether every line of `before` is still there, in order and unchanged, in
// `after` (insertions only); the lines that were added in `added`.
inline bool onlyLinesAdded(const QByteArray &before, const QByteArray &after, QList<QByteArray> *added)
{
    const QList<QByteArray> a = before.split('\n');
    const QList<QByteArray> b = after.split('\n');
    qsizetype i = 0;
    for (const QByteArray &line : b) {
        if (i < a.size() && line == a.at(i))
            ++i;
        else
            added->append(line);
    }
    return i == a.size();
}

// Elements named `tag` whose name attribute is `name`, anywhere in the document.
inline QList<QDomElement> elementsNamed(const QDomDocument &doc, const QString &tag, const QString &name)
{
    QList<QDomElement> result;
    const QDomNodeList nodes = doc.elementsByTagName(tag);
    for (int i = 0; i < nodes.size(); ++i) {
        const QDomElement e = nodes.at(i).toElement();
        if (e.attribute(QStringLiteral("name")) == name)
            result << e;
    }
    return result;
}

// "configuration/system.webServer/rewrite/rules" for an element.
inline QString elementPath(QDomElement e)
{
    QStringList parts;
    for (QDomNode n = e.parentNode(); n.isElement(); n = n.parentNode()) {
        const QDomElement p = n.toElement();
        QString part = p.tagName();
        if (p.tagName() == QLatin1String("location"))
            part += QStringLiteral("[%1]").arg(p.attribute(QStringLiteral("path")));
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

inline int countFiles(const QString &dir)
{
    int n = 0;
    const QFileInfoList entries
        = QDir(dir).entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &e : entries)
        n += e.isDir() ? countFiles(e.filePath()) : 1;
    return n;
}

// Opens a FIFO for writing after five seconds and closes it again, so that
// code that opened it for reading (and blocks there) gets going again: a
// test of its refusal then fails with a message instead of hanging the suite.
class FifoWatchdog
{
public:
    explicit FifoWatchdog(const QString &path)
        : m_thread([this, path = QFile::encodeName(path)] {
              for (int i = 0; i < 50 && !m_done; ++i)
                  std::this_thread::sleep_for(std::chrono::milliseconds(100));
              if (m_done)
                  return;
              const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
              if (fd >= 0)
                  ::close(fd);
          })
    { }
    ~FifoWatchdog()
    {
        m_done = true;
        m_thread.join();
    }
    FifoWatchdog(const FifoWatchdog &) = delete;
    FifoWatchdog &operator=(const FifoWatchdog &) = delete;

private:
    std::atomic<bool> m_done {false};
    std::thread m_thread;
};

// Sets a flag after a while, as a cancel button or SIGTERM would.
class DelayedCancel
{
public:
    explicit DelayedCancel(std::atomic<bool> &flag, int ms = 300)
        : m_thread([&flag, ms] {
              std::this_thread::sleep_for(std::chrono::milliseconds(ms));
              flag = true;
          })
    { }
    ~DelayedCancel() { m_thread.join(); }
    DelayedCancel(const DelayedCancel &) = delete;
    DelayedCancel &operator=(const DelayedCancel &) = delete;

private:
    std::thread m_thread;
};

// Whether a process is gone (or a zombie nobody has reaped yet).
inline bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.mid(close + 2, 1) == "Z";
}

// Every file under a root with its bytes (a link: its target), without going
// through links to folders: "nothing changed" means equal snapshots.
inline QMap<QString, QByteArray> snapshot(const QString &root)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        QByteArray content;
        if (info.isSymLink())
            content = "-> " + QFile::encodeName(info.symLinkTarget());
        else if (!info.isFile())
            content = "(special)";
        else if (info.size() > 32 * 1024 * 1024) // a huge test file: its size and time stand for it
            content
                = QByteArray::number(info.size()) + ' ' + info.lastModified().toString(Qt::ISODateWithMs).toLatin1();
        else
            content = readBytes(path);
        files.insert(QDir(root).relativeFilePath(path), content);
    }
    return files;
}

inline QString snapshotDifference(const QMap<QString, QByteArray> &a, const QMap<QString, QByteArray> &b)
{
    QStringList diffs;
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            diffs << QStringLiteral("removed ") + it.key();
        else if (b.value(it.key()) != it.value())
            diffs << QStringLiteral("changed ") + it.key();
    }
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            diffs << QStringLiteral("added ") + it.key();
    }
    return diffs.join(QStringLiteral(", "));
}

} // namespace hosttest
