"""矛盾纠纷: the dispute register page, its record and detail dialogs."""
