"""操作日志 (the audit log) in the GUI: the page, its table, filters and detail pane."""
