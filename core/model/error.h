#pragma once

// Error and Result: how every core function reports failure. The message names
// the thing and the cause ("server 'EX01': not found"), ready to print.
//
// Result<T> is std::expected<T, Error> where the standard library has it. The
// clang 14 of the asan/fuzz build cannot compile libstdc++'s <expected> (it
// needs C++20 concepts of a newer level), so there em::Expected is a small
// class with the same interface as far as this code uses it. Code says
// em::Expected / em::Unexpected, never std::expected, so that both compile.

#include <type_traits>
#include <utility>
#include <variant>

#if __has_include(<expected>)
#include <expected>
#endif

#include <QString>

namespace em {

#if defined(__cpp_lib_expected) && __cpp_lib_expected >= 202202L

template<typename T, typename E>
using Expected = std::expected<T, E>;
template<typename E>
using Unexpected = std::unexpected<E>;

#else

template<typename E>
class Unexpected
{
public:
    constexpr explicit Unexpected(E error) : m_error(std::move(error)) { }
    constexpr const E &error() const & { return m_error; }
    constexpr E &error() & { return m_error; }
    constexpr E &&error() && { return std::move(m_error); }

private:
    E m_error;
};
template<typename E>
Unexpected(E) -> Unexpected<E>;

template<typename T>
inline constexpr bool isUnexpected = false;
template<typename E>
inline constexpr bool isUnexpected<Unexpected<E>> = true;

// A value or an error; accessing the one that is not there is a programming
// error and aborts (the standard's bad_expected_access is never relied on).
template<typename T, typename E>
class Expected
{
public:
    using value_type = T;
    using error_type = E;

    constexpr Expected() requires std::is_default_constructible_v<T> : m_state(std::in_place_index<0>) { }
    template<typename U = T>
    requires(
        std::is_constructible_v<T,
            U &&> && !std::is_same_v<std::remove_cvref_t<U>, Expected> && !isUnexpected<std::remove_cvref_t<U>>) constexpr Expected(U
            &&value)
        : m_state(std::in_place_index<0>, std::forward<U>(value))
    { }
    template<typename G>
    constexpr Expected(const Unexpected<G> &error) : m_state(std::in_place_index<1>, error.error())
    { }
    template<typename G>
    constexpr Expected(Unexpected<G> &&error) : m_state(std::in_place_index<1>, std::move(error).error())
    { }

    [[nodiscard]] constexpr bool has_value() const { return m_state.index() == 0; }
    constexpr explicit operator bool() const { return has_value(); }

    constexpr T &value() & { return check(), std::get<0>(m_state); }
    constexpr const T &value() const & { return check(), std::get<0>(m_state); }
    constexpr T &&value() && { return check(), std::get<0>(std::move(m_state)); }
    constexpr T &operator*() & { return value(); }
    constexpr const T &operator*() const & { return value(); }
    constexpr T &&operator*() && { return std::move(*this).value(); }
    constexpr T *operator->() { return &value(); }
    constexpr const T *operator->() const { return &value(); }

    constexpr E &error() & { return std::get<1>(m_state); }
    constexpr const E &error() const & { return std::get<1>(m_state); }
    constexpr E &&error() && { return std::get<1>(std::move(m_state)); }

    template<typename U>
    constexpr T value_or(U &&fallback) const &
    {
        return has_value() ? std::get<0>(m_state) : static_cast<T>(std::forward<U>(fallback));
    }
    template<typename U>
    constexpr T value_or(U &&fallback) &&
    {
        return has_value() ? std::get<0>(std::move(m_state)) : static_cast<T>(std::forward<U>(fallback));
    }
    template<typename... Args>
    constexpr T &emplace(Args &&...args)
    {
        return m_state.template emplace<0>(std::forward<Args>(args)...);
    }

private:
    constexpr void check() const
    {
        if (!has_value())
            __builtin_trap();
    }

    std::variant<T, E> m_state;
};

template<typename E>
class Expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    constexpr Expected() = default;
    template<typename G>
    constexpr Expected(const Unexpected<G> &error) : m_error(error.error()), m_failed(true)
    { }
    template<typename G>
    constexpr Expected(Unexpected<G> &&error) : m_error(std::move(error).error()), m_failed(true)
    { }

    [[nodiscard]] constexpr bool has_value() const { return !m_failed; }
    constexpr explicit operator bool() const { return has_value(); }
    constexpr void value() const
    {
        if (m_failed)
            __builtin_trap();
    }
    constexpr void operator*() const { value(); }

    constexpr E &error() & { return m_error; }
    constexpr const E &error() const & { return m_error; }
    constexpr E &&error() && { return std::move(m_error); }

private:
    E m_error {};
    bool m_failed = false;
};

#endif

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
using Result = Expected<T, Error>;

inline Unexpected<Error> fail(ErrorCode code, const QString &message)
{
    return Unexpected(Error(code, message));
}

inline Unexpected<Error> fail(const Error &error)
{
    return Unexpected(error);
}

} // namespace em
