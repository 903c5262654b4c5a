"""Printing in the GUI: documents built as jobs, previewed with QPdfView, printed, opened or saved."""
