"""村情档案 (``VillageProfile``): the village's standing file, counted per villager group."""
