"""Accounts (账号): who may use the station's PC, in which role, and how they prove it."""
