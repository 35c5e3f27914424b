#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (seeds/<target>/) and the lab PKI
# the feed seeds are signed with (data/root.pem; the keys are thrown away).
# Run it again only to change the seeds; the results are committed.
#   tests/fuzz/make-seeds.sh path/to/emctl
set -euo pipefail
emctl=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../fixtures/exchange2019-iis
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# The lab PKI: root -> intermediate -> signer (code signing), and a TSA root.
cat > ext.cnf <<'CNF'
[ca]
basicConstraints=critical,CA:TRUE
keyUsage=critical,keyCertSign,cRLSign
subjectKeyIdentifier=hash
[signer]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature
extendedKeyUsage=codeSigning
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
CNF
ossl() { openssl "$@" 2>/dev/null; }
ossl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 7300 -subj "/O=EM Fuzz/CN=EM Fuzz Root" \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign
ossl req -newkey rsa:2048 -nodes -keyout int.key -out int.csr -subj "/O=EM Fuzz/CN=EM Fuzz Intermediate"
ossl x509 -req -in int.csr -CA root.pem -CAkey root.key -CAcreateserial -days 7000 -extfile ext.cnf -extensions ca -out int.pem
ossl req -newkey rsa:2048 -nodes -keyout signer.key -out signer.csr -subj "/O=EM Fuzz/CN=EM Fuzz Feed Signing"
ossl x509 -req -in signer.csr -CA int.pem -CAkey int.key -CAcreateserial -days 6000 -extfile ext.cnf -extensions signer \
    -out signer.pem
ossl req -x509 -newkey rsa:2048 -nodes -keyout tsa-root.key -out tsa-root.pem -days 7300 \
    -subj "/O=EM Fuzz/CN=EM Fuzz TSA Root" -addext basicConstraints=critical,CA:TRUE
mkdir -p "$here/data"
cp root.pem tsa-root.pem "$here/data/"

feed() { # $1: issued time
    cat <<XML
<?xml version="1.0" encoding="utf-8"?>
<EOCS version="1.0.4" issued="$1">
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
  <Config id="M2" desc="Outbound header rewrite">
    <ActionList>
      <Action id="M2.1" type="UrlRewrite" scope="VDir" target="Default Web Site/owa" desc="Hide the server header">
        <rules>
          <outboundRules>
            <preConditions><preCondition name="EEMS M2.1 html - precondition"><add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" /></preCondition></preConditions>
            <rule name="EEMS M2.1 Server header - outbound" preCondition="EEMS M2.1 html - precondition">
              <match serverVariable="RESPONSE_Server" pattern=".+" />
              <action type="Rewrite" value="" />
            </rule>
          </outboundRules>
        </rules>
      </Action>
    </ActionList>
  </Config>
  <Config id="M3" desc="Disable the OWA calendar app pool">
    <ActionList>
      <Action id="M3.1" type="DisableAppPool" scope="Server" target="MSExchangeOWACalendarAppPool" desc="Stop the pool"/>
      <Action id="M3.2" type="DisableService" scope="Server" target="MSExchangeIMAP4" desc="Stop IMAP4"/>
    </ActionList>
  </Config>
</EOCS>
XML
}

seeds=$here/seeds
rm -rf "$seeds"
mkdir -p "$seeds"/{feedverify,catalog,configedit,build,proxyurl}
feed 2027-05-01T10:00:00Z > feed.xml
"$emctl" feed sign --key signer.key --cert signer.pem --chain int.pem feed.xml "$seeds/feedverify/signed.xml"
cp feed.xml "$seeds/feedverify/unsigned.xml"
# The catalog parser reads C14N output (no declaration, attributes normalised).
xmllint --c14n feed.xml > "$seeds/catalog/canonical.xml"
xmllint --c14n "$seeds/feedverify/signed.xml" > "$seeds/catalog/canonical-signed.xml"
printf '<EOCS version="1.0.4"></EOCS>' > "$seeds/catalog/empty.xml"

# Seeds stay under the targets' 64 KiB input limit (the two large real files would be cut).
find "$fixtures" -name '*.config' -size -64k -exec cp {} "$seeds/configedit/" \;
printf '<?xml version="1.0" encoding="utf-8"?>\r\n<configuration>\r\n  <location path="Default Web Site">\r\n    <system.webServer>\r\n      <rewrite>\r\n        <rules />\r\n      </rewrite>\r\n    </system.webServer>\r\n  </location>\r\n</configuration>\r\n' \
    > "$seeds/configedit/location-crlf.config"
printf '\xef\xbb\xbf<configuration>\n\t<system.webServer />\n</configuration>\n' > "$seeds/configedit/bom-tabs.config"

i=0
for b in 15.2.1118.20 15.02.1118.020 "Version 15.2 (Build 1118.20)" "Version 15.1 (Build 2507.18)" 15.2.2562.17 \
    15.0.1497.2 "15.2.1118" ""; do
    printf '%s' "$b" > "$seeds/build/$((i++))"
done
i=0
for p in $'http://proxy.contoso.com:8080\nofficeclient.microsoft.com\n*.microsoft.com' $'proxy.contoso.com:3128\nex01\n<local>' \
    $'https://user:secret@proxy:443\nhost' $'socks5://proxy:1080' $'http://[::1]:8080\n::1\n[::1]'; do
    printf '%s' "$p" > "$seeds/proxyurl/$((i++))"
done
mkdir -p "$seeds/clixml"
find "$here/../fixtures/exchange-clixml" -name '*.xml' -size -128k -exec cp {} "$seeds/clixml/" \;
# A real export cut down to its first server: the real shape, under the 128 KiB input limit.
awk '/^  <Obj / && ++n == 2 { exit } { print }' "$here/../fixtures/exchange-clixml/GetExchangeServer-E2016-PING1.xml" > "$seeds/clixml/first-object-cut.xml"
echo "</Objs>" >> "$seeds/clixml/first-object-cut.xml"
echo "make-seeds: $(find "$seeds" -type f | wc -l) seeds written"
