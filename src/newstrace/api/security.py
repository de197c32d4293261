"""The write endpoint's guards: a bearer token compared in constant time, and a cap on
request bodies enforced while they are read (a client cannot send more by leaving out
Content-Length and sending chunks)."""
from __future__ import annotations

import hmac
import json

from fastapi import HTTPException, Request

TOKEN_ENV = "NEWSTRACE_API_TOKEN"


def check_token(request: Request) -> None:
    """401 without a bearer token, 403 with a wrong one, 403 when ingest is off (no token set)."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, f"ingest is off: start the server with {TOKEN_ENV} set to enable it")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "missing token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    # compare_digest takes as long for a near miss as for a wild guess.
    if not hmac.compare_digest(given.strip().encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(403, "wrong token")


class BodyLimit:
    """ASGI middleware: a request whose body exceeds ``max_bytes`` gets 413 and is not
    read further, whether it says so in Content-Length or not."""

    def __init__(self, app, max_bytes: int):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        # NUL never belongs in a query or an id, and PostgreSQL refuses it in any string.
        if "\x00" in scope.get("path", "") or b"%00" in scope.get("query_string", b"").lower():
            return await _reply(send, 400, "NUL characters (%00) are not allowed in a URL")
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    return await _reply(send, 400, "Content-Length is not a number")
                if declared > self.max_bytes:
                    return await _reply(send, 413, self._message())
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        # Read the body here, up to the cap, then hand it on: the application never sees
        # more than max_bytes, and a chunked body with no length is cut off just the same.
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            seen += len(chunk)
            if seen > self.max_bytes:
                return await _reply(send, 413, self._message())
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        replayed = False

        async def replay():
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

    def _message(self) -> str:
        return f"request body too large: at most {self.max_bytes} bytes"


async def _reply(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
