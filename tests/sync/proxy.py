"""A loopback TCP proxy that misbehaves on purpose: it cuts a connection after a chosen number
of bytes, or forwards a request and drops the server's response (the server has committed,
the client never hears it), or damages the reply to chosen requests (`damage`); or it is only
slow: `bytes_per_second` caps each direction of each connection, as a mobile link would."""

from __future__ import annotations

import contextlib
import random
import socket
import threading
import time
from dataclasses import dataclass

# How a reply is damaged: cut inside its headers (status line and part of a header, then the
# connection closes), its body garbled byte by byte (length kept), or replaced by a well-formed
# reply the protocol does not know: JSON of another shape, or an HTML page.
DAMAGES = ("headers", "garble", "alien", "html")
_FAKE = {
    "alien": (b"application/json", b'{"unexpected": [1, 2, 3]}'),
    "html": (b"text/html", b"<html><body><h1>502 Bad Gateway</h1></body></html>"),
}


@dataclass
class ReplyFault:
    method: str
    path: str  # requests whose path starts with this
    damage: str
    times: int  # replies still to damage


def _fake_reply(damage: str) -> bytes:
    kind, body = _FAKE[damage]
    return (b"HTTP/1.1 200 OK\r\ncontent-type: " + kind + b"\r\ncontent-length: "
            + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body)


class FaultyProxy:
    def __init__(self, target_port: int, *, one_request_per_connection: bool = False,
                 bytes_per_second: int | None = None) -> None:
        self.bytes_per_second = bytes_per_second
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.cut_after: int | None = None  # bytes (both directions) before the connection dies
        self.drop_responses = 0  # this many responses are swallowed after the server answered
        self.chaos: tuple[random.Random, float, int] | None = None  # (rng, probability, max bytes)
        self.faults: list[ReplyFault] = []
        # Replies carry "Connection: close", so that any client (a keep-alive Session too)
        # opens a connection per request and `damage` can tell the requests apart.
        self.one_request_per_connection = one_request_per_connection
        self.lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def damage(self, method: str, path: str, damage: str, times: int = 1) -> None:
        """Damage the next `times` replies to `method` ("*": any) requests for paths starting
        with `path` (the first request of a connection only: see one_request_per_connection)."""
        assert damage in DAMAGES
        with self.lock:
            self.faults.append(ReplyFault(method, path, damage, times))

    def _fault_for(self, request: bytes) -> str | None:
        method, _, rest = request.partition(b" ")
        path = rest.partition(b" ")[0].decode("latin-1")
        with self.lock:
            for fault in self.faults:
                if fault.times > 0 and fault.method in ("*", method.decode("latin-1")) \
                        and path.startswith(fault.path):
                    fault.times -= 1
                    return fault.damage
        return None

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(self.target, timeout=30)
        except OSError:
            client.close()
            return
        with self.lock:
            budget = self.cut_after
            self.cut_after = None  # one fault per arming
            if budget is None and self.chaos is not None:
                rng, probability, most = self.chaos
                if rng.random() < probability:
                    budget = rng.randrange(most)
            drop = self.drop_responses > 0
        state = {"budget": budget, "drop": drop, "damage": None, "first": True}
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, downstream: bool) -> None:
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    if not downstream and state["first"]:
                        state["first"] = False
                        state["damage"] = self._fault_for(data)
                    if downstream:
                        data, go_on = self._reply_bytes(data, state)
                        if not go_on:
                            dst.sendall(data)
                            break
                    if downstream and state["drop"]:
                        with self.lock:
                            self.drop_responses -= 1
                        break  # the server answered; the client never hears it
                    if state["budget"] is not None:
                        if len(data) >= state["budget"]:
                            dst.sendall(data[:state["budget"]])
                            break
                        state["budget"] -= len(data)
                    dst.sendall(data)
                    if self.bytes_per_second:
                        time.sleep(len(data) / self.bytes_per_second)
            except OSError:
                pass
            finally:
                done.set()

        threading.Thread(target=pump, args=(client, upstream, False), daemon=True).start()
        threading.Thread(target=pump, args=(upstream, client, True), daemon=True).start()
        done.wait()
        for s in (client, upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _reply_bytes(self, data: bytes, state: dict) -> tuple[bytes, bool]:
        """(what to send of the server's bytes, whether the connection carries on)."""
        damage = state["damage"]
        if damage in _FAKE:
            return _fake_reply(damage), False
        first = not state.get("replying")
        state["replying"] = True
        if damage == "headers" and first:
            status_line = data.index(b"\r\n") + 2
            return data[:status_line + 6], False  # "HTTP/1.1 200 OK", then half a header
        if first and self.one_request_per_connection:
            status_line = data.index(b"\r\n") + 2
            data = data[:status_line] + b"connection: close\r\n" + data[status_line:]
        if damage == "garble":
            start = 0
            if not state.get("in_body"):
                end = data.find(b"\r\n\r\n")
                if end < 0:
                    return data, True
                state["in_body"], start = True, end + 4
            data = data[:start] + bytes(b ^ 0x5A for b in data[start:])
        return data, True

    def close(self) -> None:
        self._closed = True
        self.listener.close()
