#include "demoorg.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include "engine/cycle.h"
#include "engine/feedupdate.h"
#include "feed/demopki.h"
#include "feed/feedsign.h"
#include "feed/trustconfig.h"
#include "host/labserver.h"
#include "model/clock.h"
#include "model/recordtext.h"
#include "model/text.h"

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(DemoOrganization)
};

const QString demoProfile = QStringLiteral("demo");
constexpr int crlValidityDays = 365;

DemoServer demoServer(const char *name, const char *build, const QString &purpose)
{
    DemoServer d;
    d.server.name = QString::fromLatin1(name);
    d.server.build = Build::parse(QString::fromLatin1(build)).value();
    d.purpose = purpose;
    return d;
}

// SQLite's companion files of a database file.
QStringList databaseFiles(const QString &path)
{
    return {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm"), path + QStringLiteral("-journal")};
}

void removeDatabase(const QString &path)
{
    for (const QString &file : databaseFiles(path))
        QFile::remove(file);
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(ErrorCode::Io, Text::tr("cannot create the folder '%1'").arg(QFileInfo(path).absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(ErrorCode::Io, Text::tr("cannot write '%1': %2").arg(path, file.errorString()));
    return {};
}

// The same document changed after signing: the description of M3, inside the
// signed content, so the digest check refuses it.
QByteArray tampered(const QByteArray &signedDocument)
{
    QByteArray copy = signedDocument;
    copy.replace("Turn off IMAP4 until the fix is installed", "Turn off IMAP4 for good");
    return copy;
}

// Everything the demo writes into its directory, in order. Text recorded in
// the directory stays English whatever the console's language.
Result<void> populate(OrgDirectory &directory, const QString &root, const Actor &actor, QByteArray *signedDocument)
{
    const RecordTextScope recordText;
    const QString context = Text::tr("demo organization '%1'").arg(root);

    // Lab roots: each Mailbox server's system drive, from the real IIS files.
    const QString labs = QDir(root).filePath(QStringLiteral("lab"));
    if (QFileInfo::exists(labs) && !QDir(labs).removeRecursively())
        return fail(ErrorCode::Io, Text::tr("%1: cannot remove the previous lab servers in '%2'").arg(context, labs));
    QList<DemoServer> demo = DemoOrganization::servers();
    for (DemoServer &d : demo) {
        if (!d.lab)
            continue;
        auto lab = createLabServer(QDir(labs).filePath(d.server.name), LabServerOptions {{}, d.server.name});
        if (!lab)
            return fail(lab.error().wrapped(context));
        d.server.host = lab->locator;
        if (d.unwritableConfig) {
            // No write bit: the host treats it as read-only, like the Windows attribute.
            const QString site = QDir(lab->root).filePath(QStringLiteral("inetpub/wwwroot/web.config"));
            if (!QFile::setPermissions(site, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther))
                return fail(ErrorCode::Io, Text::tr("%1: cannot make '%2' read-only").arg(context, site));
        }
    }

    // The demo CA: generated on first run, kept under ROOT/pki.
    auto pki = loadOrCreateDemoPki(QDir(root).filePath(QStringLiteral("pki")));
    if (!pki)
        return fail(pki.error().wrapped(context));
    auto crl = demoRootCrl(*pki, crlValidityDays);
    if (!crl)
        return fail(crl.error().wrapped(context));
    TrustProfileInput input;
    input.name = demoProfile;
    input.anchorsPem = pki->rootCertificatePem;
    input.signerSubject = pki->signerSubject;
    input.requiredEkus = DemoPki::signerEkus();
    input.crlsPem = *crl;
    auto profile = makeTrustProfile(input);
    if (!profile)
        return fail(profile.error().wrapped(context));
    if (auto added = directory.addTrustProfile(*profile, actor); !added)
        return fail(added.error().wrapped(context));
    auto org = directory.updateOrg(
        [](OrgConfig &o) -> Result<void> {
            o.trustProfile = demoProfile;
            return {};
        },
        actor);
    if (!org)
        return fail(org.error().wrapped(context));

    // Servers; the one "updated later" starts at its previous build.
    for (const DemoServer &d : std::as_const(demo)) {
        Server s = d.server;
        if (d.previousBuild)
            s.build = *d.previousBuild;
        if (auto added = directory.addServer(s, actor); !added)
            return fail(added.error().wrapped(context));
    }

    // The signed demo feed, accepted through the real verifier.
    SigningInput signing;
    signing.keyPem = pki->signerKeyPem;
    signing.certificatePem = pki->signerCertificatePem;
    signing.chainPem = pki->rootCertificatePem;
    auto signedFeed = signFeed(DemoOrganization::feedDocument(Clock::now()), signing);
    if (!signedFeed)
        return fail(signedFeed.error().wrapped(context));
    *signedDocument = signedFeed->document; // written to ROOT/feed once the directory is in place
    auto accepted = acceptFeedDocument(directory, signedFeed->document, DemoOrganization::feedPath(root), actor);
    if (!accepted)
        return fail(accepted.error().wrapped(context));

    // An earlier cycle on the servers that were updated since, then the update.
    for (const DemoServer &d : std::as_const(demo)) {
        if (!d.previousBuild)
            continue;
        CycleOptions earlier;
        earlier.identity = d.server.name;
        if (auto ran = runCycle(directory, earlier); !ran)
            return fail(ran.error().wrapped(context));
        auto updated = directory.updateServer(
            d.server.name, QStringLiteral("set-server"),
            [&d](Server &s) -> Result<void> {
                s.build = d.server.build;
                return {};
            },
            actor);
        if (!updated)
            return fail(updated.error().wrapped(context));
    }

    // The cycle that records every status.
    if (auto ran = runCycle(directory, CycleOptions {}); !ran)
        return fail(ran.error().wrapped(context));
    return {};
}
} // namespace

QList<DemoServer> DemoOrganization::servers()
{
    QList<DemoServer> list;
    list << demoServer("EX16-MBX01", "15.1.2507.6", Text::tr("Exchange Server 2016 CU23: every mitigation applied"));

    DemoServer readOnly = demoServer("EX19-MBX01", "15.2.1118.7",
        Text::tr("Exchange Server 2019 CU12; its site web.config is read-only, so the URL Rewrite action fails"));
    readOnly.unwritableConfig = true;
    list << readOnly;

    DemoServer updated = demoServer("EX19-MBX02", "15.2.1258.12",
        Text::tr("Exchange Server 2019 CU13, updated from CU12 after M1 was applied: M1.1 is obsolete and waits to be "
                 "rolled back"));
    updated.previousBuild = Build::parse(QStringLiteral("15.2.1118.7")).value();
    list << updated;

    list << demoServer(
        "EX19-MBX03", "15.2.1544.4", Text::tr("Exchange Server 2019 CU14: M1 does not apply to this build"));
    list << demoServer("EXSE-MBX01", "15.2.2562.17", Text::tr("Exchange Server SE RTM: M1 does not apply"));

    DemoServer edge = demoServer("EX19-EDGE01", "15.2.1544.4", Text::tr("Edge Transport: listed, never touched"));
    edge.server.role = ServerRole::EdgeTransport;
    edge.lab = false;
    list << edge;

    DemoServer off = demoServer("EX19-MBX04", "15.2.1544.4", Text::tr("mitigations turned off on the server"));
    off.server.mitigationsEnabled = false;
    list << off;

    DemoServer blocked = demoServer(
        "EX19-MBX05", "15.2.1258.12", Text::tr("an administrator blocked M2, and the server fetches through a proxy"));
    blocked.server.mitigationsBlocked = {QStringLiteral("M2")};
    blocked.server.internetWebProxy = QStringLiteral("http://proxy.contoso.com:8080");
    list << blocked;
    return list;
}

QString DemoOrganization::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/emconsole/demo");
}

QString DemoOrganization::directoryPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("directory.db"));
}

QString DemoOrganization::feedPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("feed/demo-feed.xml"));
}

QString DemoOrganization::tamperedFeedPath(const QString &root)
{
    return QDir(root).filePath(QStringLiteral("feed/demo-feed-tampered.xml"));
}

bool DemoOrganization::exists(const QString &root)
{
    // The feed files are written last: a directory without them is a demo of
    // an earlier version (servers only) or an interrupted build, made again.
    return QFileInfo(directoryPath(root)).isFile() && QFileInfo(feedPath(root)).isFile();
}

QByteArray DemoOrganization::feedDocument(const QDateTime &issued)
{
    // The vendor's heartbeat, the vendor's M1 (CVE-2022-41040) and two
    // mitigations of the kinds this project defines (docs/feed-format.md).
    QByteArray xml = QByteArray(R"EOCS(<EOCS version="1.0.4" issued="@ISSUED@">
  <Config id="PING1" desc="EEMS Heartbeat probe. Does not modify any exchange settings.">
    <ActionList>
      <Action type="DoNothing" scope="Server" desc="Ping mitigation action. Does not modify any exchange settings."><Value>DoNothing</Value></Action>
    </ActionList>
  </Config>
  <Config id="M1" desc="Mitigation of CVE-2022-41040 via URL Rewrite configuration">
    <Applicability>
      <Product name="Exchange2019" min="15.2.0.0" max="15.2.1118.15"/>
      <Product name="Exchange2016" min="15.1.0.0" max="15.1.2507.13"/>
    </Applicability>
    <Rollback>Remove the rule "EEMS M1.1 PowerShell - inbound" from the IIS URL Rewrite module in Default Web Site.</Rollback>
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
  <Config id="M2" desc="Stop the OWA calendar application pool">
    <Rollback>Set autoStart=true on MSExchangeOWACalendarAppPool and start it.</Rollback>
    <ActionList>
      <Action id="M2.1" type="DisableAppPool" scope="Server" target="MSExchangeOWACalendarAppPool" desc="Stop the app pool and set autoStart=false"/>
    </ActionList>
  </Config>
  <Config id="M3" desc="Turn off IMAP4 until the fix is installed">
    <Rollback>Set the MSExchangeIMAP4 service to Automatic and start it.</Rollback>
    <ActionList>
      <Action id="M3.1" type="DisableService" scope="Server" target="MSExchangeIMAP4" desc="Stop the service and set its start type to Disabled"/>
    </ActionList>
  </Config>
</EOCS>
)EOCS");
    xml.replace("@ISSUED@", isoTime(issued).toLatin1());
    return xml;
}

Result<QString> DemoOrganization::create(const QString &root, const Actor &actor, bool replace)
{
    const QString path = directoryPath(root);
    if (exists(root) && !replace)
        return fail(ErrorCode::AlreadyExists, Text::tr("demo organization '%1': already exists").arg(root));
    if (!QDir().mkpath(root))
        return fail(ErrorCode::Io, Text::tr("demo organization '%1': cannot create the folder").arg(root));

    const QString partial = path + QStringLiteral(".partial");
    removeDatabase(partial); // left by an interrupted build
    for (const QString &feed : {feedPath(root), tamperedFeedPath(root)})
        QFile::remove(feed); // until they are written again, ROOT holds no complete demo
    QByteArray signedDocument;
    {
        auto opened = OrgDirectory::open(partial);
        if (!opened)
            return fail(opened.error());
        if (auto populated = populate(**opened, root, actor, &signedDocument); !populated) {
            opened->reset();
            removeDatabase(partial);
            return fail(populated.error());
        }
    } // closing the last connection folds the WAL back into the file

    removeDatabase(path); // replaced, or the incomplete demo of an earlier version
    if (!QFile::rename(partial, path)) {
        removeDatabase(partial);
        return fail(
            ErrorCode::Io, Text::tr("demo organization '%1': cannot move the new directory into place").arg(root));
    }
    const QString context = Text::tr("demo organization '%1'").arg(root);
    if (auto written = writeFile(tamperedFeedPath(root), tampered(signedDocument)); !written)
        return fail(written.error().wrapped(context));
    if (auto written = writeFile(feedPath(root), signedDocument); !written)
        return fail(written.error().wrapped(context));
    return path;
}

} // namespace em
