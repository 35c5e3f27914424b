#pragma once

// The last Exchange import: the organization's state as Exchange reported it
// (exchangeStateToJson's JSON, kept as it is), when, and from which files.
// The script of the differences (emctl exchange script) is written from it.

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

#include "model/error.h"

namespace em {

class DirectoryConnection;

struct ExchangeImportRecord {
    QByteArray state; // JSON (core/exchange exchangeStateToJson)
    QDateTime importedAt;
    QStringList files; // absolute paths, in the order imported
};

class ExchangeImportStore
{
public:
    explicit ExchangeImportStore(DirectoryConnection &connection) : m_connection(connection) { }

    // Nothing before the first import.
    Result<std::optional<ExchangeImportRecord>> lastImport();
    // Replaces the last import (in the caller's transaction, or its own).
    Result<void> recordImport(const ExchangeImportRecord &record);

private:
    DirectoryConnection &m_connection;
};

} // namespace em
