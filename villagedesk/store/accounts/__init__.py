"""The station's accounts (管理员 · 录入员 · 查看) and their settings."""
