"""The raw baselines of the sync figures: the same rows as a package, without VillageDesk.

:func:`raw_export` reads and seals every syncable row as an export would, in one thread;
:func:`raw_import` inserts a package's decoded records into empty tables of a fresh database.
"""

from __future__ import annotations

import json
import sqlite3
import time
import zlib
from operator import itemgetter
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from sqlalchemy import create_engine

from villagedesk.core.township.model import Records
from villagedesk.store.all_tables import metadata
from villagedesk.store.engine import apply_pragmas
from villagedesk.store.syncable import SYNCABLE
from villagedesk.store.township.collect import BATCH, MAX_JSON_COLUMNS
from villagedesk.sync.container import CHUNK_SIZE

_ENCODER = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def _json_lines_sql(conn: sqlite3.Connection, name: str) -> tuple[str, list[str]]:
    """``SELECT *`` of ``name`` with each row one JSON object, built by SQLite when it can."""
    keys = [d[0] for d in conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description]
    if len(keys) > MAX_JSON_COLUMNS:
        return f'SELECT * FROM "{name}"', keys
    pairs = ", ".join(f"'{k}', \"{k}\"" for k in keys)
    return f'SELECT CAST(json_object({pairs}) AS BLOB) FROM "{name}"', []


def raw_export(db: Path) -> float:
    """Seconds to read every syncable row and seal it as a package would, in one thread.

    ``SELECT *`` of each table in :data:`SYNCABLE` through sqlite3, each row one JSON line of
    its column names and values (SQLite's ``json_object``, as the export's own query does:
    encoding the rows with Python's ``json`` alone takes longer than the whole export), the
    lines deflated (zlib level 1) and the stream encrypted with ChaCha20-Poly1305 in 64 KiB
    chunks. Nothing is written.
    """
    aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    encode = _ENCODER.encode
    conn = sqlite3.connect(f"file:{db.as_posix()}?mode=ro", uri=True)
    try:
        start = time.perf_counter()
        deflate = zlib.compressobj(1, zlib.DEFLATED, -15)
        pending = bytearray()
        index = 0
        for name in SYNCABLE:
            sql, keys = _json_lines_sql(conn, name)
            cursor = conn.execute(sql)
            while rows := cursor.fetchmany(BATCH):
                if keys:
                    text = "".join([encode(dict(zip(keys, r, strict=True))) + "\n" for r in rows])
                    lines = text.encode("utf-8")
                else:
                    lines = b"\n".join([r[0] for r in rows]) + b"\n"
                pending += deflate.compress(lines)
                while len(pending) >= CHUNK_SIZE:
                    aead.encrypt(index.to_bytes(12, "big"), bytes(pending[:CHUNK_SIZE]), None)
                    del pending[:CHUNK_SIZE]
                    index += 1
            cursor.close()
        pending += deflate.flush()
        for at in range(0, len(pending), CHUNK_SIZE):
            aead.encrypt(index.to_bytes(12, "big"), bytes(pending[at : at + CHUNK_SIZE]), None)
            index += 1
        return time.perf_counter() - start
    finally:
        conn.close()


def raw_import(records: Records, folder: Path) -> float:
    """Seconds to ``executemany`` the records into empty tables of a fresh database.

    The tables come from ``tables.metadata`` (``create_all``, not timed), the connection gets the
    station PRAGMAs but no foreign key checks: the integer foreign key columns get the parents'
    uuids as the package carries them. One transaction, as an import's.
    """
    db = folder / "raw-import.db"
    engine = create_engine(f"sqlite:///{db.as_posix()}")
    metadata.create_all(engine)
    engine.dispose()
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        apply_pragmas(conn)
        conn.execute("PRAGMA foreign_keys=OFF")
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        for name, rows in records.items():
            if not rows or name not in SYNCABLE:  # the audit section is no table's rows
                continue
            table = SYNCABLE[name]
            keys = [c.name for c in table.columns if c.name in rows[0]]
            columns = ", ".join(f'"{k}"' for k in keys)
            marks = ", ".join("?" * len(keys))
            values = itemgetter(*keys)  # a tuple: every table has several columns
            conn.executemany(
                f'INSERT INTO "{name}" ({columns}) VALUES ({marks})', map(values, rows)
            )
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        conn.close()
