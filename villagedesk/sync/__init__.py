"""The sync package format: manifest, signing, encryption, pack, verify, unpack, receipt.

Imports core, fsutil and cryptography only (never store, reports or Qt). Public API:

- ``sync.keys``: ``fingerprint``, ``normalise_fingerprint``, ``PublicKeys``, ``StationKeys``,
  ``verify_signature``.
- ``sync.keystore``: the keys and installation id sealed to this computer: ``load_identity``,
  ``load_or_create_keys``, ``new_identity``, ``export_identity`` / ``import_identity``.
- ``sync.enrolment``: ``Enrolment``, ``write_enrolment(...)``, ``read_enrolment(path)``.
- ``sync.manifest``: ``ManifestFields`` (what a writer supplies), ``Manifest`` (signed header;
  ``package_hash`` identifies a file), ``KIND_PACKAGE``, ``KIND_RECEIPT``, ``canonical_json``.
- ``sync.container``: ``write_container(...) -> Path``, ``read_manifest(path) -> Manifest``,
  ``open_container(path, *, my_keys, expected_kind, trust) -> Opened``, ``WriteNotVerified``.
- ``sync.payload``: ``Limits`` (unpack bounds), ``pack_payload``, ``unpack_payload``.
- ``sync.packer``: ``pack_blocks`` (the ZIP deflated on a second thread while the records
  are read; ``pack_payload`` uses it for dicts and for the store's ``EncodedRecords``).
- ``sync.receipt``: ``Receipt``, ``ReceivedPackage``, ``ReturnedRecord``, ``write_receipt``,
  ``open_receipt``.
- ``sync.errors``: ``SyncRefused(reason, message)`` and its factories; trust callbacks raise
  ``errors.unknown_sender(...)`` or ``errors.key_changed(...)``.
"""
