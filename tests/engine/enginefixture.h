#pragma once

// Shared set-up of the engine tests: a real directory file, lab servers laid
// out from the real Exchange 2019 IIS files, and a catalog with one action of
// every type. The catalog goes in through OrgDirectory::acceptFeed: the feed
// verifier has its own tests; here the engine is under test.

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "directory/orgdirectory.h"
#include "host/labserver.h"
#include "model/clock.h"

namespace em::test {

// The feed the service tests sign: the heartbeat, a Site rule, a VDir outbound
// rule and an app pool.
inline const QByteArray serviceFeedXml = R"xml(<EOCS version="1.0.4" issued="2026-11-24T10:00:00Z">
  <Config id="PING1" desc="EEMS Heartbeat probe. Does not modify any exchange settings.">
    <ActionList>
      <Action type="DoNothing" scope="Server" desc="Ping mitigation action."><Value>DoNothing</Value></Action>
    </ActionList>
  </Config>
  <Config id="M1" desc="Mitigation of CVE-2022-41040 via URL Rewrite configuration">
    <ActionList>
      <Action id="M1.1" type="UrlRewrite" scope="Site" target="Default Web Site" desc="Block autodiscover PowerShell requests">
        <rules>
          <rule name="EEMS M1.1 PowerShell - inbound" stopProcessing="true">
            <match url=".*" />
            <conditions><add input="{UrlDecode:{REQUEST_URI}}" pattern="(?=.*autodiscover)(?=.*powershell)" /></conditions>
            <action type="AbortRequest" />
          </rule>
        </rules>
      </Action>
    </ActionList>
  </Config>
  <Config id="M2" desc="OWA outbound header">
    <ActionList>
      <Action id="M2.1" type="UrlRewrite" scope="VDir" target="Default Web Site/owa" desc="Clear X-Powered-By">
        <rules>
          <outboundRules>
            <preConditions><preCondition name="EEMS M2.1 OWA header - precondition"><add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" /></preCondition></preConditions>
            <rule name="EEMS M2.1 OWA header - outbound" preCondition="EEMS M2.1 OWA header - precondition">
              <match serverVariable="RESPONSE_X_Powered_By" pattern=".*" />
              <action type="Rewrite" value="" />
            </rule>
          </outboundRules>
        </rules>
      </Action>
    </ActionList>
  </Config>
  <Config id="M3" desc="Disable the OWA calendar app pool">
    <ActionList>
      <Action id="M3.1" type="DisableAppPool" scope="Server" target="MSExchangeOWACalendarAppPool" desc="Disable the pool"/>
    </ActionList>
  </Config>
</EOCS>
)xml";

inline const Actor admin {QStringLiteral("alice"), QStringLiteral("admin-ws")};

inline Action makeAction(
    const QString &id, ActionType type, ActionScope scope, const QString &target, const QString &rules = {})
{
    Action a;
    a.id = id;
    a.mitigationId = mitigationIdOf(id);
    a.type = type;
    a.scope = scope;
    a.target = target;
    a.description = QStringLiteral("Test action %1").arg(id);
    a.rulesXml = rules;
    return a;
}

inline Mitigation makeMitigation(const QString &id, QList<Action> actions, QList<ProductRange> ranges = {})
{
    Mitigation m;
    m.id = id;
    m.description = QStringLiteral("Test mitigation %1").arg(id);
    m.rollback = QStringLiteral("Roll back %1 by hand.").arg(id);
    m.applicability = ranges;
    m.actions = actions;
    return m;
}

inline const QString m1Rules = QStringLiteral("<rule name=\"EEMS M1.1 PowerShell - inbound\" stopProcessing=\"true\">"
                                              "<match url=\".*\" />"
                                              "<conditions><add input=\"{UrlDecode:{REQUEST_URI}}\" "
                                              "pattern=\"(?=.*autodiscover)(?=.*powershell)\" /></conditions>"
                                              "<action type=\"AbortRequest\" />"
                                              "</rule>");

inline const QString m2Rules = QStringLiteral(
    "<outboundRules>"
    "<preConditions><preCondition name=\"EEMS M2.1 OWA header - precondition\">"
    "<add input=\"{RESPONSE_CONTENT_TYPE}\" pattern=\"^text/html\" /></preCondition></preConditions>"
    "<rule name=\"EEMS M2.1 OWA header - outbound\" preCondition=\"EEMS M2.1 OWA header - precondition\">"
    "<match serverVariable=\"RESPONSE_X_Powered_By\" pattern=\".*\" />"
    "<action type=\"Rewrite\" value=\"\" />"
    "</rule>"
    "</outboundRules>");

inline const QString m5Rules = QStringLiteral("<rule name=\"EEMS M5.1 Server - inbound\" stopProcessing=\"true\">"
                                              "<match url=\"^ecp/DDI/DDIService\\.svc.*\" />"
                                              "<action type=\"AbortRequest\" />"
                                              "</rule>");

// PING1, M1 (Site rewrite, 2019 up to CU12 Oct22SU and 2016 up to CU23),
// M2 (VDir outbound rewrite), M3 (app pool), M4 (service), M5 (Server rewrite).
inline Catalog testCatalog()
{
    Catalog c;
    c.version = QStringLiteral("1.0.4");
    c.mitigations = {
        makeMitigation(QStringLiteral("PING1"),
            {makeAction(QStringLiteral("PING1"), ActionType::DoNothing, ActionScope::Server, {})}),
        makeMitigation(QStringLiteral("M1"),
            {makeAction(QStringLiteral("M1.1"), ActionType::UrlRewrite, ActionScope::Site,
                QStringLiteral("Default Web Site"), m1Rules)},
            {{Product::Exchange2019, Build(15, 2, 0, 0), Build(15, 2, 1118, 15)},
                {Product::Exchange2016, Build(15, 1, 0, 0), Build(15, 1, 2507, 13)}}),
        makeMitigation(QStringLiteral("M2"),
            {makeAction(QStringLiteral("M2.1"), ActionType::UrlRewrite, ActionScope::VDir,
                QStringLiteral("Default Web Site/owa"), m2Rules)}),
        makeMitigation(QStringLiteral("M3"),
            {makeAction(QStringLiteral("M3.1"), ActionType::DisableAppPool, ActionScope::Server,
                QStringLiteral("MSExchangeOWACalendarAppPool"))}),
        makeMitigation(QStringLiteral("M4"),
            {makeAction(QStringLiteral("M4.1"), ActionType::DisableService, ActionScope::Server,
                QStringLiteral("MSExchangeIMAP4"))}),
        makeMitigation(QStringLiteral("M5"),
            {makeAction(QStringLiteral("M5.1"), ActionType::UrlRewrite, ActionScope::Server, QString(), m5Rules)}),
    };
    return c;
}

inline Result<void> acceptCatalog(OrgDirectory &dir, const Catalog &catalog, const QDateTime &signedAt)
{
    FeedState feed;
    feed.raw = "<EOCS version=\"1.0.4\"/>";
    feed.canonical = feed.raw;
    feed.sha256 = QString::fromLatin1(QCryptographicHash::hash(feed.raw, QCryptographicHash::Sha256).toHex());
    feed.signer = QStringLiteral("CN=Engine Test Signer");
    feed.signingTime = signedAt;
    feed.source = QStringLiteral("engine test fixture");
    feed.profile = QStringLiteral("test");
    return dir.acceptFeed(feed, catalog);
}

// Every file of a server root except EM Console's own state and backups:
// path relative to the root -> SHA-256.
inline QMap<QString, QByteArray> configHashes(const QString &root)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(root.size() + 1);
        if (relative.startsWith(QLatin1String("EmConsole/")))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            hashes.insert(relative, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Whether the XML parses, and how many elements have name="<name>".
inline int countNamed(const QByteArray &xml, const QString &name, bool *wellFormed = nullptr)
{
    QXmlStreamReader reader(xml);
    int n = 0;
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement
            && reader.attributes().value(QLatin1String("name")) == name)
            ++n;
    }
    if (wellFormed)
        *wellFormed = !reader.hasError();
    return n;
}

// Paths of the files the test catalog touches, relative to a lab root.
inline const QString appHostConfig = QStringLiteral("Windows/System32/inetsrv/config/applicationHost.config");
inline const QString siteWebConfig = QStringLiteral("inetpub/wwwroot/web.config");
inline const QString owaWebConfig
    = QStringLiteral("Program Files/Microsoft/Exchange Server/V15/FrontEnd/HttpProxy/owa/web.config");

} // namespace em::test
