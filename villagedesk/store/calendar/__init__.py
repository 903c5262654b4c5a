"""The station's calendar years and time-limit rules (migration 0007)."""
