"""Data layer: catalogue sources, the SQLite builder and the repositories returning domain objects."""
