#pragma once

// The org directory's schema, as ordered migration steps.

#include <QList>
#include <QStringList>

namespace em::schema {

const QList<QStringList> &migrations();

} // namespace em::schema
