#!/usr/bin/python3
"""A real SMTP server for the notification tests (Debian's python3-aiosmtpd).

Listens on 127.0.0.1 (a free port, printed as "READY <port>" on stdout),
optionally with STARTTLS or implicit TLS and AUTH, and stores every message it
accepts in OUT as N.eml (the bytes received) and N.json (envelope, session and
the message as Python's email package parses it: decoded subject, headers,
each part's content type, charset, transfer encoding and decoded text).

Run with /usr/bin/python3: the python3 first on PATH may lack Debian's modules.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import signal
import socket
import ssl
import sys

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--out", required=True, help="folder for the received messages")
    p.add_argument("--cert", help="PEM certificate (with --key): offer STARTTLS")
    p.add_argument("--key")
    p.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte (smtps)")
    p.add_argument("--user", help="require AUTH as this user")
    p.add_argument("--password-file", help="the user's password (first line)")
    p.add_argument("--mechanisms", default="LOGIN,PLAIN", help="AUTH mechanisms offered")
    p.add_argument("--hide-auth", action="store_true",
                   help="require AUTH but never offer it (with --implicit-tls: aiosmtpd then sees no TLS)")
    p.add_argument("--reject-rcpt", action="append", default=[], help="answer 550 to this recipient")
    return p.parse_args()


class Handler:
    def __init__(self, out, reject):
        self.out = out
        self.reject = set(a.lower() for a in reject)
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.reject:
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        raw = envelope.original_content or envelope.content
        base = os.path.join(self.out, str(self.count))
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parts = []
        for part in msg.walk():
            if part.is_multipart():
                continue
            parts.append({
                "contentType": part.get_content_type(),
                "charset": part.get_content_charset(),
                "transferEncoding": part.get("Content-Transfer-Encoding"),
                "content": part.get_content(),
            })
        auth = getattr(session, "em_auth", None)
        record = {
            "mailFrom": envelope.mail_from,
            "rcptTos": envelope.rcpt_tos,
            # STARTTLS sets session.ssl; implicit TLS shows on the transport.
            "tls": session.ssl is not None or server.transport.get_extra_info("ssl_object") is not None,
            "authMechanism": auth[0] if auth else None,
            "authLogin": auth[1] if auth else None,
            "subject": str(msg["subject"]),
            "from": str(msg["from"]),
            "to": str(msg["to"]),
            "date": str(msg["date"]),
            "messageId": str(msg["message-id"]),
            "contentType": msg.get_content_type(),
            "defects": [str(d) for d in msg.defects],
            "parts": parts,
        }
        with open(base + ".eml", "wb") as f:
            f.write(raw)
        # Written last and renamed: a test that sees N.json sees all of it.
        with open(base + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False, indent=1)
        os.replace(base + ".json.tmp", base + ".json")
        return "250 2.0.0 Ok: queued as %d" % self.count


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)
    tls = None
    if args.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.cert, args.key)

    password = None
    if args.password_file:
        with open(args.password_file, "rb") as f:
            password = f.read().splitlines()[0]

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (isinstance(auth_data, LoginPassword) and auth_data.login.decode() == args.user
              and auth_data.password == password)
        if ok:
            session.em_auth = (mechanism, auth_data.login.decode())
        return AuthResult(success=ok, handled=False)

    offered = set(m.strip().upper() for m in args.mechanisms.split(","))
    excluded = [m for m in ("LOGIN", "PLAIN") if m not in offered]

    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    handler = Handler(args.out, args.reject_rcpt)

    def factory():
        kwargs = dict(hostname="localhost", decode_data=False, loop=loop)
        if tls is not None and not args.implicit_tls:
            kwargs.update(tls_context=tls, require_starttls=True)
        if args.user:
            # With implicit TLS aiosmtpd does not know the session is encrypted:
            # it offers AUTH only when told TLS is not required (it is, from the first byte).
            kwargs.update(auth_required=True, auth_require_tls=args.hide_auth or not args.implicit_tls, authenticator=authenticator,
                          auth_exclude_mechanism=excluded)
        return SMTP(handler, **kwargs)

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    server = loop.run_until_complete(
        loop.create_server(factory, sock=sock, ssl=tls if args.implicit_tls else None))
    loop.add_signal_handler(signal.SIGTERM, loop.stop)
    print("READY %d" % sock.getsockname()[1], flush=True)
    try:
        loop.run_forever()
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
