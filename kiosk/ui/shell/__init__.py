"""The kiosk shell: modes, idle reset, staff access and error recovery around the screens."""
