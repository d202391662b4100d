"""The expert Arabic gold (dev part, ../shared/eval/gsr-dev, not in the project) scored with floors
that only rise. Skipped where the shared data is absent; CI has it. The README reports the same
figures (`hadath eval --gold ../shared/eval/gsr-dev/FILE`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.evaluation.gold import evaluate, read_gold

GSR = Path(__file__).resolve().parents[2] / "shared" / "eval" / "gsr-dev"
pytestmark = pytest.mark.skipif(not GSR.is_dir(), reason="../shared/eval/gsr-dev not available")

# Set just under this session's measurement.
DETECTION_FLOORS = {  # file: (type, precision, recall)
    "assault_detect.jsonl": ("ASSAULT", 0.35, 0.90),
    "protest_detect.jsonl": ("PROTEST", 0.34, 0.74),
}
ACTOR_FLOORS = {  # file: {measure: floor}
    # source_country: 0.517 since a survived attack codes its survivor as target; the 0.55 before
    # counted a wrongly parsed "القاعدة" as the right attacker
    "assault_actors.jsonl": {"source_country": 0.50, "source_sector": 0.37, "target_country": 0.60,
                             "target_sector": 0.42},
    "protest_actors.jsonl": {"source_country": 0.55, "source_sector": 0.52, "target_country": 0.46,
                             "target_sector": 0.39},
}


@pytest.mark.parametrize("name", sorted(DETECTION_FLOORS))
def test_detection_floors(name):
    plover, p_floor, r_floor = DETECTION_FLOORS[name]
    counts = evaluate(read_gold(GSR / name)).detection[plover]
    precision = counts["tp"] / max(1, counts["tp"] + counts["fp"])
    recall = counts["tp"] / max(1, counts["tp"] + counts["fn"])
    assert precision >= p_floor and recall >= r_floor, (precision, recall)


@pytest.mark.parametrize("name", sorted(ACTOR_FLOORS))
def test_actor_floors(name):
    report = evaluate(read_gold(GSR / name))
    for measure, floor in ACTOR_FLOORS[name].items():
        acc, n = report.accuracy(measure)
        assert n >= 10 and acc >= floor, (measure, acc)
