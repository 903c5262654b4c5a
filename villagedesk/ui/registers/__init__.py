"""Generic lazy register table model and view (architecture rule 4)."""
