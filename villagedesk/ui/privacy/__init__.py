"""The privacy tasks in the window: a person's 个人信息导出 and the retention list."""
