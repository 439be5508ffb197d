"""Use cases: what the UI and the CLI call. Each change is one transaction and can be undone."""
