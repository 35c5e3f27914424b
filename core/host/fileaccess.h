#pragma once

// FileAccess: the files of a host, under one root, as the IIS editing code
// reads and writes them. The local implementation confines every path to its
// root: each component is opened relative to the folder before it, a link is
// never followed (it is refused, named), anything that is not a regular file
// (FIFO, device, socket) is refused before it is opened, and every read has a
// size cap. A remote implementation (SFTP) gives the same guarantees over its
// own protocol. Paths are relative to the root, '/'-separated; "." and ".."
// components are refused.

#include <functional>
#include <memory>

#include <QStringList>

#include "model/error.h"

namespace em::host {

// Read caps (docs/host.md).
inline constexpr qint64 configFileLimit = 16 * 1024 * 1024; // applicationHost.config, web.config, lab sources
inline constexpr qint64 stateFileLimit = 1024 * 1024; // the host's state.json

enum class FileType { Missing, Regular, Directory, Special };

struct FileStatus {
    FileType type = FileType::Missing;
    qint64 size = 0;
    bool writable = false; // the mode has a write bit (the Windows read-only attribute is clear)
};

// An exclusive lock held for as long as the object lives.
class FileLock
{
public:
    virtual ~FileLock() = default;
};

class FileAccess
{
public:
    virtual ~FileAccess() = default;

    // The root as it is named in local paths and messages.
    [[nodiscard]] virtual QString root() const = 0;
    // root() + "/" + path, for messages and the host's public views.
    [[nodiscard]] QString fullPath(const QString &path) const;

    // What is at `path` (Missing when it or a folder on the way is missing).
    // A link anywhere on the way is an error, not Missing.
    virtual Result<FileStatus> status(const QString &path) = 0;
    // The names in a folder ("" is the root).
    virtual Result<QStringList> list(const QString &directory) = 0;
    // A regular file's bytes; fails with NotFound when it does not exist,
    // and when it is larger than `limit`.
    virtual Result<QByteArray> read(const QString &path, qint64 limit) = 0;
    // Replaces or creates the file atomically: a temporary file beside it,
    // flushed to disk, renamed over it, the folder flushed; a replaced file's
    // mode is kept. On failure the file is as it was (unless only flushing
    // the folder failed after the rename: the message says so). The folder must exist.
    virtual Result<void> write(const QString &path, const QByteArray &bytes) = 0;
    // Creates a new file the same way; fails with AlreadyExists when the name is taken.
    virtual Result<void> create(const QString &path, const QByteArray &bytes) = 0;
    // Removes a regular file.
    virtual Result<void> remove(const QString &path) = 0;
    // Creates the folder and the missing ones before it.
    virtual Result<void> makeDirectories(const QString &path) = 0;
    // Takes the exclusive lock named by the file at `path` (created when
    // missing, removed on release); nullptr when another holder has it. Never waits.
    virtual Result<std::unique_ptr<FileLock>> tryLock(const QString &path) = 0;
};

// Tests only: called before a step of write() ("write": half the bytes are
// written, "commit": before the rename) with the file's full path;
// returning true makes that step fail as a failing device would.
using FaultHook = std::function<bool(const QString &step, const QString &path)>;

// Local files under `root`. The root itself is taken as given (a link in
// the root's own path is the admin's choice); with `createRoot` it is made
// when missing, at the first access.
std::unique_ptr<FileAccess> localFileAccess(const QString &root, bool createRoot = false, FaultHook faults = {});

// The parent folder of a relative path ("" for a name at the root) and its last component.
QString parentPath(const QString &path);
QString fileNamePart(const QString &path);
// a + "/" + b, where either may be empty.
QString joinPath(const QString &a, const QString &b);

} // namespace em::host
