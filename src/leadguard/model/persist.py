"""Saving and loading the classifier: skops (never pickle) plus metadata.json beside it.

Loading refuses:
- a file whose sha256 differs from the one in its metadata (it was changed after training);
- a model trained with another scikit-learn major.minor (its internals may differ silently);
- any type skops does not trust by itself and TRUSTED_TYPES does not name (loading it
  could run arbitrary code).
"""

from __future__ import annotations

import hashlib
import io
import json
import platform
from importlib import metadata as importlib_metadata
from pathlib import Path
from typing import Any

import skops.io

MODEL_FILE = "model.skops"
METADATA_FILE = "metadata.json"
FORMAT = 1

# The types of the classifier that skops does not trust by itself (it trusts numpy, scipy
# and scikit-learn's public estimators); anything else in a model file is refused.
TRUSTED_TYPES: tuple[str, ...] = (
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.model_selection._split.StratifiedKFold",
)

RETRAIN_HINT = ("retrain it with this installation: `leadguard train` (from the repository "
                "root, or with --data/--out for your own corpus)")


class ModelError(RuntimeError):
    """The model on disk cannot be used; the message says what to do."""


def library_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in ("scikit-learn", "numpy", "scipy", "skops"):
        versions[name] = importlib_metadata.version(name)
    return versions


def major_minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def save(model: Any, meta: dict[str, Any], directory: str | Path) -> dict[str, Any]:
    """Write model.skops and metadata.json into `directory`; returns the metadata written."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / MODEL_FILE
    skops.io.dump(model, path, compression=8)  # zipfile.ZIP_DEFLATED
    untrusted = sorted(set(skops.io.get_untrusted_types(file=path)) - set(TRUSTED_TYPES))
    if untrusted:
        path.unlink()
        raise ModelError(f"the model contains types outside the trusted list: {untrusted}; "
                         "add them to leadguard.model.persist.TRUSTED_TYPES if they are safe")
    meta = {**meta, "format": FORMAT, "file": MODEL_FILE,
            "file_sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "libraries": library_versions()}
    (directory / METADATA_FILE).write_text(
        json.dumps(meta, indent=2, ensure_ascii=False, sort_keys=True) + "\n", "utf-8")
    return meta


def read_metadata(directory: str | Path) -> dict[str, Any]:
    """The metadata of the model in `directory`, checked against this installation."""
    path = Path(directory) / METADATA_FILE
    try:
        meta: dict[str, Any] = json.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ModelError(f"no classifier metadata at {path} ({exc.strerror}); "
                         f"{RETRAIN_HINT}") from exc
    except json.JSONDecodeError as exc:
        raise ModelError(f"{path} is not valid JSON; {RETRAIN_HINT}") from exc
    if meta.get("format") != FORMAT:
        raise ModelError(f"the classifier in {directory} has format {meta.get('format')!r}, "
                         f"this leadguard reads format {FORMAT}; {RETRAIN_HINT}")
    trained = str(meta.get("libraries", {}).get("scikit-learn", "unknown"))
    installed = importlib_metadata.version("scikit-learn")
    if major_minor(trained) != major_minor(installed):
        raise ModelError(
            f"the classifier in {directory} was trained with scikit-learn {trained} but "
            f"scikit-learn {installed} is installed; models do not carry across minor "
            f"versions, so {RETRAIN_HINT}, or install scikit-learn=={trained}")
    return meta


def load(directory: str | Path) -> tuple[Any, dict[str, Any]]:
    """The fitted classifier and its metadata; raises ModelError when it cannot be used."""
    meta = read_metadata(directory)
    path = Path(directory) / str(meta.get("file", MODEL_FILE))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ModelError(f"cannot read the classifier {path} ({exc.strerror}); "
                         f"{RETRAIN_HINT}") from exc
    if hashlib.sha256(data).hexdigest() != meta.get("file_sha256"):
        raise ModelError(f"{path} does not match the sha256 in its metadata: it was changed "
                         f"after training; {RETRAIN_HINT}")
    untrusted = sorted(set(skops.io.get_untrusted_types(data=data)) - set(TRUSTED_TYPES))
    if untrusted:
        raise ModelError(f"{path} contains types leadguard does not trust: {untrusted}")
    return skops.io.load(io.BytesIO(data), trusted=list(TRUSTED_TYPES)), meta
