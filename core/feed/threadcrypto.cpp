#include "feed/threadcrypto.h"

#include <openssl/crypto.h>

namespace em {

void releaseThreadCryptoState()
{
    OPENSSL_thread_stop();
}

} // namespace em
