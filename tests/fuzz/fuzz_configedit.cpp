// The IIS config editor on any config file: for every file it accepts,
// applying a URL Rewrite action gives a text that parses, and rolling it back
// gives back the exact original bytes. Applied both at the top level and in a
// <location> (where Exchange's applicationHost.config keeps site rules).

#include <cstddef>
#include <cstdint>

#include "fuzzcommon.h"
#include "host/configxml.h"
#include "host/rewriteedit.h"

namespace {

const em::host::RewriteRules &rules()
{
    static const em::host::RewriteRules parsed = [] {
        em::Action action;
        action.id = QStringLiteral("M1.1");
        action.mitigationId = QStringLiteral("M1");
        action.type = em::ActionType::UrlRewrite;
        action.scope = em::ActionScope::Site;
        action.target = QStringLiteral("Default Web Site");
        action.rulesXml = QStringLiteral(R"xml(
        <rule name="EEMS M1.1 PowerShell - inbound" stopProcessing="true">
          <match url=".*" />
          <conditions><add input="{UrlDecode:{REQUEST_URI}}" pattern="(?=.*autodiscover)(?=.*powershell)" /></conditions>
          <action type="AbortRequest" />
        </rule>
        <outboundRules>
          <preConditions>
            <preCondition name="EEMS M1.1 html - precondition"><add input="{RESPONSE_CONTENT_TYPE}" pattern="^text/html" /></preCondition>
          </preConditions>
          <rule name="EEMS M1.1 Server header - outbound" preCondition="EEMS M1.1 html - precondition">
            <match serverVariable="RESPONSE_Server" pattern=".+" />
            <action type="Rewrite" value="" />
          </rule>
        </outboundRules>)xml");
        const auto r = em::host::RewriteRules::fromAction(action);
        emfuzz::check(r.has_value(), "the fixed action's rules are valid");
        return *r;
    }();
    return parsed;
}

void applyThenRollBack(const QByteArray &original, const em::host::ConfigText &config, const em::host::XmlTree &tree,
    const em::host::RewritePlace &place)
{
    const auto applied = em::host::applyRewrite(config, tree, place, rules(), {}, QStringLiteral("web.config"));
    if (!applied || !applied->changed)
        return;
    em::host::ConfigText after = config;
    after.text = applied->text;
    const auto afterTree = em::host::XmlTree::parse(after.text);
    emfuzz::check(afterTree.has_value(), "the applied config parses");
    const auto probe = em::host::probeRewrite(*afterTree, place, rules());
    Q_UNUSED(probe);
    const auto rolled = em::host::rollbackRewrite(
        after, *afterTree, place, rules(), applied->journal, QStringLiteral("web.config"));
    emfuzz::check(rolled.has_value(), "what was applied rolls back");
    em::host::ConfigText back = after;
    back.text = rolled->text;
    emfuzz::check(back.encode() == original, "rollback gives back the exact original bytes");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto config = em::host::ConfigText::decode(bytes, QStringLiteral("web.config"));
    if (!config)
        return 0;
    emfuzz::check(config->encode() == bytes, "an accepted file encodes back to its bytes");
    const auto tree = em::host::XmlTree::parse(config->text);
    if (!tree)
        return 0;
    applyThenRollBack(bytes, *config, *tree, em::host::RewritePlace {});
    applyThenRollBack(bytes, *config, *tree, em::host::RewritePlace {QStringLiteral("Default Web Site")});
    return 0;
}
