#pragma once

// OpenSSL keeps per-thread state (the error queue, DRBG, provider caches) that
// it frees when the thread exits. Qt's pool threads are not joined: at exit a
// pool thread's OpenSSL state can still be alive while the process tears
// OpenSSL down, which LeakSanitizer reports and which races with
// OPENSSL_cleanup. Work handed to a pool thread that may use OpenSSL (a feed
// verification, a cycle, a mail) ends with a ThreadCryptoRelease in scope, so
// the thread gives its state back before it returns to the pool. Further
// OpenSSL use on that thread allocates the state again.

namespace em {

void releaseThreadCryptoState();

class ThreadCryptoRelease
{
public:
    ThreadCryptoRelease() = default;
    ~ThreadCryptoRelease() { releaseThreadCryptoState(); }
    ThreadCryptoRelease(const ThreadCryptoRelease &) = delete;
    ThreadCryptoRelease &operator=(const ThreadCryptoRelease &) = delete;
};

} // namespace em
