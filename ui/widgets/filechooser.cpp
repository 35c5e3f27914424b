#include "filechooser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace em::ui {

void chooseFiles(QWidget *parent, const FileChoice &choice, const std::function<void(const QStringList &)> &chosen)
{
    QString folder = QSettings().value(choice.folderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(parent, choice.title,
        choice.suggestedName.isEmpty() ? folder : QDir(folder).filePath(choice.suggestedName), choice.filter);
    dialog->setObjectName(choice.objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    switch (choice.mode) {
    case FileChoice::OpenOne:
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        break;
    case FileChoice::OpenSeveral:
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        break;
    case FileChoice::Save:
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QFileInfo(choice.suggestedName).suffix());
        break;
    }
    QObject::connect(
        dialog, &QFileDialog::filesSelected, dialog, [key = choice.folderKey, chosen](const QStringList &files) {
            if (files.isEmpty())
                return;
            QSettings().setValue(key, QFileInfo(files.first()).absolutePath());
            chosen(files);
        });
    dialog->open(); // no nested event loop
}

} // namespace em::ui
