#pragma once

// The file dialogs of the main window's commands: window-modal (open(), no
// nested event loop), starting in the folder last used for the same purpose
// (kept in QSettings), calling back with what was chosen.

#include <functional>

#include <QStringList>

class QWidget;

namespace em::ui {

struct FileChoice {
    enum Mode { OpenOne, OpenSeveral, Save };
    QString objectName; // how tests find the dialog: "importFeedDialog"
    QString title;
    QString filter; // "Signed feeds (*.xml);;All files (*)"
    QString folderKey; // the QSettings key of the folder last used
    Mode mode = OpenOne;
    QString suggestedName; // Save: the file name offered
};

// Opens the dialog over PARENT; `chosen` gets the files once accepted (never empty).
void chooseFiles(QWidget *parent, const FileChoice &choice, const std::function<void(const QStringList &)> &chosen);

} // namespace em::ui
