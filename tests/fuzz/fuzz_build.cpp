// Exchange build strings as admins paste them: parsing never crashes, and
// what is accepted prints back to a string that parses to the same build.

#include <cstddef>
#include <cstdint>

#include "fuzzcommon.h"
#include "model/build.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto build = em::Build::parse(text);
    if (!build)
        return 0;
    const auto again = em::Build::parse(build->toString());
    emfuzz::check(again.has_value(), "a build's canonical text parses");
    emfuzz::check(*again == *build, "a build's canonical text parses to the same build");
    emfuzz::check(again->sortKey() == build->sortKey(), "equal builds sort together");
    return 0;
}
