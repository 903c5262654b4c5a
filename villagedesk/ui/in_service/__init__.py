"""在职党员报到: the in-service members' page, its tabs and forms."""
