"""A linear date ranker: hand-set defaults, or weights trained by train_date_ranker (logistic regression)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from dateline.timeline.dates import FEATURES, DateFeatures

MODEL_FILE = "date_ranker.json"


@dataclass(slots=True, frozen=True)
class DateRanker:
    weights: tuple[float, ...]
    bias: float = 0.0
    trained_on: str = "hand-set defaults"

    def score(self, features: DateFeatures) -> float:
        return self.bias + sum(
            w * features.values[name] for w, name in zip(self.weights, FEATURES, strict=True)
        )

    def to_json(self) -> str:
        return json.dumps(
            {
                "features": list(FEATURES),
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
        return cls(
            tuple(float(w) for w in data["weights"]),
            float(data["bias"]),
            data.get("trained_on", ""),
        )


DEFAULT_RANKER = DateRanker(weights=(1.0, 0.5, 0.6, 0.4, 0.3, 0.5, 0.2))


def shipped_ranker() -> DateRanker:
    """The ranker trained on the T17 dev topics and shipped in the package, else the defaults."""
    model = resources.files("dateline.timeline") / MODEL_FILE
    if not model.is_file():
        return DEFAULT_RANKER
    return DateRanker.from_json(model.read_text(encoding="utf-8"))


def fit_logistic(
    rows: np.ndarray, labels: np.ndarray, l2: float = 1.0, steps: int = 400
) -> tuple[np.ndarray, float]:
    """Plain L2-regularized logistic regression by gradient descent (features are few and scaled)."""
    weights = np.zeros(rows.shape[1])
    bias = 0.0
    positives = max(labels.sum(), 1.0)
    sample_weight = np.where(
        labels > 0,
        len(labels) / (2 * positives),
        len(labels) / (2 * max(len(labels) - positives, 1)),
    )
    rate = 0.5
    for _ in range(steps):
        predictions = 1.0 / (1.0 + np.exp(-(rows @ weights + bias)))
        error = (predictions - labels) * sample_weight
        weights -= rate * (rows.T @ error / len(labels) + l2 * weights / len(labels))
        bias -= rate * error.mean()
    return weights, float(bias)


def save_ranker(ranker: DateRanker, path: Path) -> None:
    path.write_text(ranker.to_json() + "\n", encoding="utf-8")
