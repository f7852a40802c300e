"""Pure domain: catalogue entities, filters and pay rules. No Qt, no SQLAlchemy, no clock."""
