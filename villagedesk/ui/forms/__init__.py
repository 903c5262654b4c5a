"""Form helpers shared by every form (architecture rule 6)."""
