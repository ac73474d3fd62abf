"""Contract cases and the shared suite that runs them against every adapter (see README.md)."""
