"""A loopback TCP proxy that misbehaves on purpose: it cuts a connection after a chosen number
of bytes, or forwards a request and drops the server's response (the server has committed,
the client never hears it)."""

from __future__ import annotations

import contextlib
import random
import socket
import threading


class FaultyProxy:
    def __init__(self, target_port: int) -> None:
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(64)
        self.port = self.listener.getsockname()[1]
        self.cut_after: int | None = None  # bytes (both directions) before the connection dies
        self.drop_responses = 0  # this many responses are swallowed after the server answered
        self.chaos: tuple[random.Random, float, int] | None = None  # (rng, probability, max bytes)
        self.lock = threading.Lock()
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

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
        state = {"budget": budget, "drop": drop}
        done = threading.Event()

        def pump(src: socket.socket, dst: socket.socket, downstream: bool) -> None:
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
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

    def close(self) -> None:
        self._closed = True
        self.listener.close()
