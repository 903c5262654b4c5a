"""Households, residents, the household page and cadre links (户籍与居民, 包村联户)."""
