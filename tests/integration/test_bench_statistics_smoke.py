"""``python -m bench.statistics`` must not rot: on a tiny district it loads the views and prints every figure."""

from __future__ import annotations

import re

from bench.statistics import main, measurements


def test_statistics_bench_prints_every_figure(capsys):
    main(["--big-classes", "2", "--schools", "1", "--days", "3", "--repeat", "1", "--engines", "sqlite"])
    printed = capsys.readouterr().out
    assert re.search(r"sqlite: [\d,]+ events \([\d,]+ marks, [\d,]+ in the large school\)", printed), printed
    for label in measurements("big"):
        assert re.search(rf"{label}\s+[\d.]+ ms", printed), (label, printed)
