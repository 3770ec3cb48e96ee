"""HTTP blueprints: screening (v1) and operations."""
