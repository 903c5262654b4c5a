"""Signing in (issue 15): the first 管理员, the sign-in dialog, the recovery code on paper, the
idle lock, the account menu and the greying of what the role may not do."""
