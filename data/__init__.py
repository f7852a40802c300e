"""The catalogue shipped with the kiosk (its YAML sources and the database built from them),
installed as the package ``kiosk.catalogue_data`` (see ``pyproject.toml``) and found with
:mod:`importlib.resources`."""
