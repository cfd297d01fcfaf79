"""A stand-in for DNS and the network, for fetcher tests that need public names.

The dialer records which address the fetcher asked for and connects every one of
them to a loopback server instead, so no test contacts anything but 127.0.0.1.
"""

from __future__ import annotations

import typing

import httpcore


class LoopbackDialer(httpcore.AnyIOBackend):
    """Records each address dialled and connects it to the fault server instead."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.dialled: list[str] = []

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: typing.Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        self.dialled.append(host)
        return await super().connect_tcp("127.0.0.1", self.port, timeout=timeout)


class FakeDNS:
    """A resolver answering from a table; a list of answers is served one per lookup."""

    def __init__(self, table: dict[str, list[list[str]]]) -> None:
        self.table = table
        self.asked: list[str] = []

    async def __call__(self, host: str, port: int) -> list[str]:
        self.asked.append(host)
        answers = self.table[host]
        return answers.pop(0) if len(answers) > 1 else answers[0]
