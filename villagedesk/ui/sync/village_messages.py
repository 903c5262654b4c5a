"""What the village sync page says (its own translation context, ``VillageSyncPage``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from villagedesk.core.township.ports import PackageStatus, Peer
from villagedesk.core.township.receipt_replies import receipt_notes
from villagedesk.core.township.village import ExportResult, ReceiptResult
from villagedesk.i18n import render


def package_state(status: PackageStatus) -> str:
    """How a package stands, as the township's receipts said."""
    if status is PackageStatus.CONFIRMED:
        return QCoreApplication.translate("VillageSyncPage", "Confirmed")
    if status is PackageStatus.HELD:
        return QCoreApplication.translate(
            "VillageSyncPage", "Held by the township: data before it missing"
        )
    if status is PackageStatus.FORK:
        return QCoreApplication.translate(
            "VillageSyncPage", "Held by the township: another copy of this station's data reported"
        )
    if status is PackageStatus.AUDIT_HELD:
        return QCoreApplication.translate(
            "VillageSyncPage", "Held by the township: this station's audit log does not continue"
        )
    return QCoreApplication.translate("VillageSyncPage", "Not yet confirmed")


def township_text(peer: Peer | None) -> str:
    """The township trusted now, or how to enrol."""
    if peer is None:
        return QCoreApplication.translate(
            "VillageSyncPage", "Not enrolled yet: import the enrolment file from the township."
        )
    return QCoreApplication.translate(
        "VillageSyncPage", "{name} ({code}), key fingerprint {fingerprint}"
    ).format(name=peer.name, code=peer.code, fingerprint=peer.fingerprint)


def receipt_text(result: ReceiptResult) -> str:
    """What a receipt confirmed and returned, and any packages the township holds."""
    if result.already_imported:
        text = QCoreApplication.translate(
            "VillageSyncPage", "This receipt was already imported; nothing changed."
        )
    else:
        seqs = ", ".join(str(s) for s in result.confirmed) or "-"
        text = QCoreApplication.translate(
            "VillageSyncPage",
            "Receipt from {township}: packages confirmed: {seqs}; records returned for correction: {n}.",
        ).format(township=result.township.name, seqs=seqs, n=result.todos_added)
        if result.forks:
            text += "\n\n" + QCoreApplication.translate(
                "VillageSyncPage",
                "The township holds {n} package(s) of this station because another copy of "
                "this station's data (a copied data folder or key file) reported too. Call "
                "the township: only one computer may report for this station.",
            ).format(n=result.forks)
        if result.audit_held:
            text += "\n\n" + QCoreApplication.translate(
                "VillageSyncPage",
                "The township holds {n} package(s) of this station because its audit log does "
                "not continue from the one the township last saw (after a restore from a "
                "backup, or an edited log). Call the township: it sees where the log breaks.",
            ).format(n=result.audit_held)
    done, problems = receipt_notes(result.replies, result.calendar, result.takeovers)
    for note in (*done, *problems):
        text += "\n\n" + render(note)
    return text


def export_text(result: ExportResult) -> str:
    """The package is written and verified: the stick can be removed."""
    return QCoreApplication.translate(
        "VillageSyncPage",
        "Package No. {seq} ({n} records) was written to {path}, read back and verified. "
        "The USB stick can be safely removed.",
    ).format(seq=result.seq, n=result.total, path=result.path)
