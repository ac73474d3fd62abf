"""Benchmarks of the hub (``python -m bench``, ``make bench``): ingest through the HTTP API, raw log append and
projection throughput, with the machine, versions and parameters they were measured with. Not part of the tests
(``tests/integration/test_bench_smoke.py`` only checks that ``--quick`` still produces every figure).
"""
