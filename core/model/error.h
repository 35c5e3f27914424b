#pragma once

// Error and Result: how every core function reports failure. The message names
// the thing and the cause ("server 'EX01': not found"), ready to print.

#include <expected>

#include <QString>

namespace em {

enum class ErrorCode {
    InvalidArgument, // bad user input: build string, boolean, ID syntax
    NotFound, // unknown server, profile, action
    AlreadyExists, // duplicate server name
    Io, // file cannot be read or written
    Database, // SQLite error, locked, corrupt, newer schema
    Network, // DNS, TCP, proxy, TLS, HTTP
    Verification, // feed signature, chain, EKU, timestamp
    Format, // malformed XML, config or feed structure
    Apply, // an action could not be applied on a host
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::InvalidArgument;
    QString message;

    Error() = default;
    Error(ErrorCode c, QString m) : code(c), message(std::move(m)) { }

    // Prefixes the message with context: "server 'EX01': " + message.
    [[nodiscard]] Error wrapped(const QString &context) const
    {
        return {code, context + QStringLiteral(": ") + message};
    }
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return std::unexpected(Error(code, message));
}

inline std::unexpected<Error> fail(const Error &error)
{
    return std::unexpected(error);
}

} // namespace em
