"""SpamModel: the trained classifier as the screener's ProbabilityModel.

The metadata is read (and the library versions checked) when the SpamModel is made, so a
service with an unusable model refuses to start; the model file itself is loaded once, on
first use or by `load()`.

Scoring one lead does not go through scikit-learn's predict_proba, whose input validation
costs about a millisecond per call: `LinearScorer` reads the fitted vectorizers, scaler,
coefficients and sigmoid out of the loaded model and computes the same probability with a few
dictionary look-ups (tests pin it to predict_proba).
"""

from __future__ import annotations

import functools
import math
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import Any

import numpy as np

from leadguard.model import persist
from leadguard.model.features import FeatureSpec
from leadguard.screening import Screening
from leadguard.signals import Signal


def bundled_model_dir() -> Path:
    return Path(str(resources.files("leadguard").joinpath("models", "classifier")))


@functools.lru_cache(maxsize=4)
def shared_model(directory: str | None = None) -> SpamModel:
    """One SpamModel per model directory and process, made on first call: apps built again and
    again (tests, several app factories) share the loaded model instead of reading it anew."""
    return SpamModel(directory)


class SpamModel:
    """Calibrated probability that a screened lead is spam."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else bundled_model_dir()
        self.metadata = persist.read_metadata(self.directory)
        self.version: str = str(self.metadata["version"])
        self.spec = FeatureSpec(tuple(self.metadata["signal_codes"]))
        if list(self.spec.columns) != list(self.metadata["features"]):
            raise persist.ModelError(
                f"the classifier in {self.directory} was trained on other features than this "
                f"leadguard computes; {persist.RETRAIN_HINT}")
        self._lock = threading.Lock()
        self._estimator: Any = None
        self._scorer: LinearScorer | None = None

    def check_mismatch(self, checks: Sequence[object]) -> str | None:
        """A sentence when the running checks differ from those the model was trained with
        (its signal columns would then mean something else): log it and retrain."""
        running = [type(check).__name__ for check in checks]
        trained = list(self.metadata.get("checks", []))
        if running == trained:
            return None
        return (f"the classifier {self.version} was trained with the checks {trained} but the "
                f"service runs {running}; {persist.RETRAIN_HINT}")

    @property
    def loaded(self) -> bool:
        return self._scorer is not None

    def load(self) -> None:
        """Load the model file now (once); later calls do nothing."""
        if self._scorer is None:
            with self._lock:
                if self._scorer is None:
                    estimator, _ = persist.load(self.directory)
                    self._estimator = estimator
                    self._scorer = LinearScorer(estimator, self.spec)

    @property
    def estimator(self) -> Any:
        self.load()
        return self._estimator

    def __call__(self, screening: Screening, signals: Sequence[Signal]) -> float:
        self.load()
        assert self._scorer is not None
        return self._scorer.probability(self.spec.row(screening, signals))

    def probability_of_row(self, row: Sequence[object]) -> float:
        self.load()
        assert self._scorer is not None
        return self._scorer.probability(row)


# A text with at least this many distinct n-grams is scored with numpy (a message: hundreds of
# character n-grams), a shorter one term by term, where numpy's fixed cost per call is larger
# than the loop (a name, a title).
VECTOR_TERMS = 48


class _TextBlock:
    """One fitted TfidfVectorizer's part of the linear score: its analyzer, and per n-gram its
    column, idf and coefficient."""

    def __init__(self, analyze: Callable[[str], list[str]], vocabulary: dict[str, int],
                 idf: Iterable[float], weights: Iterable[float], *, sublinear: bool,
                 norm: str | None, column: int = 0) -> None:
        if norm not in ("l2", None):
            raise persist.ModelError(f"unsupported TF-IDF norm {norm!r}")
        self.column = column
        self.analyze = analyze
        # term -> column, and per column the idf and the coefficient as C doubles: one
        # look-up per n-gram, without a dict of tuples (~60 MB for the message model) and
        # without float objects whose reference counts a forked worker would copy pages for.
        # One column more than the vocabulary, of zeros, stands for every term outside it.
        self.vocabulary = vocabulary
        self.idf = np.append(np.asarray(idf, dtype=np.float64), 0.0)
        self.weights = np.append(np.asarray(weights, dtype=np.float64), 0.0)
        self.unknown = len(self.idf) - 1
        # the same doubles, read one at a time as Python floats by the loop of short texts
        self._idf = self.idf.data
        self._weights = self.weights.data
        self.sublinear = sublinear
        self.normalize = norm == "l2"

    @classmethod
    def from_vectorizer(cls, vectorizer: Any, column: int,
                        weights: np.ndarray[Any, Any]) -> _TextBlock:
        return cls(vectorizer.build_analyzer(), vectorizer.vocabulary_, vectorizer.idf_,
                   weights, sublinear=bool(vectorizer.sublinear_tf), norm=vectorizer.norm,
                   column=column)

    def score(self, text: str) -> float:
        if not text:
            return 0.0
        counts = Counter(self.analyze(text))
        if len(counts) >= VECTOR_TERMS:
            return self._score_vector(counts)
        dot = 0.0
        norm = 0.0
        vocabulary, idf, weights = self.vocabulary, self._idf, self._weights
        for term, count in counts.items():
            column = vocabulary.get(term)
            if column is None:
                continue
            tf = 1.0 + math.log(count) if self.sublinear else float(count)
            value = tf * idf[column]
            dot += value * weights[column]
            norm += value * value
        if not norm:
            return 0.0
        return dot / math.sqrt(norm) if self.normalize else dot

    def _score_vector(self, counts: Counter[str]) -> float:
        """The same sum with numpy: the columns by one C-level pass of dict.get."""
        n = len(counts)
        columns = np.fromiter(map(self.vocabulary.get, counts, repeat(self.unknown, n)),
                              dtype=np.intp, count=n)
        tf = np.fromiter(counts.values(), dtype=np.float64, count=n)
        if self.sublinear:
            tf = 1.0 + np.log(tf)
        value = tf * self.idf[columns]
        norm = float(value @ value)
        if not norm:
            return 0.0
        dot = float(value @ self.weights[columns])
        return dot / math.sqrt(norm) if self.normalize else dot


class LinearScorer:
    """predict_proba of the fitted CalibratedClassifierCV(Pipeline) for one row, by hand."""

    def __init__(self, estimator: Any, spec: FeatureSpec) -> None:
        calibrated = estimator.calibrated_classifiers_
        if len(calibrated) != 1 or len(calibrated[0].calibrators) != 1:
            raise persist.ModelError("expected one calibrated classifier (ensemble=False)")
        pipeline = calibrated[0].estimator
        sigmoid = calibrated[0].calibrators[0]
        self.a = float(sigmoid.a_)
        self.b = float(sigmoid.b_)
        classifier = pipeline.named_steps["classifier"]
        coef = np.asarray(classifier.coef_[0], dtype=float)
        self.intercept = float(classifier.intercept_[0])
        features = pipeline.named_steps["features"]
        block_weights = features.transformer_weights or {}
        self.texts: list[_TextBlock] = []
        self.numeric: list[tuple[int, float]] = []
        for name, transformer, columns in features.transformers_:
            if name == "remainder" or transformer == "drop":
                continue
            part = features.output_indices_[name]
            weights = coef[part] * float(block_weights.get(name, 1.0))
            if hasattr(transformer, "vocabulary_"):
                self.texts.append(_TextBlock.from_vectorizer(transformer, int(columns), weights))
            elif hasattr(transformer, "max_abs_"):
                scale = np.asarray(transformer.scale_, dtype=float)
                self.numeric = [(int(col), float(w / s))
                                for col, w, s in zip(columns, weights, scale, strict=True)
                                if w != 0.0]
            else:
                raise persist.ModelError(f"unsupported feature step {name!r}")

    def decision(self, row: Sequence[object]) -> float:
        total = self.intercept
        for block in self.texts:
            total += block.score(str(row[block.column]))
        for column, weight in self.numeric:
            value = row[column]
            if value:
                total += float(value) * weight  # type: ignore[arg-type]
        return total

    def probability(self, row: Sequence[object]) -> float:
        # 1 / (1 + exp(a*f + b)), as sklearn's _SigmoidCalibration
        return logistic(-(self.a * self.decision(row) + self.b))


def logistic(x: float) -> float:
    """1 / (1 + exp(-x)), without overflow for any x."""
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
