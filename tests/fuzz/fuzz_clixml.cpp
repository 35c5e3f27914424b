// PowerShell CliXml (Export-Clixml of Get-ExchangeServer / Get-OrganizationConfig):
// the reader and the Exchange state on top of it never crash, and a state that
// is read survives its JSON round trip (what the directory keeps of an import).

#include <cstddef>
#include <cstdint>

#include "exchange/clixml.h"
#include "exchange/exchangestate.h"
#include "fuzzcommon.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    em::clixml::Limits limits;
    limits.maxElements = 20000; // keep one input fast; the caps themselves are tested in tst_clixml
    const auto document = em::clixml::parse(bytes, limits);
    const auto state = em::parseExchangeExport(bytes, QStringLiteral("fuzz.xml"), limits);
    emfuzz::check(document.has_value() || !state.has_value(), "a state is read only from a document that parses");
    if (state) {
        const auto again = em::exchangeStateFromJson(em::exchangeStateToJson(*state));
        emfuzz::check(again.has_value(), "an imported state reads back from its JSON");
        emfuzz::check(again->servers.size() == state->servers.size(), "the JSON keeps every server");
    }
    return 0;
}
