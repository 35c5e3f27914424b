#pragma once

// Shared by the host tests: lab servers from the real Exchange 2019 fixture,
// actions, file helpers, and checks that an edit inserted text and changed
// nothing else.

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
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

} // namespace hosttest
