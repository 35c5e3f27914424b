#pragma once

// Who makes a change and from where; recorded with every audit row.

#include <QString>

namespace em {

struct Actor {
    QString who; // OS user
    QString host; // machine the change was made from

    static Actor current(); // the OS user on this machine

    friend bool operator==(const Actor &, const Actor &) = default;
};

} // namespace em
