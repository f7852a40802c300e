"""What every reader of a catalogue database shares, without SQLAlchemy (the kiosk's start path
reads its local catalogue with the standard library's ``sqlite3``, see :mod:`kiosk.data.snapshot`)."""

from __future__ import annotations

#: The version of the catalogue tables this kiosk reads and writes.
SCHEMA_VERSION = 2

#: The oldest catalogue version a server's migrations bring to :data:`SCHEMA_VERSION` (version 1 is
#: what kiosks made before the migrations left: revision 0001's tables).
OLDEST_MIGRATED_VERSION = 1


class CatalogueUnavailableError(RuntimeError):
    """The database cannot be read as a catalogue (missing, corrupt or of another schema version)."""
