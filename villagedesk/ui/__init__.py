"""The PySide6 desktop GUI: app start-up, main window, jobs, change hub, registers and forms."""
