"""Qt item models over the catalogue's domain objects."""
