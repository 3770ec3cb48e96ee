"""The message model: how much a message's wording reads like the contact-form spam of many
writers, as message.spam_content's second opinion beside its rules (docs/titles_and_messages.md,
"The message model").

A logistic regression over TF-IDF character 2-5-grams and word 1-2-grams of the message,
trained by `scripts/train_message_model.py` on the hand-written spam and inquiries of every
writer and spent blind set and on the training corpus's messages; saved with skops plus
metadata like the classifier (leadguard.model.persist, which refuses a file changed after
training or made with another scikit-learn minor). Rules name the cues they know; the model
carries over to wordings no rule was written for, which leave-one-writer-out training
measures (the script's --cross-check).

Scoring reads the fitted vocabularies, idf and coefficients once and sums one look-up per
n-gram, as the classifier's LinearScorer does; a test pins it to predict_proba.
"""

from __future__ import annotations

import functools
import math
import threading
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from leadguard.model import persist
from leadguard.model.predictor import _TextBlock

# The characters of a message the model reads (the classifier's message block reads as many).
MAX_CHARS = 1000


def bundled_message_model_dir() -> Path:
    return Path(str(resources.files("leadguard").joinpath("models", "messages")))


@functools.lru_cache(maxsize=1)
def shared_message_model() -> MessageModel:
    """The bundled model, made once per process: checks built again and again share it."""
    return MessageModel()


class MessageModel:
    """Probability (0..1) that a message is spam, from its wording alone. The metadata is read
    (and the library versions checked) when it is made; the model file on first use."""

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
            estimator, _ = persist.load(self.directory)
            union = estimator.named_steps["features"]
            classifier = estimator.named_steps["classifier"]
            coef = np.asarray(classifier.coef_[0], dtype=float)
            blocks = []
            start = 0
            for _, vectorizer in union.transformer_list:
                size = len(vectorizer.vocabulary_)
                blocks.append(_TextBlock(vectorizer, 0, coef[start:start + size]))
                start += size
            if start != len(coef):
                raise persist.ModelError(f"the message model in {self.directory} has "
                                         f"{len(coef)} coefficients for {start} n-grams")
            self._intercept = float(classifier.intercept_[0])
            self._blocks = blocks

    @property
    def estimator(self) -> Any:
        """The fitted scikit-learn pipeline (for tests and evaluation)."""
        return persist.load(self.directory)[0]

    def __call__(self, message: str) -> float:
        if self._blocks is None:
            self.load()
        assert self._blocks is not None
        text = message[:MAX_CHARS]
        decision = self._intercept + sum(block.score(text) for block in self._blocks)
        if decision >= 0:
            return 1.0 / (1.0 + math.exp(-decision))
        z = math.exp(decision)
        return z / (1.0 + z)
