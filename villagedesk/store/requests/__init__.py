"""民情诉求 in the station database: requests, their histories and attachments (migration 0008)."""
