"""The station's backups in the GUI: to a USB drive, now, and restoring one."""
