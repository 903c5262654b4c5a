"""矛盾纠纷排查化解 in the station database: disputes, their parties and households, and the steps
of their histories (migration 0009)."""
