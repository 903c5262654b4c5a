"""Privacy tasks (PIPL): a person's own copy of what the station holds (个人信息导出) and the
retention setting for residents who moved away."""
