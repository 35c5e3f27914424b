#pragma once

// Writing a file an admin names (a CSV report, a signed feed): every write
// and the commit are checked, and a failure leaves the previous file as it
// was. A regular file (or a new one) is written through QSaveFile: to a
// temporary file next to it, renamed over it only when everything was
// written. A character device or a pipe named as the output (/dev/stdout, a
// shell's >(...)) is written in place, since it cannot be replaced; a pipe
// nobody reads is refused rather than waited on. Anything else (a folder, a
// socket, a block device) is refused before anything is opened.

#include <memory>

#include <QByteArrayView>
#include <QString>

#include "model/error.h"

class QSaveFile;

namespace em {

class OutputFile
{
public:
    // `what` names the file in messages ("CSV file", "output").
    OutputFile(QString path, QString what);
    ~OutputFile(); // an output never committed is cancelled
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    Result<void> open();
    Result<void> write(QByteArrayView bytes);
    // Makes the output the file (regular files); the output is then complete.
    Result<void> commit();
    // Drops what was written: the previous file stays as it was.
    void cancel();

private:
    Error failure(const QString &cause) const;

    QString m_path;
    QString m_what;
    std::unique_ptr<QSaveFile> m_save;
    int m_fd = -1; // a device or a pipe written in place
    bool m_existed = false;
    bool m_inPlace = false; // a device or a pipe: there is no previous file to keep
};

// open, write and commit in one.
Result<void> writeOutputFile(const QString &path, const QString &what, QByteArrayView bytes);

} // namespace em
