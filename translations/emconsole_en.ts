<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActionStatus</name>
    <message>
        <source>unknown status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Build</name>
    <message>
        <source>invalid build &apos;%1&apos;: expected 15.x.build.revision such as 15.2.1118.20, or &apos;Version 15.2 (Build 1118.20)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid build &apos;%1&apos;: major version %2 is not Exchange 2013 or later (15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildCatalog</name>
    <message>
        <source>Unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (newer than known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unlisted update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unlisted build)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliXml</name>
    <message>
        <source>&apos;%1&apos; is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an integer from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time such as 2023-01-05T12:08:37.6177687Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a version such as 1.2.3.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a duration such as PT1H30M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than the limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-32 is not supported: export again with Export-Clixml -Encoding UTF8 (or Unicode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid %1: an odd number of bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid %1: an unpaired surrogate 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1 at offset %2): export with Export-Clixml -Encoding UTF8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early (truncated): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity reference &apos;&amp;%1;&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>element &lt;%1&gt; is not in the PowerShell namespace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; of &lt;%2&gt; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text in &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early (truncated) in &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of &lt;%1&gt; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only hold text; found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; may not hold &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the XML declaration names the encoding &apos;%1&apos;, but the file is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;Objs&gt; element: this is not an Export-Clixml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;Objs&gt;: this is not an Export-Clixml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content after &lt;/Objs&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; is not a value and is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Ref&gt; names RefId &apos;%1&apos;, which no earlier &lt;Obj&gt; has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefId &apos;%1&apos; is given to two objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt;%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Obj&gt; holds &lt;%1&gt; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Obj&gt; holds a second value &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;TNRef&gt; names RefId &apos;%1&apos;, which no earlier &lt;TN&gt; has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RefId &apos;%1&apos; is given to two type name lists (&lt;TN&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;TN&gt; may only hold &lt;T&gt;; found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; in &lt;%2&gt; has no property name (N attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;DCT&gt; may only hold &lt;En&gt;; found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;En&gt; holds &lt;%1 N=&quot;%2&quot;&gt;; expected one Key and one Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;En&gt; needs a Key and a Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connectivity</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint: %1 (through proxy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the TLS certificate presented for %1 chains to &apos;%2&apos;, which this system does not trust as a public certification authority. A TLS-inspecting proxy may be in the path; TLS inspection may break feed validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out after %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an https: endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host &apos;%1&apos; not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host %1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to proxy %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tunnel to %1:%2 opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, certificate &apos;%2&apos; issued by &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the endpoint&apos;s answer is not HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection failed before an answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; issued by &apos;%2&apos; is not trusted: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to proxy %1 refused (is the proxy running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 could not resolve %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 could not open a tunnel to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failed: %n action(s) failed</source>
        <translation>
            <numerusform>Failed: %n action failed</numerusform>
            <numerusform>Failed: %n actions failed</numerusform>
        </translation>
    </message>
    <message>
        <source>Success: %1 applied, %2 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success: %1 applied, no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; has no host to apply actions through: set one with &apos;emctl set-server %1 --host dir:PATH&apos; or &apos;--host windows:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 is blocked by an administrator on %2 and was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded heartbeat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation cycle finished on %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not applied on server &apos;%2&apos;: nothing to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback of %1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 rolled back on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the accepted feed and was applied before EM Console kept the definitions of such actions, so it does not know what the action added on &apos;%2&apos;: remove it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (already rolled back: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failure could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from &apos;%2&apos;, but the rollback could not be recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not touched: the org directory could not record what the cycle was about to change there (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in place: applied by the cycle of %1, which could not record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation action %1 (%2) applied on %3: found in place; the cycle of %4 applied it but could not record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the org directory could not record the cycle of %1 (nothing was changed on it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed on %1 but not recorded in the org directory: %2. The directory could not record it (%3). The next cycle finds these changes in place and records them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoOrganization</name>
    <message>
        <source>Edge Transport: listed, never touched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigations turned off on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo organization &apos;%1&apos;: cannot move the new directory into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot remove the previous lab servers in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot make &apos;%2&apos; read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2016 CU23: every mitigation applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU12; its site web.config is read-only, so the URL Rewrite action fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU13, updated from CU12 after M1 was applied: M1.1 is obsolete and waits to be rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server 2019 CU14: M1 does not apply to this build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Server SE RTM: M1 does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an administrator blocked M2, and the server fetches through a proxy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoPki</name>
    <message>
        <source>demo PKI: %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI: %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generating an RSA key of %1 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the name &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding the extension %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choosing a serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filling the certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: cannot be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: cannot restrict its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI file &apos;%1&apos;: write failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI in &apos;%1&apos;: a key does not match its certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI in &apos;%1&apos;: the signer expires soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI: RSA keys of %1 bits are too weak; use 2048 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo root certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the CRL of the demo root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing the CRL of the demo root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the CRL of the demo root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo PKI folder &apos;%1&apos;: cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EocsParser</name>
    <message>
        <source>catalog line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity reference &apos;&amp;%1;&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing instruction &apos;%1&apos; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>elements nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespaces are not used in EOCS feeds (element &lt;%1&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; on &lt;%2&gt; is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; on &lt;%2&gt; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown attribute &apos;%1&apos; on &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text in &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of document in &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text of &lt;%1&gt; is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; may only contain text; found &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element must be &lt;EOCS&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;EOCS&gt; has no version attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued &apos;%1&apos; is not an ISO 8601 time with a zone, such as 2026-11-20T10:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;EOCS&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content after &lt;/EOCS&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed holds no &lt;Config&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config id &apos;%1&apos; is not a mitigation ID such as M1 or PING1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config id &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; appears twice in Config &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in Config &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config &apos;%1&apos; has no actions (&lt;ActionList&gt; with at least one &lt;Action&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;Applicability&gt; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown product &apos;%1&apos; in &apos;%2&apos; (Exchange2016, Exchange2019, ExchangeSE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; of &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product &apos;%1&apos; of &apos;%2&apos;: max %3 is below min %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Product&gt; may not contain &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;Applicability&gt; of &apos;%1&apos; names no product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;ActionList&gt; of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; must be &apos;%2.&lt;number&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action id &apos;%1&apos; appears twice (an action without id takes its Config&apos;s id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt; in action &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;Value&gt; belongs to DoNothing actions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;rules&gt; belongs to UrlRewrite actions only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: DoNothing has scope Server and no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 has scope Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 needs a target (the %3 name); &apos;%4&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: UrlRewrite needs &lt;rules&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: scope Site needs the site name as target, e.g. Default Web Site; &apos;%2&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: scope VDir needs &apos;Site/vdir&apos; as target, e.g. Default Web Site/owa; &apos;%2&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;%2&gt; is not an IIS URL Rewrite element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: %2 name &apos;%3&apos; must start with &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: cannot delimit &lt;rules&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: &lt;rules&gt; holds no &lt;rule&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: unexpected text in &lt;rules&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of document in &lt;rules&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action &apos;%1&apos;: a Server-scoped UrlRewrite target is a location path such as &apos;Default Web Site&apos; or &apos;Default Web Site/owa&apos;; &apos;%2&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoding &apos;%1&apos; is not allowed; the catalog is UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeImport</name>
    <message>
        <source>server &apos;%1&apos; is not reached over SSH (host &apos;%2&apos;): --from needs an ssh:// host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the Exchange snap-in exited with code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: the export was read but its temporary files could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeScript</name>
    <message>
        <source>no Exchange organization state has been imported yet: import the Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is not in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is not in the last Exchange import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last import holds no organization configuration (Get-OrganizationConfig): the organization&apos;s MitigationsEnabled is not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the imported organization configuration has no MitigationsEnabled (an Exchange build without the EM service): not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is in the directory but not in the last import: not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is an Edge Transport server: the EM service does not run there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: the export has no Emergency Mitigation settings (an Exchange build before 2016 CU22 / 2019 CU11): not compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is in the last import but not in the directory: not compared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeState</name>
    <message>
        <source>%1: line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3 &apos;%4&apos;, not True or False</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is %3, not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds an empty (Nil) item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ExchangeServer object has no Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no AdminDisplayVersion (export every property: Get-ExchangeServer | Export-Clixml FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: AdminDisplayVersion: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no ServerRole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: MitigationsAppliedTime is %2 &apos;%3&apos;, not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organization configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; appears twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second organization configuration (the first is at line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Get-ExchangeServer or Get-OrganizationConfig object (found: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not true, false or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;%1&apos; holds an item that is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: unknown format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;servers&apos; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: a server is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: a server has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos;: mitigationsAppliedTime is not a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: server &apos;%1&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange state: &apos;organization&apos; is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other types</source>
        <translation>
            <numerusform>%1 and %n other type</numerusform>
            <numerusform>%1 and %n other types</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedCrypto</name>
    <message>
        <source>%1: not a valid PEM certificate (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PEM certificate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid DER certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected bytes after the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid PEM CRL (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CRL found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid DER CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected signer name &apos;%1&apos;: &apos;%2&apos; is not ATTRIBUTE=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected signer name &apos;%1&apos;: unknown attribute &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has no %2 attribute; expected %2=%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has %2=%3; expected %2=%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no trust anchor configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot set up verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed certificate &apos;%1&apos; comes from the document and is not a trust anchor of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no trust anchor of the profile issued &apos;%1&apos; (issuer &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; expired on %2 (validated at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; is not valid before %2 (validated at %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no chain built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: chain ends at &apos;%2&apos;, which is not a trust anchor of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate &apos;%1&apos; is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up the CRL check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest %1 unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key type %1 is not supported (RSA or EC only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1 is too weak (minimum RSA 2048 or EC 256 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing certificate&apos;s key (%1) does not fit signature method %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA SignatureValue is %1 bytes; expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode the ECDSA SignatureValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot encode the ECDSA signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signature verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set RSA PKCS#1 v1.5 padding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignatureValue does not verify with the key of the signing certificate (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an unencrypted PEM private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up RSA-SHA256 signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an RSA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token has no ESS signing-certificate attribute (RFC 3161 requires one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token is not a CMS structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token has unexpected bytes after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token is not CMS SignedData</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token content type is %1, not id-ct-TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token has %1 signers; expected exactly one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: TSA certificate not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: malformed TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: TSTInfo version %1; expected 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: message imprint algorithm %1 is not allowed (sha256, sha384, sha512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: message imprint is not the %1 of the SignatureValue (the token belongs to another signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: genTime cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp genTime %1 is in the future (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSA chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSA certificate &apos;%1&apos; lacks the timeStamping EKU (1.3.6.1.5.5.7.3.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TSA issuer &apos;%1&apos; restricts its EKUs and does not allow timeStamping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the timestamp request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response is not a TimeStampResp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: malformed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp authority refused the request (PKIStatus %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response carries no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: the token is not CMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: token signature does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: malformed TSTInfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: the token covers other data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response: nonce does not match the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a name that is not a directory name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: malformed signing-certificate attribute (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: the signing-certificate attribute lists no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: the first %1 uses hash algorithm %2 (sha256, sha384 or sha512 expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: the first %1 of the signing-certificate attribute names certificate &apos;%2&apos;, not the TSA certificate &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: the %1 hash in the first %2 of the signing-certificate attribute does not match the TSA certificate &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp token: the issuerSerial of the first %1 of the signing-certificate attribute (issuer &apos;%2&apos;, serial %3) does not match the TSA certificate &apos;%4&apos; (issuer &apos;%5&apos;, serial %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp response has unexpected bytes after the token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedFetcher</name>
    <message>
        <source>no fetch started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 through proxy %2 timed out after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting to %1 timed out after %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data from %1 for %2 s: the server stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching %1 took longer than the %2 s limit (%3 bytes received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL &apos;%1&apos;: scheme %2 is not allowed here (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response from %1 is %2 bytes; the limit is %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response from %1 exceeds the limit of %2 bytes (stopped after %3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a valid Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 redirects fetching %2 (last to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from %1 to %2 refused: it leaves HTTPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect from %1 to %2 refused: scheme %3 not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response from %1 exceeds the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1%2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection to %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the certificate of %1 is not trusted (%2); presented certificate &apos;%3&apos; issued by &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1: connection refused (is the proxy running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 closed the connection to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: proxy host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 requires authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1 could not reach %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedFile</name>
    <message>
        <source>a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a character device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is %3, not a regular file; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: %3 bytes is over the limit of %4 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot be read: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: grew past the limit of %3 bytes while being read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedSign</name>
    <message>
        <source>signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer certificate: the file holds %1 certificates; give the signer alone and the intermediates with --chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key does not belong to certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed profile signs with rsa-sha256; the key is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid EOCS feed, nothing signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed document does not read back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed document does not read back: digest differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no random nonce available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedStatus</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed accepted yet: the last attempt (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed signed by %1 on %2 (%3 old), verified with the &apos;%4&apos; trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; older than the %1 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the last check (%1) failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued attribute, no timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedUpdate</name>
    <message>
        <source>The feed accepted at %1 stays in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed is in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 refused: the organization&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified; unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 refused: it carries no signing time (no timestamp, no issued attribute) while the accepted feed was signed at %2, so it could be a rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 refused: it differs from the accepted feed but claims the same signing time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; warnings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot get the feed from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed verified: signed by %1 at %2 (%3 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed verified: signed by %1, no signing time, accepted at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; older than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed accepted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; last update failed at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feed update started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching CRL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedVerify</name>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshness</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bytes (limit %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>EOCS root, one enveloped Signature as its last child, one Reference URI=&quot;&quot;, %n certificate(s) in KeyInfo</source>
        <translation>
            <numerusform>EOCS root, one enveloped Signature as its last child, one Reference URI=&quot;&quot;, %n certificate in KeyInfo</numerusform>
            <numerusform>EOCS root, one enveloped Signature as its last child, one Reference URI=&quot;&quot;, %n certificates in KeyInfo</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document was changed after signing: the %1 of its canonical form does not match DigestValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 canonical bytes matches DigestValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo holds no end-entity certificate to verify the signature with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo holds %1 unrelated end-entity certificates (%2); the signer is ambiguous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing certificate&apos;s key cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing certificate &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyValue does not match the key of the signing certificate &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no RFC 3161 countersignature: the chain is validated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp anchors of profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; has no timestamp anchors, so the countersignature cannot be validated (add one with trust add-profile --tsa-anchor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>genTime %1 by &apos;%2&apos; (%3 imprint of the SignatureValue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchors of profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; has no trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediates of profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (validated at %2%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the timestamp&apos;s genTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; requires no EKU; refusing to accept any certificate of its anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; lacks EKU %2 (it has %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; has no extended key usage; %2 required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer &apos;%1&apos; key usage does not allow digitalSignature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issuer &apos;%1&apos; restricts its EKUs and does not allow %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos; names no expected signer; &apos;%2&apos; is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLs of profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not revoked (%n CRL(s) checked)</source>
        <translation>
            <numerusform>not revoked (%n CRL checked)</numerusform>
            <numerusform>not revoked (%n CRLs checked)</numerusform>
        </translation>
    </message>
    <message>
        <source>revocation status unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the organization requires it: RevocationUnknown=Fail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued %1 is in the future (now %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>EOCS %1: %n mitigation(s)</source>
        <translation>
            <numerusform>EOCS %1: %n mitigation</numerusform>
            <numerusform>EOCS %1: %n mitigations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n action(s)</source>
        <translation>
            <numerusform>, %n action</numerusform>
            <numerusform>, %n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>the feed carries no signing time (no timestamp, no issued attribute): its age and rollback cannot be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1 ago (%2, %3), older than the %4 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed %1 ago (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signer chain (profile &apos;%1&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>signer and TSA chains not revoked (%n CRL(s) checked)</source>
        <translation>
            <numerusform>signer and TSA chains not revoked (%n CRL checked)</numerusform>
            <numerusform>signer and TSA chains not revoked (%n CRLs checked)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedXml</name>
    <message>
        <source>the document is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create an XML parser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed (line %1): a feed has no DTD, entities or external references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not well-formed XML: line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) may only contain elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) may only contain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is not allowed on &lt;%2&gt; (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the canonicalization buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>canonicalization failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment at line %1: comments are not covered by the signature and are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>processing instruction &apos;%1&apos; at line %2 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entity reference at line %1 is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XInclude is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;; expected &lt;EOCS&gt; without a namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) has no Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) has parameters (&lt;%3&gt;); none are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (SHA-1 is refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignedInfo has %1 Reference elements; exactly one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignedInfo must hold CanonicalizationMethod, SignatureMethod and one Reference; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CanonicalizationMethod &apos;%1&apos; is not allowed (C14N 1.0 or exclusive C14N, without comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SignatureMethod &apos;%1&apos; is not allowed%2 (rsa-sha256, rsa-sha384, rsa-sha512, ecdsa-sha256, ecdsa-sha384)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Reference has no URI attribute; only URI=&quot;&quot; (the whole document) is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference URI &apos;%1&apos; is not allowed; only URI=&quot;&quot; (the whole document) is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Reference must hold Transforms, DigestMethod and DigestValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transforms may only hold Transform elements; found &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Reference transforms must be exactly enveloped-signature then C14N 1.0 (or exclusive C14N); found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigestMethod &apos;%1&apos; is not allowed%2 (sha256, sha384, sha512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DigestValue is %1 bytes; %2 has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; in X509Data (line %2) is not supported; only X509Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X509Data (line %1) holds no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyValue (line %1) must hold one RSAKeyValue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSAKeyValue must hold Modulus and Exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; in KeyInfo (line %2) is not supported; only one KeyValue and X509Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KeyInfo carries no X509Certificate: the signer is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object &apos;%1&apos; (line %2) is not supported; only Object Id=&quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterSignature format &apos;%1&apos; is not supported (cms-timestamp-message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterSignature (line %1) is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; in the timestamp Object (line %2) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp Object holds %1 CounterSignature elements; expected one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is %1 bytes; the limit is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no XML Signature (http://www.w3.org/2000/09/xmldsig#) found: the document is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found %1 Signature elements; exactly one is allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Signature (line %1) is inside &lt;%2&gt;; it must be a child of the root EOCS element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Signature (line %1) is not the last child element of EOCS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Signature must hold SignedInfo, SignatureValue, KeyInfo and optionally the timestamp Object; found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; (line %2) is not allowed in the Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML Signature element &lt;%1&gt; outside the Signature (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the signed document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is already signed (&lt;%1&gt; at line %2); sign the unsigned document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document has no enveloped Signature to timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Signature already carries an Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CounterSignature (line %1) is in namespace &apos;%2&apos;; expected &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mitigation</name>
    <message>
        <source>unknown action type &apos;%1&apos;: expected DoNothing, UrlRewrite, DisableService or DisableAppPool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action scope &apos;%1&apos;: expected Server, Site or VDir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every build that runs the EM service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid mitigation ID &apos;%1&apos;: expected a mitigation ID such as M1 or an action ID such as M1.2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MitigationService</name>
    <message>
        <source>scheduled check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM service started on %1 (check interval %2, first check delay %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one check (--once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM service stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping: the server in progress finishes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the run request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run requested at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed accepted: signed by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed not updated, the previous one stays in effect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation cycle failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cycle stopped before every server was processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic data of %1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic data of %1 could not be sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the failure could not be recorded as an event: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationDigest</name>
    <message>
        <source>digest entry: unknown kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest entry: unknown phase &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest: format &apos;%1&apos; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest: no id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digest %1, entry %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state: not JSON (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state: format &apos;%1&apos; is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state: unknown condition kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state: condition &apos;%1&apos; has no valid times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state: pending %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>mail address &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mail address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than 254 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected local-part@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only ASCII letters, digits and punctuation without spaces are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the character &apos;%1&apos; is not accepted (give the bare address, without a name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than one &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the domain &apos;%1&apos; is not a valid host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP URL: give the user separately and the password in a file, never in the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: expected smtp://host[:port] or smtps://host[:port]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: the scheme must be smtp (STARTTLS) or smtps (TLS from the start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: no path is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP URL &apos;%1&apos;: no query or fragment is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook URL: expected https://host/path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook URL: plain http:// is accepted only to a loopback address, not to %1; use https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook URL: the scheme must be https, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail to %1://%2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SMTP server is set but no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail recipients are set but no SMTP server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail recipients are set but no sender address (From)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SMTP password file is set but no SMTP user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP user contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification language &apos;%1&apos;: expected en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reminder period cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification timeouts must be at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous feed stays in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed in effect is %1 old; the freshness limit is %2. Check that the feed URL is reachable and still published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete: roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: the feed gives no rollback text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An admin blocked this action on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New feed accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mitigations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed mitigations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same mitigations as the previous feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test notification sent by %1 at %2: this channel works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder: so since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the action is no longer in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is obtained and verified again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed in effect is within the freshness limit again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It started at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: test notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) unreachable</source>
        <translation>
            <numerusform>%n server unreachable</numerusform>
            <numerusform>%n servers unreachable</numerusform>
        </translation>
    </message>
    <message>
        <source>feed refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed too old</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n to roll back</source>
        <translation>
            <numerusform>%n to roll back</numerusform>
            <numerusform>%n to roll back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message>
        <source>new feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resolved</source>
        <translation>
            <numerusform>%n resolved</numerusform>
            <numerusform>%n resolved</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation cycle of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation cycles from %1 to %2 (earlier delivery failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by EM Console after a mitigation cycle that changed something. A lasting problem is told when it starts, as a reminder while it lasts, and when it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older entry(ies) left out: see the events in the console.</source>
        <translation>
            <numerusform>%n older entry left out: see the events in the console.</numerusform>
            <numerusform>%n older entries left out: see the events in the console.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>%1 (new token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification settings in the directory: not a JSON object (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification state in the directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification could not be delivered: %1. The digest is kept and sent again at the next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no notification channel is set: give mail recipients and an SMTP server, or a webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; cannot be read or holds no PEM certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>the last Exchange import kept in the org directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 files were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n server(s), %2 registered, %3 updated, %4 unchanged.</source>
        <translation>
            <numerusform>Imported %1: %n server, %2 registered, %3 updated, %4 unchanged.</numerusform>
            <numerusform>Imported %1: %n servers, %2 registered, %3 updated, %4 unchanged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mitigations are applied automatically in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations are no longer applied automatically in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n object(s) of other types were not read (%2)</source>
        <translation>
            <numerusform>%1: %n object of another type was not read (%2)</numerusform>
            <numerusform>%1: %n objects of other types were not read (%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Updating the statuses of the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted the feed from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed from %1 is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (RFC 3161 timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (issued attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations: %1, actions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed from %1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the feed was cancelled; the feed in effect is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot get the feed from %1: %2. The feed in effect is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is fetched from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed is checked every %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first check comes %1 after the EM service starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed older than %1 is reported as stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed whose revocation cannot be checked is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A feed whose revocation cannot be checked is accepted with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic data is not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic data is sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile &apos;%1&apos; replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile &apos;%1&apos; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization now verifies feeds with trust profile &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>the statuses of the servers were not refreshed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses of %1 servers are updated at their next cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change is saved, but the statuses of &apos;%1&apos; were not refreshed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run on %n server(s): %1 action(s) would change; nothing was changed.</source>
        <translation>
            <numerusform>Dry run on %n server: %1 action(s) would change; nothing was changed.</numerusform>
            <numerusform>Dry run on %n servers: %1 action(s) would change; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n applied</source>
        <translation>
            <numerusform>%n applied</numerusform>
            <numerusform>%n applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obsolete</source>
        <translation type="unfinished">
            <numerusform>%n obsolete</numerusform>
            <numerusform>%n obsolete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation type="unfinished">
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cycle cancelled after %1 of %n server(s) (the server in progress finished): %2.</source>
        <translation type="unfinished">
            <numerusform>Cycle cancelled after %1 of %n server (the server in progress finished): %2.</numerusform>
            <numerusform>Cycle cancelled after %1 of %n servers (the server in progress finished): %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cycle run on %n server(s): %1.</source>
        <translation type="unfinished">
            <numerusform>Cycle run on %n server: %1.</numerusform>
            <numerusform>Cycle run on %n servers: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be processed.</source>
        <translation type="unfinished">
            <numerusform>%n server could not be processed.</numerusform>
            <numerusform>%n servers could not be processed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 servers: %2 applied, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be processed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cycle ran, but it could not be audited: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run requested: the EM service runs a cycle when it next looks for requests (every 30 seconds by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 servers were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not applied on %2: nothing to roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 was not rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rolled back on %2, and blocked there so that the next cycle does not apply it again. Unblock it to let the EM service apply it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rolled back on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations enabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations disabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block list of %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block list of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy cleared on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy set to %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy bypass list of %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy bypass list of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data collection enabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data collection disabled on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host of %1 cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host of %1 set to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is blocked through %2 on %3, and the accepted feed does not list the actions of %2: unblock %2 to unblock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was blocked through %2 on %3, which has no other action: %2 is no longer blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was blocked through %2 on %3: the block list now names %4 instead, so that only %1 is unblocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1, build %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the org directory; its events and audit stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocked %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Exchange state of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Get-ExchangeServer, Get-OrganizationConfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification settings were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notifications: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification not delivered, kept for the next cycle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 belongs to no site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a service node is working on it (lease); not run this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a service node is working on it (lease); nothing was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrgDirectory</name>
    <message>
        <source>org directory &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org directory: no path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: %2 failed (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabling foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switching to WAL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting synchronous mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema migration to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing an event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading block lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading action statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: not found in the org directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the block list of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: already registered as &apos;%2&apos; (names are case-insensitive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading trust profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;%1&apos;: not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid trust profile name &apos;%1&apos;: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust profile &apos;vendor&apos;: built in, cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up trust profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing trust profile &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accepted feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed signed at %1 is older than the accepted feed (signed at %2): refused as a possible rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing the accepted feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replacing the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing mitigation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the last feed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the feed attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the Get-Mitigations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording statuses of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the check of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the status of %1 on &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requesting a run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the run request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clearing the run request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping the actions still in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by another program beyond the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer EM Console (schema version %1; this program reads up to %2); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing server &apos;%1&apos; gave no row id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an EM Console directory (the file is not an SQLite database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an SQLite database of another program (no EM Console schema); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the last Exchange import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording the Exchange import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is an empty database without the EM Console schema: create the schema with &apos;emctl directory init --directory %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: no connection to the database server at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: locked by another writer beyond the busy timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; tried %1 times, nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>announcing the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server at %1 was lost while committing (%2): the change may or may not have been saved; check before repeating it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing the tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; and &apos;%2&apos; do not have the same tables (%3 / %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the foreign keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the foreign keys of %1 refer to each other in a cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 does not have the same columns in &apos;%2&apos; and &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copying the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the identity columns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the next id of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 differs: %2 rows in &apos;%3&apos;, %4 rows in &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the table %1 differs between &apos;%2&apos; and &apos;%3&apos; (a row: %4 / %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: cannot copy a directory onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already holds a directory (%1 rows in %2): a copy goes into a new file or an empty database only; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the lease on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taking over the lease on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claiming the lease on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>giving up the leases of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording who served &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading how &apos;%1&apos; is served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the sites of the servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the site of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the password in ~/.pgpass (or the file named by PGPASSFILE) or in PGPASSWORD, never in the locator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org directory &apos;%1&apos;: unknown kind &apos;%2://&apos;; expected a file path or a postgresql:// URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>org directory URI: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password in the URI is refused (it would show in messages, the audit trail and process lists): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IPv6 address &apos;%1&apos; has no closing &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port %1 is given without a host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; has no value (expected name=value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is refused (it would show in messages, the audit trail and process lists): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown parameter &apos;%1&apos; (libpq&apos;s connection parameters are accepted, e.g. sslmode, sslrootcert, host, port, connect_timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parameter &apos;%1&apos; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains &apos;;&apos;, which the Qt PostgreSQL driver cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid port &apos;%1&apos;: expected a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid sslmode &apos;%1&apos;: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid connect_timeout &apos;%1&apos;: expected a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Unix socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the notification settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a password goes in ~/.pgpass, the file named by PGPASSFILE, or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the lock timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setting the message level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: connection refused (is PostgreSQL running there and accepting TCP connections?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: no server listens on that socket (is PostgreSQL running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: the host name cannot be resolved (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1: no answer within the connection timeout (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server at %1 refused the login (%2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the TLS verification of the database server at %1 failed (%2): check sslrootcert and the server&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; does not exist on the server at %2: create it (createdb), then run &apos;emctl directory init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server at %1 closed the connection (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the database server at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an EM Console directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a PostgreSQL database with tables of another program (no EM Console schema); it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the database server at %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a concurrent change on %1 got in the way: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accepted SSH host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the accepted SSH host keys of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as ssh-keygen -l prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SSH host key needs its type and the server&apos;s endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepting the SSH host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty: it holds no org directory yet; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked by another writer beyond the busy timeout; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a change inside the transaction failed; it was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the cycle journal of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording what the cycle is about to change on &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emptying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listening for changes (LISTEN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading the data version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>; the previous file is untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: cannot be written (%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no program reads from this pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a regular file, a character device or a pipe; refusing to write to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing more could be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFormat</name>
    <message>
        <source>invalid format &apos;%1&apos;: expected text, json or csv</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>CSV export to &apos;%1&apos; cancelled; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Server</name>
    <message>
        <source>invalid role &apos;%1&apos;: expected Mailbox or EdgeTransport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid server name &apos;%1&apos;: use letters, digits and hyphens (at most 63)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;: no build given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid proxy &apos;%1&apos;: expected a URL such as http://proxy.contoso.com:8080</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid host &apos;%1&apos;: expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerHost</name>
    <message>
        <source>%1: element &lt;%2&gt; here, &lt;%3&gt; in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attribute %2 is missing (feed: &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attribute %2 is &apos;%3&apos; (feed: &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: attribute %2=&apos;%3&apos; is not in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: text is &apos;%2&apos; (feed: &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: extra element &lt;%2&gt; that is not in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: element &lt;%2&gt; of the feed is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed XML at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UTF-16 encoded config files are not supported (expected UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a DOCTYPE is not allowed in an IIS config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: cannot locate the start tag of &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a DOCTYPE is not allowed in rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &apos;%1&apos; outside of any element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host dir:%1: no such directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host dir:%1: no applicationHost.config at &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is not installed on %2 (its services are listed in &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; cannot be started: its start type is Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos; is not in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the edited text does not parse (%2); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: malformed JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, expected &lt;configuration&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &lt;system.applicationHost&gt;/&lt;sites&gt; section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &apos;%1&apos;: unknown environment variable %%2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &apos;%1&apos; is on drive %2:, but this host maps only the system drive %3: (to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &apos;%1&apos; is not an absolute Windows path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &apos;%1&apos; leaves the drive root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start type %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoStart %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; is read-only (no write permission); EM Console does not change read-only config files: clear the read-only attribute to let it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; changed on disk while EM Console was editing it; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot write the backup &apos;%2&apos; (%3); nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no applicationHost.config at &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: site &apos;%2&apos; is not in applicationHost.config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a %2-scope UrlRewrite action needs a target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: VDir target &apos;%2&apos; must be &apos;Site Name/vdir path&apos;, such as &apos;Default Web Site/owa&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: virtual directory &apos;%2&apos; is not in site &apos;%3&apos; (applicationHost.config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the physical path &apos;%2&apos; of &apos;%3%4&apos; does not exist (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1: unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat %1: nothing to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heartbeat %1: nothing to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the root element is &lt;%2&gt;, expected &lt;configuration&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: the edited text does not hold action %2 as the feed has it (%3); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UrlRewrite action without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of action %1: &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; removed &apos;%1&apos;, which EM Console had created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1: %2 actions have scope Server, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1: no %2 named as target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 action without an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: start type is Disabled but the service is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is already disabled and stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start type %1 -&gt; Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: did not take effect (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: nothing recorded for action %2; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start type Disabled -&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: already as before action %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: autoStart is false but the pool is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos; is already stopped with autoStart false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoStart true -&gt; false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: did not take effect (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: nothing recorded for action %2; left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autoStart false -&gt; true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: already as before action %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: no site named like &apos;%2&apos; in applicationHost.config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: site &apos;%2&apos; has no root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: &apos;%2&apos; matches both &apos;%3&apos; and &apos;%4&apos; in site &apos;%5&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: no virtual directory named like &apos;%2&apos; in site &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab root &apos;%1&apos; exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab root &apos;%1&apos; is not empty; choose a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source applicationHost.config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder in &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab source &apos;%1&apos;: another web.config already went to &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace the empty folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the lab into &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbound rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precondition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears %2 times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: UrlRewrite action without rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a &lt;%2&gt; without a name; rules must be named &apos;%3 ...&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 name &apos;%3&apos; must start with &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos; is defined twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in &lt;preConditions&gt;; expected &lt;preCondition&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in &lt;outboundRules&gt;; expected &lt;rule&gt; or &lt;preConditions&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;%2&gt; is not supported in UrlRewrite rules; expected &lt;rule&gt; or &lt;outboundRules&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 &apos;%3&apos;: &lt;%4&gt; holds both text and elements, which IIS configuration does not use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: outbound rule &apos;%2&apos; uses precondition &apos;%3&apos;, which the action does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: editing produced malformed XML (%2); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the root element is &lt;%2&gt;, expected &lt;configuration&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 does not read back as the feed has it (%3); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 (not in the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action %1 already in place in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the empty URL Rewrite sections EM Console had added to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing of action %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service start type &apos;%1&apos;: expected Automatic, AutomaticDelayedStart, Manual, Disabled, Boot or System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;: expected Running or Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: no path after dir:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host windows:: no applicationHost.config at &apos;%1&apos; (is IIS installed? is the system drive &apos;%2&apos;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: sc.exe %2 failed (%3 %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: sc.exe %2 failed with exit code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd %2 failed with exit code %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no STATE in the output of sc.exe query: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: no START_TYPE in the output of sc.exe qc: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos; is still %2 after %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: appcmd list found no such pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application pool &apos;%1&apos;: unknown state &apos;%2&apos; in the output of appcmd list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;: cannot remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another process is changing this server (lock file &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printed more than %2 MiB; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: elements nested more than %2 deep; IIS configuration never is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a symbolic link; refusing to follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a regular file; refusing to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes, more than the %3 such a file may have; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path &apos;%1&apos;: &apos;%2&apos; is not allowed in a path under a host root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was replaced while it was being opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed, but its folder could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot create a temporary file beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot keep its permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot flush it to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the temporary file over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename the temporary file to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written, but its folder could not be flushed to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host state file &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file &apos;%1&apos;: cannot write it; the file was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: host lock file &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: waiting for another process to finish changing this server (lock file &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no folder given for the lab server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set the permissions of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service &apos;%1&apos;: waiting for it to be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was cancelled and did not end within %2 s; it was stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: unknown kind; expected dir:PATH, windows: or ssh://[USER@]HOST[:PORT]/ROOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pass &apos;%1&apos; to the server&apos;s %2: the character &apos;%3&apos; would be interpreted there, not passed on; EM Console refuses it rather than risk running something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pass an empty argument through the server&apos;s PowerShell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed (signal %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended without an exit status (the connection or the server&apos;s shell ended it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host locator &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1, e.g. ssh://emadmin@ex01.contoso.com/C:/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no user name before &apos;@&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name &apos;%1&apos; is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;[&apos; without &apos;]&apos; around an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no port after &apos;:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address goes in brackets: ssh://[2001:db8::10]/C:/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no host; expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port &apos;%1&apos; is not a number from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root after the host: give the folder that stands for the server&apos;s system drive, as its SFTP server names it (/C:/ on Windows OpenSSH), e.g. ssh://emadmin@ex01.contoso.com/C:/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not allowed in the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos;; the only one is shell=cmd|powershell|sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shell &apos;%1&apos; is not known; expected cmd, powershell or sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looking up the address of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot find the address of &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connecting to %2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 refused the connection (is the OpenSSH Server service running, and the port open in the firewall?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accepted by %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the host key of %2 is not trusted yet; nothing was sent to the server. It presents the %3 key %4. Check this fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %5 --fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: WARNING: the host key of %2 has CHANGED: it now presents the %3 key %4, but the accepted key is %5. Someone may be intercepting the connection (or the server was reinstalled, or its keys replaced). Nothing was sent to the server and nothing will be until an administrator has checked the new key on the server and accepted it with: emctl ssh-trust %6 --fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the SSH client configuration &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH client configuration sets ProxyCommand or ProxyJump for this host; EM Console connects to servers directly and does not run proxy commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the accepted host keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: SSH handshake (the server accepted the connection but did not complete the handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the SSH handshake failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the server&apos;s host key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot compute the host key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: logging in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: login failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos (GSSAPI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the private key &apos;%2&apos; (missing, unreadable, not a key, or protected by a passphrase: use the SSH agent for such keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SSH agent and the user&apos;s keys (~/.ssh/id_*, IdentityFile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused the login of &apos;%2&apos; (tried: %3; the server accepts: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing it accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled, and it did not finish within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create an SSH session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the connection was lost (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused a new channel: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server refused to run it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server does not offer it (%2); is &apos;Subsystem sftp&apos; set in its sshd_config?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: starting SFTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server speaks SFTP version %2; version 3 is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server ended the SFTP session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent a malformed SFTP packet (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent a malformed SFTP packet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent an unexpected SFTP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: permission denied on the server (the SSH user may not do this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: the server does not support this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2: the server reported: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the server did not say what kind of file it is; refusing to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at the root &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; does not exist on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the root &apos;%2&apos; is %3, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking at the free space for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s disk is full (%1 bytes free, %2 needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot write: Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: cannot rename the temporary file over it: Input/output error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host %1: no applicationHost.config at &apos;%2&apos; (is IIS installed? is the root the system drive?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpSender</name>
    <message>
        <source>no password file for SMTP user &apos;%1&apos; (and no smtp-password credential in $CREDENTIALS_DIRECTORY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP password file &apos;%1&apos; holds a NUL byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libcurl could not start a transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused (is the mail server running?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: the server did not answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: the server stopped answering (limits: %1 s to connect, %2 s in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS refused: the server does not offer TLS (%1), and mail is never sent in clear; use a server with STARTTLS or an smtps:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification failed: the server&apos;s certificate is not trusted by this system&apos;s CA store or not issued for %1 (%2); give the CA file of a private mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification failed: the server&apos;s certificate is not issued by the CA file &apos;%1&apos; or not for %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the CA file &apos;%1&apos; holds no usable certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed for user &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recipient was refused (SMTP %1); recipients: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sender address &apos;%1&apos; was refused (SMTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message was refused (SMTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection or answered out of protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires authentication (SMTP 530): set an SMTP user and password file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server requires authentication but offered no AUTH method curl can use (SMTP 530)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTrust</name>
    <message>
        <source>server &apos;%1&apos; is not reached over SSH (host &apos;%2&apos;); SSH host keys are for ssh:// hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as emctl ssh-trust %2 prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; (%2) presents the %3 host key %4, not %5: nothing was accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDetail</name>
    <message>
        <source>due at the next cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable (Edge Transport)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 is outside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>build %1 is outside %2; still in place: roll back to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer in the feed; still in place: roll back to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocked by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigations are disabled for the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigations are disabled on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in place; blocked by an administrator, which stops further changes: roll back to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in place; mitigations are disabled for the organization, which stops further changes: roll back to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still in place; mitigations are disabled on this server, which stops further changes: roll back to remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was removed outside EM Console; put back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied, but the server does not show it in effect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would apply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back by %1 and blocked so the next cycle does not apply it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusStyle</name>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is in place on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator blocked this mitigation or action on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be applied; the detail says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s build or role is outside the mitigation&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations are turned off for the organization or this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: the next cycle applies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still in place but no longer applicable: roll it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled (organization and server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable (Edge Transport)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Text</name>
    <message>
        <source>invalid boolean &apos;%1&apos;: expected true, false, $true, $false, 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: expected a number of seconds or a value like 90s, 10m, 1h, 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid duration &apos;%1&apos;: must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid time &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid time &apos;%1&apos;: expected ISO 8601 such as 2026-11-20T10:00:00Z, or -1h / -7d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrustConfig</name>
    <message>
        <source>%1: required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trust anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EKU &apos;%1&apos; is not a dotted OID such as 1.3.6.1.5.5.7.3.3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSender</name>
    <message>
        <source>no webhook call started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no connection through proxy %1 within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no connection within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid proxy URL &apos;%1&apos;: expected http://host:port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; redirects are not followed: give the final URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS: host &apos;%1&apos; not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS: the server&apos;s certificate is not trusted (%1); presented certificate &apos;%2&apos; issued by &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1: connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ActionTableModel</name>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable app pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: server; target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: site %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope: virtual directory %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Planned: no cycle has recorded it yet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::CatalogModel</name>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL Rewrite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable app pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::CatalogView</name>
    <message>
        <source>Heartbeat (changes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IIS URL Rewrite rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and disable a Windows service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop an IIS application pool and turn off its auto-start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 (its web.config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual directory %1 (its web.config)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed accepted yet: the catalog is empty. It lists the mitigations of the accepted feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a mitigation or an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rollback procedure given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ChangeServersCommand</name>
    <message>
        <source>Blocking %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking %1 on %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking %1 on %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling mitigations on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling mitigations on %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling mitigations on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabling mitigations on %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the proxy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the proxy of %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the proxy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the proxy of %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block on %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1 on these %2 servers? The EM service will skip it there. What is already applied stays in place until it is rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations will no longer be applied on %1. Mitigations already applied stay in place until they are rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations will no longer be applied on these %1 servers. Mitigations already applied stay in place until they are rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::Command</name>
    <message>
        <source>The change could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ConnectivityDialog</name>
    <message>
        <source>Connectivity test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation Service endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see every step of its test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Testing through the proxy of each server: %1 of %n done…</source>
        <translation>
            <numerusform>Testing through the proxy of each server: %1 of %n done…</numerusform>
            <numerusform>Testing through the proxy of each server: %1 of %n done…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %1 of %n server(s) tested, %2 cannot reach the endpoint.</source>
        <translation>
            <numerusform>Stopped: %1 of %n server tested, %2 cannot reach the endpoint.</numerusform>
            <numerusform>Stopped: %1 of %n servers tested, %2 cannot reach the endpoint.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer reaches the endpoint through the proxy of each of the %n server(s).</source>
        <translation>
            <numerusform>This computer reaches the endpoint through the proxy of each of the %n server.</numerusform>
            <numerusform>This computer reaches the endpoint through the proxy of each of the %n servers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) cannot reach the endpoint from this computer. The steps of the selected server are below.</source>
        <translation>
            <numerusform>%1 of %n server cannot reach the endpoint from this computer. The steps of the selected server are below.</numerusform>
            <numerusform>%1 of %n servers cannot reach the endpoint from this computer. The steps of the selected server are below.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::ConnectivityModel</name>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not tested: the test was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ConsoleActions</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open org directory…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open org directory on a &amp;database server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the org directory again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one mitigation cycle now on every server of the organization, from this computer: apply what is due, put back what was removed by hand, record statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the &amp;service to run now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &quot;run requested&quot; flag: the EM service (emctl service) runs a cycle on its servers when it next looks for requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test whether this computer reaches the Mitigation Service endpoint through the proxy of each selected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust SSH host &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SSH host key of the selected ssh:// server and accept it after checking its fingerprint on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report of every server to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from E&amp;xchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register or update servers and the organization&apos;s MitigationsEnabled from Get-ExchangeServer and Get-OrganizationConfig exports (Export-Clixml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;PowerShell commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Set-ExchangeServer and Set-OrganizationConfig commands that bring Exchange to the directory&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import feed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signed feed file and make it the feed in effect (air-gapped organizations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fetch feed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the organization&apos;s feed now through the selected server&apos;s proxy, verify it and accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About EM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mitigations automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MitigationsEnabled of the organization. When off, no server applies mitigations; the feed is still fetched and verified, and the console shows what would apply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ConsoleStatusBar</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the org directory…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::CopyExchangeScriptCommand</name>
    <message>
        <source>Making the PowerShell commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PowerShell commands could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PowerShell command(s) copied to the clipboard.</source>
        <translation>
            <numerusform>%n PowerShell command copied to the clipboard.</numerusform>
            <numerusform>%n PowerShell commands copied to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::CreateDemoCommand</name>
    <message>
        <source>Preparing the demo organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organization could not be prepared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::CycleCommand</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see Details).</source>
        <translation>
            <numerusform>… and %n more (see Details).</numerusform>
            <numerusform>… and %n more (see Details).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some mitigation actions failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failure(s) in this cycle; the other actions and servers were processed.</source>
        <translation>
            <numerusform>%n failure in this cycle; the other actions and servers were processed.</numerusform>
            <numerusform>%n failures in this cycle; the other actions and servers were processed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::DashboardWidget</name>
    <message>
        <source>Mitigation status across the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions by status, all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport (not applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obsolete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers by mitigation enablement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::EventTableModel</name>
    <message>
        <source>(organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ExportCsvCommand</name>
    <message>
        <source>Exporting the Get-Mitigations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the Get-Mitigations report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting: %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::FeedCheckModel</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::FeedCommand</name>
    <message>
        <source>The feed in effect is unchanged: signed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed is in effect: nothing is applied until a feed is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::FeedReportDialog</name>
    <message>
        <source>Feed refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing time: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::FetchFeedCommand</name>
    <message>
        <source>Fetching the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the feed through %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the feed through the proxy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be fetched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ImportFeedCommand</name>
    <message>
        <source>The feed from %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the feed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feed could not be imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::LiveUpdates</name>
    <message numerus="yes">
        <source>Not connected: %1. Trying again in %n s.</source>
        <translation>
            <numerusform>Not connected: %1. Trying again in %n s.</numerusform>
            <numerusform>Not connected: %1. Trying again in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected again to the org directory on %1; changes show as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::LoadDirectoryCommand</name>
    <message>
        <source>Reading the org directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading servers: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the org directory was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org directory read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org directory could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::LoadServerDetailsCommand</name>
    <message>
        <source>Reading the actions of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::MainWindow</name>
    <message>
        <source>EM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo organization — EM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — EM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded yet. The EM service records one each time it applies, skips or fails an action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrator changes recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another change is being written; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable mitigations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block mitigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open org directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org directories (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About EM Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;EM Console %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration console for Exchange Emergency Mitigation: the signed feed of mitigations, what each server applied, blocked or failed, and the audit trail.

Org directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed feeds (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Get-Mitigations report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run now on the %1 selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open org directory on a database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URI, for example
postgresql://emadmin@db.contoso.com/emdir?sslmode=verify-full
The password comes from ~/.pgpass, PGPASSFILE or PGPASSWORD, never from the URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org directory could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a postgresql:// URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-Clixml files (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PowerShell commands are being made; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connectivity test is running; try again when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::NotificationsPage</name>
    <message>
        <source>secops@contoso.com, exadmins@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>em@contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://mail.contoso.com:587 or smtps://mail.contoso.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$CREDENTIALS_DIRECTORY/smtp-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system&apos;s CA store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://contoso.webhook.office.com/...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After each cycle, one digest of what changed goes to these recipients and this webhook. The SMTP password is never stored: it is read from its file at each delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP &amp;user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook CA &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eminder after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the notification settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification settings cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the notification settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notification settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM Console&apos;s Send test, by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::OperationCommand</name>
    <message>
        <source>%1 stopped before it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing %n server(s)</source>
        <translation>
            <numerusform>Changing %n server</numerusform>
            <numerusform>Changing %n servers</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the trust profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the trust profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the Exchange organization</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ReapplyCommand</name>
    <message>
        <source>Reapplying mitigations on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reapplying mitigations on %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::RequestRunCommand</name>
    <message>
        <source>Asking the EM service to run now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::RollbackCommand</name>
    <message>
        <source>Rolling back %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolling back %1 on %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1 on %2 servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM Console removes exactly what %1 added on %2 and restores what it disabled.

An action that is still due is also added to the server&apos;s block list, so that the next cycle does not apply it again; unblock it to let the EM service apply it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked actions stay in the server&apos;s block list until you unblock them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::RunNowCommand</name>
    <message>
        <source>Running a mitigation cycle on every server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a mitigation cycle on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a mitigation cycle on %1 servers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ServerDetailsPane</name>
    <message>
        <source>Mitigations enabled on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MitigationsEnabled of the server. Mitigations apply only when both the organization and the server allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet &amp;web proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (direct connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>InternetWebProxy: the proxy this server fetches the feed through, such as http://proxy.contoso.com:8080. Empty for a direct connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected actions to the block list of the selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what blocks the selected actions from the block list of the selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reapply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a server to see its mitigation actions. Select several to block, unblock or switch them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 more selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 · %3 · Mitigations: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block list: empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feed accepted yet: there are no mitigations to show. Import or fetch a feed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EM service does not run on Edge Transport servers: they are listed and never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the whole mitigation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a mitigation cycle on the selected servers now: applies what is due and puts back what was removed by hand. Blocked actions stay blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what the selected actions added on the selected servers. An action still due is also blocked there, so the next cycle does not apply it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The actions of %1 are shown. Block, Unblock, Reapply, Roll back and the switches apply to the %2 selected servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reapply on the selected servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll back %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ServerTableModel</name>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::ServersPage</name>
    <message>
        <source>Filter servers by name, version, role or result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With failed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With blocked mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) shown</source>
        <translation>
            <numerusform>%1 of %n server shown</numerusform>
            <numerusform>%1 of %n servers shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::SetOrgEnabledCommand</name>
    <message>
        <source>Turning on automatic mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning off automatic mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off automatic mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server of the organization will apply mitigations any more. Mitigations already applied stay in place until they are rolled back.

The feed is still fetched and verified, and the console keeps showing what would apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console switches language at once. Messages already recorded in the org directory stay in the language they were written in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>em::ui::TestConnectivityCommand</name>
    <message>
        <source>Testing connectivity to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connectivity test cancelled: %1 of %n server(s) tested.</source>
        <translation>
            <numerusform>Connectivity test cancelled: %1 of %n server tested.</numerusform>
            <numerusform>Connectivity test cancelled: %1 of %n servers tested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The Mitigation Service endpoint is accessible from this computer for the %n server(s) tested.</source>
        <translation>
            <numerusform>The Mitigation Service endpoint is accessible from this computer for the %n server tested.</numerusform>
            <numerusform>The Mitigation Service endpoint is accessible from this computer for the %n servers tested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n server(s) cannot reach the Mitigation Service endpoint from this computer.</source>
        <translation>
            <numerusform>%1 of %n server cannot reach the Mitigation Service endpoint from this computer.</numerusform>
            <numerusform>%1 of %n servers cannot reach the Mitigation Service endpoint from this computer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>em::ui::TrustSshHostKeyCommand</name>
    <message>
        <source>Reading the SSH host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the SSH host key of %1 was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 (%2 %3) is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust SSH host key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The SSH host key of %1 has CHANGED.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) now presents the %3 key
%4
but %5 was accepted (by %6).

Someone may be intercepting the connection (man in the middle), or the server was reinstalled. Accept the new key only after checking this fingerprint on the server itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EM Console has not connected to %1 before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) presents the %3 key
%4

Check this fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) before accepting it. Every admin and the service will trust it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH host key of %1 was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting the SSH host key of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emconsole</name>
    <message>
        <source>screenshot &apos;%1&apos;: cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>screenshot: the org directory was not read within a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid language &apos;%1&apos;: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration console for Exchange Emergency Mitigation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org directory to open (default: $EM_DIRECTORY, else %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo organization (built on first use in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the demo organization in this folder instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the demo organization afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of this run: en or fr (default: the setting, else the system language).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab to show: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to select.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size, such as 1320x860.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --directory cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tab &apos;%1&apos;: expected one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid size &apos;%1&apos;: expected WIDTHxHEIGHT, such as 1320x860</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>emctl</name>
    <message>
        <source>Server name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange build, e.g. 15.2.1118.7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox (default) or EdgeTransport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where actions are applied: dir:PATH or windows:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--build is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name; all servers when omitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mitigations on this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the block list (&quot;&quot; clears it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy URL for the feed (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hosts that bypass the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send diagnostic data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange build after an update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox or EdgeTransport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir:PATH or windows:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation IDs (M1) or action IDs (M1.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply mitigations automatically in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the feed is fetched (https: or file:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check interval, e.g. 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay of the first check after a service start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the accepted feed is older than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When revocation cannot be checked: warn or fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where diagnostic data is posted (&quot;&quot; for nowhere).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid feed URL &apos;%1&apos;: expected an https: or file: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid diagnostics URL &apos;%1&apos;: expected an https: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid revocation mode &apos;%1&apos;: expected warn or fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes at or after TIME (ISO 8601, or -1h, -7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes to this server (or Organization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events at or after TIME (ISO 8601, or -1h, -7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only events with this ID (1005, 1006, 1007, 1008).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid event ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unregister a server (its history stays in events and audit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show one or all servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change a server&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add mitigation or action IDs to a server&apos;s block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove IDs from a server&apos;s block list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the organization settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the service&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the admin audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New folder for the server&apos;s system drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with applicationHost.config and &lt;Site&gt;[-&lt;vdir&gt;]_web.config files (default: the built-in Exchange 2019 configuration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also register the server in the org directory with this Exchange build, host dir:PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox (default) or EdgeTransport, with --build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role needs --build (it is used to register the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server &apos;%1&apos; is already registered; nothing was laid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lab laid out in &apos;%1&apos;, but registering it failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lay out a lab server (dir: host) from real Exchange 2019 IIS configuration; with --build, register it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a host&apos;s sites and virtual directories with their physical paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before every server was processed.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigation ID (M1) or action ID (M1.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the report to this CSV file (RFC 4180, UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Get-Mitigations report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS CA file &apos;%1&apos;: no PEM certificate found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsigned EOCS document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signed document is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s RSA private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificates to include in KeyInfo (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 3161 timestamp authority URL (http: or https:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust these roots for an https: TSA (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key and --cert are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid TSA URL &apos;%1&apos;: expected an http: or https: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sign &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp authority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2 (timestamped by %3)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed %1 -&gt; %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: verified
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: refused: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed EOCS document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust profile (default: the organization&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify as of this time (ISO 8601, or -1h, -7d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CRL file (PEM or DER) to check revocation with; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign an EOCS document (enveloped XML Signature, optional RFC 3161 timestamp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a signed feed and print every check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch from this URL (https: or file:) instead of the organization&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch through this server&apos;s InternetWebProxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch through this proxy (http://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust these TLS roots (PEM), e.g. of an inspecting proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not fetch the CRLs the signer&apos;s certificates point to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (valid until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificates the signer must chain to (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root certificates of the timestamp authorities (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate certificates (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected signer name, e.g. &quot;CN=Contoso Feed Signing, O=Contoso&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required EKU OID (repeatable; default code signing 1.3.6.1.5.5.7.3.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRLs of the chain (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--anchor is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timestamp anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test through this server&apos;s InternetWebProxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint (default: the organization&apos;s feed URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test through this proxy (http://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust these TLS roots (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit of each step (default 15s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid timeout &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid endpoint &apos;%1&apos;: expected an https: URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch, verify, and on success make it the accepted feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify a feed file and on success make it the accepted feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the accepted feed: signer, signing time, mitigations and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list trust profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add (or replace) a trust profile for feeds an organization signs itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verify feeds with this trust profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test the connection to the Mitigation Service endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run one check now, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often to look for run requests, in seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --request-poll &apos;%1&apos;: expected 1 to 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is sent: the organization has no diagnostics URL (set-org --diagnostics-url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing is sent: DataCollectionEnabled is False on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the EM service loop: first check after the start delay, then every interval; stops on SIGTERM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print exactly the diagnostic data the service would send for a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the EM service to run a cycle instead (the console&apos;s &quot;Ask the service to run now&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--request asks the service to run on its servers: it takes no --identity or --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run one mitigation cycle now (--dry-run prints the plan and changes nothing; --request asks the EM service to run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove what an applied action added, block it if it is still due, and record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export-Clixml files of Get-ExchangeServer and Get-OrganizationConfig.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the command of this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Set-ExchangeServer / Set-OrganizationConfig commands that bring the real organization to the directory&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s site (&quot;&quot; for none): a service node may serve one site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the EM Console schema (version %1) in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded the EM Console schema of %1 from version %2 to %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds the EM Console schema (version %2); nothing to do
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directory to copy (a file path or a postgresql:// URI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to copy it: a new file, or an empty PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both --from and --to are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2: %3 rows in %4 tables, identical
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the schema in an empty database (PostgreSQL), or bring an older one up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a whole org directory (SQLite &lt;-&gt; PostgreSQL) in one transaction, verified equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve only these servers (comma-separated names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve only the servers of this site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node&apos;s name in the servers&apos; leases (default: the host name; give each node on one machine its own).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a node holds a server it serves, in seconds (default 600); another node takes it over when it expires. Longer than a server&apos;s cycle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--node: an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --lease &apos;%1&apos;: expected 1 to 86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the state from this ssh:// server: powershell.exe with the Exchange snap-in runs the cmdlets there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --from: the PowerShell program on the server (default powershell.exe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give export files or --from NAME (one of the two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--powershell needs --from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register or update servers and the organization&apos;s MitigationsEnabled from Get-ExchangeServer / Get-OrganizationConfig CliXml exports, or read them from an ssh:// server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emctl notify test, by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (emctl set-org --notify-mail ADDR,... --notify-from ADDR --smtp-url URL, or --notify-webhook URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test message sent: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send digests to these addresses (comma-separated; &quot;&quot; for no mail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address of the digests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server: smtp://host[:587] (STARTTLS required) or smtps://host[:465].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP AUTH user (&quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the SMTP password, read at each delivery (default with a user: $CREDENTIALS_DIRECTORY/smtp-password). The password itself is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM of the CAs of a private mail server (&quot;&quot;: the system&apos;s store).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST digests as JSON to this https URL (Teams, Slack; &quot;&quot; for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the webhook URL from the first line of this file (keeps its token off the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM trusted for the webhook besides the system&apos;s store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the digests: en or fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell a lasting problem again after this long (default 24h; 0: never).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel: connection, TLS and greeting timeout (default 15s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per channel: the whole delivery&apos;s timeout (default 60s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --notify-webhook or --notify-webhook-file, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--notify-webhook-file &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --notify-language &apos;%1&apos;: expected en or fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read by this user; the service must be able to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send a test message on every notification channel set (mail, webhook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ssh:// server of the directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this host key (as printed without it, after checking it on the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an SSH host key fingerprint: expected SHA256: and 43 characters of base64, as emctl ssh-trust %2 prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 host key of server &apos;%2&apos; (%3) is not accepted yet, so EM Console does not connect to it. Check the fingerprint on the server (ssh-keygen -lf %ProgramData%\ssh\ssh_host_*_key.pub) and accept it with: emctl ssh-trust %2 --fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: THE HOST KEY OF SERVER &apos;%1&apos; (%2) HAS CHANGED. It presents %3 %4, but %5 was accepted (by %6). Someone may be intercepting the connection (man in the middle), or the server was reinstalled. EM Console refuses to connect until an admin has checked the new key on the server and accepted it with: emctl ssh-trust %1 --fingerprint %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the SSH host key of an ssh:// server (refused until accepted), or accept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output: cannot be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--directory: no org directory given (the value is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created a new org directory at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
