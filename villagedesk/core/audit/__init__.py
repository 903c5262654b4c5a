"""The audit log (操作日志): who did what, chained by hashes so that a changed row shows."""
