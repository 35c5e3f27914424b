#include "actor.h"

#include <QSysInfo>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace em {

Actor Actor::current()
{
    Actor actor;
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()))
        actor.who = QString::fromLocal8Bit(pw->pw_name);
#endif
    if (actor.who.isEmpty())
        actor.who = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER", QStringLiteral("unknown")));
    actor.host = QSysInfo::machineHostName();
    return actor;
}

} // namespace em
