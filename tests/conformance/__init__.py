"""Port conformance suites: one abstract suite per port, run unchanged against every engine."""
