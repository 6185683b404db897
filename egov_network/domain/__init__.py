"""Domain layer: enums, errors, validation and plain records. No Qt, no database."""
