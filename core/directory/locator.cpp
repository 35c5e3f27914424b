#include "locator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

namespace em {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgDirectory)
};
} // namespace

Result<DirectoryLocator> DirectoryLocator::parse(const QString &text)
{
    if (text.isEmpty())
        return fail(ErrorCode::InvalidArgument, Text::tr("org directory: no path given"));
    return DirectoryLocator(Kind::SqliteFile, QFileInfo(text).absoluteFilePath());
}

QString DirectoryLocator::defaultText()
{
    const QString fromEnv = qEnvironmentVariable("EM_DIRECTORY");
    if (!fromEnv.isEmpty())
        return fromEnv;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QStringLiteral("/emconsole/directory.db");
}

DirectoryLocator DirectoryLocator::defaultLocator()
{
    return parse(defaultText()).value_or(DirectoryLocator());
}

} // namespace em
