"""Developer tooling that is not part of the running hub (local brokers for benchmarks and tests)."""
