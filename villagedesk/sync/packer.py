"""Writing the payload ZIP while the records are still being read: a second thread deflates.

The caller's thread iterates the blocks of JSON lines (for the store's blocks that runs the SQLite
query, which must stay on its connection's thread); a worker thread checks, counts and deflates
them into the ZIP. SQLite and zlib both release the GIL, so on two cores the reading and the
compressing overlap. A bounded queue keeps at most a few blocks in flight.

API:
    pack_blocks(sources, *, extra=None, level) -> (zip_bytes, counts)
        sources: (record type, blocks of whole UTF-8 JSON lines, each ending in "\\n"), in order;
        every type gets an entry ``records/<type>.jsonl`` (empty when it has no block);
        extra: (entry name, bytes) written last. counts: lines per record type.
"""

from __future__ import annotations

import io
import queue
import threading
import zipfile
from collections.abc import Iterable
from typing import IO

QUEUE_BLOCKS = 6

_Item = tuple[str, bytes, str] | None


class _Deflater(threading.Thread):
    """Consumes (entry name, block, record type) until ``None``; never leaves a producer blocked."""

    def __init__(self, level: int) -> None:
        super().__init__(name="sync-deflate", daemon=True)
        self.level = level
        self.queue: queue.Queue[_Item] = queue.Queue(maxsize=QUEUE_BLOCKS)
        self.buffer = io.BytesIO()
        self.counts: dict[str, int] = {}
        self.error: BaseException | None = None
        self._ended = False

    def _next(self) -> _Item:
        item = self.queue.get()
        self._ended = item is None
        return item

    def run(self) -> None:
        try:
            self._write()
        except BaseException as exc:  # handed to the producer's thread by pack_blocks
            self.error = exc
            while not self._ended:  # drain, so that the producer's put() never blocks
                self._next()

    def _write(self) -> None:
        counts = self.counts
        with zipfile.ZipFile(
            self.buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=self.level
        ) as zf:
            name = ""
            entry: IO[bytes] | None = None
            try:
                while (item := self._next()) is not None:
                    entry_name, block, record_type = item
                    if entry_name != name:
                        if entry is not None:
                            entry.close()
                            entry = None
                        if entry_name in zf.NameToInfo:
                            raise ValueError(f"entry {entry_name!r} written twice")
                        name, entry = entry_name, zf.open(entry_name, "w")
                        if record_type:
                            counts[record_type] = 0
                    if not block or entry is None:
                        continue
                    if record_type:
                        _check_lines(block)
                        counts[record_type] += block.count(b"\n")
                    entry.write(block)
            finally:
                if entry is not None:
                    entry.close()


def _check_lines(block: bytes) -> None:
    """Whole lines of UTF-8 text (each record one line: the reader counts them)."""
    if not block.endswith(b"\n"):
        raise ValueError("a block of JSON lines must end with a newline")
    if not block.isascii():
        block.decode("utf-8")  # UnicodeDecodeError (a ValueError) when it is not UTF-8


def pack_blocks(
    sources: Iterable[tuple[str, Iterable[bytes]]],
    *,
    extra: tuple[str, bytes] | None = None,
    level: int,
) -> tuple[bytes, dict[str, int]]:
    """Build the ZIP from the sources (iterated on this thread); returns it and the counts."""
    worker = _Deflater(level)
    worker.start()
    put = worker.queue.put
    try:
        for record_type, blocks in sources:
            name = f"records/{record_type}.jsonl"
            put((name, b"", record_type))
            for block in blocks:
                if block:
                    put((name, block, record_type))
        if extra is not None:
            put((extra[0], extra[1], ""))
    finally:
        put(None)
        worker.join()
    if worker.error is not None:
        raise worker.error
    return worker.buffer.getvalue(), worker.counts
