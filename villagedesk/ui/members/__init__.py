"""The member roll screens: register page, form, roll-status, void and detail dialogs."""
