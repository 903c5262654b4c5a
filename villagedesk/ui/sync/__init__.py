"""The data sync screens (数据同步): the village page, and the township page by level."""
