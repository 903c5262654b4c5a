"""村情档案: the village profile page (built when first shown, from ui/navigation.py)."""
