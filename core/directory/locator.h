#pragma once

// Where an org directory lives: the path of an SQLite file today (a libpq
// connection URI when PostgreSQL is added). A value: parsed once, shown in
// messages, and handed to the worker threads that open their own connection.

#include <QString>

#include "model/error.h"

namespace em {

class DirectoryLocator
{
public:
    enum class Kind { SqliteFile };

    DirectoryLocator() = default;

    // A path (relative paths are taken from the current folder). Refuses an
    // empty text.
    static Result<DirectoryLocator> parse(const QString &text);
    // $EM_DIRECTORY, else the per-user data folder's emconsole/directory.db.
    static DirectoryLocator defaultLocator();
    static QString defaultText();

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] bool isNull() const { return m_text.isEmpty(); }
    // The absolute file path (SqliteFile).
    [[nodiscard]] QString path() const { return m_text; }
    // As messages name it; never holds a secret.
    [[nodiscard]] QString displayName() const { return m_text; }
    // What parse() reads back to the same locator.
    [[nodiscard]] QString toString() const { return m_text; }

    friend bool operator==(const DirectoryLocator &, const DirectoryLocator &) = default;

private:
    DirectoryLocator(Kind kind, QString text) : m_kind(kind), m_text(std::move(text)) { }

    Kind m_kind = Kind::SqliteFile;
    QString m_text;
};

} // namespace em
