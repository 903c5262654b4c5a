"""Whom a township trusts for a village, and whether a package continues the history it knows.

A village's packages are numbered per installation (the id travels with the village's keys) and
per line (a restore from a backup starts a new line of that installation's history). Each
package names the earlier packages of its history since the newest one the township confirmed
(``links``: seq and hash). The township keeps what it imported, so it can tell three things
apart before it decrypts anything:

- the history it knows, continued (or an older package of it): imported as usual;
- a restore: a higher line whose links agree with what the township imported up to the backup's
  last package; the packages after that belong to a history that ended, and the new line goes on;
- a fork ("同一村出现两份不同的数据"): a second package with a number already imported and
  another hash, links that contradict what was imported, links that reach nothing the township
  knows, a lower line, or the trusted key with another installation id (copied key files).
  A fork is held and shown with both fingerprints, never dropped.

Accepting a new village key (``--accept``) starts a new epoch: a new installation whose numbers
and confirmed counter start from nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from villagedesk.core.fingerprints import short_hash
from villagedesk.core.text import QT_TRANSLATE_NOOP, Message, msg
from villagedesk.core.township.model import PackageHeader, PackageRefused, VillagePeer

CTX = "Sync"


class ForkFound(Exception):
    """Raised by the trust step: the package is a second copy of the village's history."""

    def __init__(self, message: Message, *, known_hash: str) -> None:
        super().__init__(message.text)
        self.message = message
        self.known_hash = known_hash


@dataclass(frozen=True)
class Continuity:
    """What the township's record of a village becomes if the package is taken."""

    peer: VillagePeer
    new_epoch: bool = False
    restored: bool = False
    adopted: bool = False
    """The village's packages from before installations were numbered join this one."""


#: Reads what the township knows of one line of a village's history: seq → hash.
#: ``learned=False``: the packages it imported and their predecessors (cheap);
#: ``learned=True``: also every package those named (``links``).
KnownHashes = Callable[[bool], dict[int, str]]


def known_hashes(
    rows: Iterable[tuple[int, str, str, tuple[tuple[int, str], ...]]],
) -> dict[int, str]:
    """seq → hash from imported packages (seq, hash, previous hash, links): what they are
    first, then what they said of their predecessors."""
    rows = list(rows)
    known = {seq: digest for seq, digest, _prev, _links in rows}
    for seq, _digest, previous, links in rows:
        if previous:
            known.setdefault(seq - 1, previous)
        for linked, digest in links:
            known.setdefault(linked, digest)
    return known


def _links(header: PackageHeader) -> dict[int, str]:
    links = dict(header.links)
    if header.previous_hash and header.seq > 1:
        links[header.seq - 1] = header.previous_hash
    return links


def _fork(header: PackageHeader, known_hash: str, why: Message) -> ForkFound:
    return ForkFound(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "Two different copies of the data of {name} ({code}) exist: package {seq} (fingerprint {package}, key {fingerprint}) does not continue the history already imported ({known}): {why}. It is held, not imported. Ask the village which computer holds the real data; the other must not be used to report any more.",
            ),
            name=header.station_name,
            code=header.station_code,
            seq=header.seq,
            package=short_hash(header.package_hash),
            fingerprint=header.fingerprint,
            known=short_hash(known_hash) if known_hash else "—",
            why=why,
        ),
        known_hash=known_hash,
    )


def _why(text: str) -> Message:
    return msg(CTX, text)


def _check_links(header: PackageHeader, read: KnownHashes, *, upto: int | None) -> None:
    """``upto``: on a restored line, the newest package of the old line it may name."""
    links = {s: d for s, d in _links(header).items() if upto is None or s <= upto}
    known = read(False)
    wanted = {s for s in links if upto is None or s <= upto} | {header.seq}
    if not wanted <= set(known):
        known = read(True)  # a package lost on the way is known only by what others named
    if upto is None and known.get(header.seq, header.package_hash) != header.package_hash:
        raise _fork(
            header,
            known[header.seq],
            _why(QT_TRANSLATE_NOOP("Sync", "a package with this number was imported already")),
        )
    for seq, digest in sorted(links.items()):
        if upto is not None and seq > upto:
            continue
        if seq in known and known[seq] != digest:
            raise _fork(
                header,
                known[seq],
                _why(
                    QT_TRANSLATE_NOOP("Sync", "it names an earlier package that was not imported")
                ),
            )
    if known and header.seq not in known and not set(links) & set(known):
        raise _fork(
            header,
            known[max(known)],
            _why(QT_TRANSLATE_NOOP("Sync", "it names none of the packages imported")),
        )


def _new_epoch(header: PackageHeader, peer: VillagePeer | None, now: str) -> Continuity:
    """A village's key accepted (its first, or a new one): a new installation from nothing."""
    base = peer or VillagePeer(
        code=header.station_code,
        name=header.station_name,
        fingerprint="",
        sign_public="",
        box_public="",
        accepted_at=now,
        epoch=0,
    )
    fresh = replace(
        base,
        name=header.station_name,
        fingerprint=header.fingerprint,
        sign_public=header.sign_public,
        box_public=header.box_public,
        accepted_at=now,
        installation=header.installation,
        epoch=base.epoch + 1,
        line=header.line,
        last_seq=0,
        last_counter=0,
    )
    return Continuity(fresh, new_epoch=True)


def check_continuity(
    header: PackageHeader,
    *,
    peer: VillagePeer | None,
    accepting: bool,
    known: Callable[[str, int, bool], dict[int, str]],
    now: str,
) -> Continuity:
    """Decide how a package's history meets the village's record; raise :class:`ForkFound`.

    ``accepting``: the sender's key is new for this village and the user accepted it.
    ``known(installation, line, learned)``: the township's :data:`KnownHashes` of that line.
    """
    if accepting or peer is None:
        return _new_epoch(header, peer, now)
    current = peer
    adopted = not current.installation
    if adopted:  # packages from before installations were numbered
        current = replace(current, installation=header.installation, line=header.line)
    if header.installation != current.installation:
        raise _fork(
            header,
            "",
            _why(
                QT_TRANSLATE_NOOP(
                    "Sync", "it was signed with the village's key by another installation"
                )
            ),
        )
    if header.line < current.line:
        raise _fork(
            header,
            "",
            _why(QT_TRANSLATE_NOOP("Sync", "it comes from before the village's last restore")),
        )
    installation, line = current.installation, current.line

    def read(learned: bool) -> dict[int, str]:
        return known(installation, line, learned)

    if header.line == current.line:
        _check_links(header, read, upto=None)
        return Continuity(current, adopted=adopted)
    # The packages the restored data knew of are the old line's; those after are the new line's
    # (a package from before line_base was sent said nothing, so all it names are taken as old).
    upto = header.line_base if header.line_base is not None else max(_links(header), default=0)
    if upto:
        _check_links(header, read, upto=upto)
    restored = replace(current, line=header.line, last_seq=min(current.last_seq, upto))
    return Continuity(restored, restored=True, adopted=adopted)


def key_elsewhere(header: PackageHeader, other: str) -> PackageRefused:
    return PackageRefused(
        msg(
            CTX,
            QT_TRANSLATE_NOOP(
                "Sync",
                "The key of this package (fingerprint {fingerprint}) is already accepted for the village {other}; it cannot also be the key of {name} ({code}). Nothing was imported.",
            ),
            fingerprint=header.fingerprint,
            other=other,
            name=header.station_name,
            code=header.station_code,
        ),
        reason="key_elsewhere",
        fingerprint=header.fingerprint,
    )
