#include "recordtext.h"

namespace em {

namespace {
thread_local int depth = 0;
} // namespace

RecordTextScope::RecordTextScope()
{
    ++depth;
}

RecordTextScope::~RecordTextScope()
{
    --depth;
}

bool RecordTextScope::active()
{
    return depth > 0;
}

} // namespace em
