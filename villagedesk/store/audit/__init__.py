"""The audit log (操作日志): captured in the transaction of every write, chained, read back."""
