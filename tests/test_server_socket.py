"""The app server's kernel websocket sends small messages at once (issue 15).

tornado keeps Nagle's algorithm on its websockets; a kernel's answer to an edit is a burst of small
messages, and the second of them waited for the browser's delayed ACK (~40 ms). ``SendAtOnce``
switches it off when the socket opens; checked here on a real tornado websocket over a real TCP
connection, and in the server's handler table.
"""

from __future__ import annotations

import asyncio
import socket
from concurrent.futures import ThreadPoolExecutor

import pytest
from tornado import httpserver, netutil, web, websocket

from beratungskit.server import SendAtOnce, _app_server_class


class _Probe(SendAtOnce, websocket.WebSocketHandler):
    """Answers any message with the server side's TCP_NODELAY flag, as it is once the socket is open."""

    def on_message(self, message: str | bytes) -> None:
        sock = self.ws_connection.stream.socket  # type: ignore[union-attr]
        self.write_message(str(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)))


class _Plain(websocket.WebSocketHandler):
    on_message = _Probe.on_message


async def _flag(path: str) -> str:
    sockets = netutil.bind_sockets(0, "127.0.0.1")
    server = httpserver.HTTPServer(web.Application([("/send-at-once", _Probe), ("/plain", _Plain)]))
    server.add_sockets(sockets)
    port = sockets[0].getsockname()[1]
    try:
        conn = await websocket.websocket_connect(f"ws://127.0.0.1:{port}{path}")
        await conn.write_message("?")
        answer = await conn.read_message()
        conn.close()
        return str(answer)
    finally:
        server.stop()


def _answer(path: str) -> str:
    # an event loop of its own, in a thread: the browser tests' playwright may run one in this thread
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, _flag(path)).result(timeout=60)


def test_the_kernel_socket_sends_without_nagle() -> None:
    assert _answer("/send-at-once") != "0"
    # tornado's default, which the app server must not keep (the probe can tell the two apart)
    assert _answer("/plain") == "0"


def test_the_app_server_uses_it_for_the_kernel_socket() -> None:
    pytest.importorskip("voila")
    from voila.tornado.kernel_websocket_handler import VoilaKernelWebsocketHandler

    server = _app_server_class()
    replaced = server.replaced_handlers
    assert issubclass(replaced[VoilaKernelWebsocketHandler], SendAtOnce)
    assert issubclass(replaced[VoilaKernelWebsocketHandler], VoilaKernelWebsocketHandler)
