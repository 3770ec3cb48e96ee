"""The message model: how much a message's wording reads like the contact-form spam of many
writers, as message.spam_content's second opinion beside its rules (docs/message_model.md).

A logistic regression over TF-IDF character 2-5-grams and word 1-2-grams of the message,
trained by `scripts/train_message_model.py` on the hand-written spam and inquiries of every
writer and spent blind set and on the training corpus's messages; saved with skops plus
metadata like the classifier (leadguard.model.persist, which refuses a file changed after
training or made with another scikit-learn minor). Rules name the cues they know; the model
carries over to wordings no rule was written for, which leave-one-writer-out training
measures (the script's --cross-check).

The service scores with `tables.npz`, written beside the skops file from the same fitted
model: per vectorizer its n-grams, idf and coefficients as plain arrays (no pickle), summed with
one look-up per n-gram as the classifier's LinearScorer does. Reading them instead of the skops
file takes a fraction of the time and memory; a test pins the two to the same probabilities,
and the tables' sha256 is in the metadata.
"""

from __future__ import annotations

import functools
import hashlib
import io
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from leadguard.model import persist
from leadguard.model.persist import RETRAIN_HINT
from leadguard.model.predictor import _TextBlock, logistic

# The characters of a message the model reads (the classifier's message block reads as many).
MAX_CHARS = 1000


def bundled_message_model_dir() -> Path:
    return Path(str(resources.files("leadguard").joinpath("models", "messages")))


@functools.lru_cache(maxsize=1)
def shared_message_model() -> MessageModel:
    """The bundled model, made once per process: checks built again and again share it."""
    return MessageModel()


TABLES_FILE = "tables.npz"


def save_tables(pipeline: Any, directory: Path) -> dict[str, Any]:
    """Write the fitted pipeline's scoring tables to `directory`; returns what the metadata
    records of them (file, sha256, the vectorizers' settings)."""
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    coef = np.asarray(pipeline.named_steps["classifier"].coef_[0], dtype=np.float64)
    blocks = []
    start = 0
    for name, vectorizer in pipeline.named_steps["features"].transformer_list:
        terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.__getitem__)
        size = len(terms)
        arrays[f"{name}_terms"] = np.array(terms, dtype=str)
        arrays[f"{name}_idf"] = np.asarray(vectorizer.idf_, dtype=np.float64)
        arrays[f"{name}_coef"] = coef[start:start + size]
        start += size
        blocks.append({"name": name, "analyzer": vectorizer.analyzer,
                       "ngram_range": list(vectorizer.ngram_range),
                       "lowercase": bool(vectorizer.lowercase),
                       "sublinear_tf": bool(vectorizer.sublinear_tf), "norm": vectorizer.norm})
    arrays["intercept"] = np.asarray(pipeline.named_steps["classifier"].intercept_,
                                     dtype=np.float64)
    path = directory / TABLES_FILE
    directory.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        np.savez_compressed(file, **arrays)  # type: ignore[arg-type]  # numpy types allow_pickle in **kwds
    return {"file": TABLES_FILE, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "blocks": blocks}


class MessageModel:
    """Probability (0..1) that a message is spam, from its wording alone. The metadata is read
    (and the library versions checked) when it is made; the tables on first use."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None \
            else bundled_message_model_dir()
        self.metadata = persist.read_metadata(self.directory)
        self.version = str(self.metadata["version"])
        self._lock = threading.Lock()
        self._blocks: list[_TextBlock] | None = None
        self._intercept = 0.0

    def load(self) -> None:
        with self._lock:
            if self._blocks is not None:
                return
            tables = self.metadata.get("tables") or {}
            path = self.directory / str(tables.get("file", TABLES_FILE))
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise persist.ModelError(f"cannot read the message model's tables {path} "
                                         f"({exc.strerror}); {RETRAIN_HINT}") from exc
            if hashlib.sha256(data).hexdigest() != tables.get("sha256"):
                raise persist.ModelError(f"{path} does not match the sha256 in its metadata: "
                                         f"it was changed after training; {RETRAIN_HINT}")
            with np.load(io.BytesIO(data), allow_pickle=False) as arrays:
                blocks = []
                for block in tables["blocks"]:
                    name = block["name"]
                    analyze = TfidfVectorizer(
                        analyzer=block["analyzer"], ngram_range=tuple(block["ngram_range"]),
                        lowercase=block["lowercase"]).build_analyzer()
                    terms = arrays[f"{name}_terms"].tolist()
                    blocks.append(_TextBlock(
                        analyze, {term: column for column, term in enumerate(terms)},
                        arrays[f"{name}_idf"], arrays[f"{name}_coef"],
                        sublinear=block["sublinear_tf"], norm=block["norm"]))
                self._intercept = float(arrays["intercept"][0])
            self._blocks = blocks

    @property
    def estimator(self) -> Any:
        """The fitted scikit-learn pipeline from the skops file (for tests and evaluation)."""
        return persist.load(self.directory)[0]

    def __call__(self, message: str) -> float:
        if self._blocks is None:
            self.load()
        assert self._blocks is not None
        text = message[:MAX_CHARS]
        return logistic(self._intercept + sum(block.score(text) for block in self._blocks))
