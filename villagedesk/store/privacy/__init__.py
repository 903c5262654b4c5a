"""``uow.privacy``: people found for a 个人信息导出, the retention setting, who moved away."""
