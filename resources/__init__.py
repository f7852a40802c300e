"""The kiosk's bundled resources (style sheets, fonts, translations), installed as the package
``kiosk.resources`` (see ``pyproject.toml``) and found with :mod:`importlib.resources`."""
