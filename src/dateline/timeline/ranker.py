"""A linear date ranker over date features; weights chosen by training.py on dev topics."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from dateline.timeline.dates import FEATURES, DateFeatures

MODEL_FILE = "date_ranker.json"
# How the weights read the features; a model file written for another reading is refused.
FEATURE_SCALE = "spread over the candidate days, in units of the first feature's spread"


def scaled_features(values: np.ndarray) -> np.ndarray:
    """Each feature divided by its standard deviation over the candidate days, times that of
    the first (articles naming the day), so that one set of weights fits corpora of any size
    and span (a topic of 5,000 articles spreads its counts wider than one of 200). Scores keep
    the first feature's units; a feature constant over the days ranks nothing and counts zero.
    Leave-one-topic-out date F1 on the T17 dev topics when this was chosen: 0.688 raw, 0.695
    scaled (bench/train_date_ranker.py gives today's figure)."""
    spread = values.std(axis=0) if len(values) else np.zeros(values.shape[1])
    unit = spread[0] if spread[0] > 0 else 1.0
    factor = np.divide(unit, spread, out=np.zeros_like(spread), where=spread > 0)
    return values * factor


@dataclass(slots=True, frozen=True)
class DateRanker:
    weights: tuple[float, ...]
    bias: float = 0.0
    trained_on: str = "hand-set defaults"

    def scores(self, features: DateFeatures) -> np.ndarray:
        """The salience of each candidate day."""
        return scaled_features(features.values) @ np.array(self.weights) + self.bias

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(FEATURES),
                "feature_scale": FEATURE_SCALE,
                "weights": list(self.weights),
                "bias": self.bias,
                "trained_on": self.trained_on,
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> DateRanker:
        data = json.loads(text)
        if tuple(data["features"]) != FEATURES:
            raise ValueError("date ranker was trained on other features")
        if data.get("feature_scale") != FEATURE_SCALE:
            raise ValueError("date ranker was trained on differently scaled features")
        return cls(
            tuple(float(w) for w in data["weights"]),
            float(data["bias"]),
            data.get("trained_on", ""),
        )


# Before training: articles naming the day, nothing else (date F1 0.684 on the T17 dev tasks).
DEFAULT_RANKER = DateRanker(weights=(1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0))


def shipped_ranker() -> DateRanker:
    """The ranker trained on the T17 dev topics and shipped in the package, else the defaults."""
    model = resources.files("dateline.timeline") / MODEL_FILE
    if not model.is_file():
        return DEFAULT_RANKER
    return DateRanker.from_json(model.read_text(encoding="utf-8"))


def save_ranker(ranker: DateRanker, path: Path) -> None:
    path.write_text(ranker.to_json() + "\n", encoding="utf-8")
