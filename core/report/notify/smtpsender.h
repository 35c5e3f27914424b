#pragma once

// Sends one message over SMTP through libcurl: smtp:// with STARTTLS required
// (never falls back to plain text), or smtps:// (TLS from the start); AUTH
// with a password read from a file at send time (kept in memory only for the
// transfer: never logged, never in an error, never on a command line); the
// server's certificate verified against the system's store or a given CA
// file; connect and total timeouts; a cancel flag checked about once a second.
//
// Blocking: call it on a worker thread (Notifier does).

#include <atomic>
#include <chrono>

#include <QByteArray>
#include <QStringList>
#include <QUrl>

#include "model/error.h"

namespace em {

struct SmtpOptions {
    QUrl url; // smtp://host[:port] or smtps://host[:port] (parseSmtpUrl)
    QString user; // empty: no AUTH
    QString passwordFile; // empty with a user: $CREDENTIALS_DIRECTORY/smtp-password
    QString caFile; // PEM; empty: the system's CA store
    std::chrono::milliseconds connectTimeout {15000}; // TCP, greeting, STARTTLS, TLS and AUTH
    std::chrono::milliseconds totalTimeout {60000}; // the whole transfer
};

// What went wrong, for callers that react to the kind (tests, the console).
enum class SmtpFailure {
    None,
    InvalidRequest, // bad URL, no recipient, password file unreadable
    Dns,
    Refused, // TCP connection refused
    Connect, // other connection failures
    StartTls, // STARTTLS not offered or refused by the server
    TlsVerification, // certificate not trusted or not for this host
    Tls, // handshake failed
    Authentication,
    Sender, // MAIL FROM refused
    Recipient, // RCPT TO refused
    Data, // the message refused
    Timeout,
    Cancelled,
    Protocol, // the server closed the connection or answered out of protocol
};

struct SmtpResult {
    SmtpFailure failure = SmtpFailure::None;
    Error error; // when failure != None: "mail to smtp://host:587: <cause>"
    [[nodiscard]] bool ok() const { return failure == SmtpFailure::None; }
};

// Sends `message` (a complete RFC 5322 message, CRLF lines) from
// `envelopeFrom` to `recipients`.
SmtpResult sendMail(const SmtpOptions &options, const QString &envelopeFrom, const QStringList &recipients,
    const QByteArray &message, const std::atomic<bool> *cancel = nullptr);

} // namespace em
