#pragma once

// What a model shows: text from feeds, names and files with its control
// characters and bidi controls escaped (em::displayText), so that a cell
// cannot reverse a name or hide part of it. Tooltips keep their line feeds.

#include <QVariant>

#include "model/text.h"

namespace em::ui {

inline QVariant shownText(const QVariant &value, int role)
{
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole) || value.typeId() != QMetaType::QString)
        return value;
    return displayText(value.toString(), role == Qt::ToolTipRole);
}

} // namespace em::ui
