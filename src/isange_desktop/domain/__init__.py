"""Pure rules: no Qt, no SQLAlchemy, no file system. Unit-testable in milliseconds."""
