"""The sync package format: manifest, signing, encryption, pack, verify, unpack, receipt."""
