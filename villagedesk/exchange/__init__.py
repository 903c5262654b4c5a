"""Spreadsheets in and out: header detection, column mapping, cell parsing, preview, exports."""
