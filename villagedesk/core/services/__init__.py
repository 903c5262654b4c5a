"""Services are verbs: short functions around a unit of work, returning plain values."""
