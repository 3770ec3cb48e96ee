"""The classifier: a named-step scikit-learn Pipeline, calibrated with CalibratedClassifierCV.

    CalibratedClassifierCV(method="sigmoid", ensemble=False)
      Pipeline
        features: ColumnTransformer
          local        char n-grams (2-4) of the mailbox name
          local_shape  char n-grams (2-5) of its letter classes
          name         char n-grams (2-4) of the names
          name_shape   char n-grams (2-5) of the names' letter classes, case kept
          company      char n-grams (2-4)
          title        char n-grams (2-4)
          message      word 1-2-grams of the first 1000 characters
          facts        the numeric facts and signal flags, scaled by MaxAbsScaler
        classifier: LogisticRegression

Every vectorizer is TF-IDF with sublinear tf and a capped vocabulary, so the model stays small
and a lead costs a few dictionary look-ups per n-gram. ensemble=False keeps one fitted
pipeline plus one sigmoid: the calibration is learnt from cross-validated predictions.
"""

from __future__ import annotations

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.compose import ColumnTransformer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import MaxAbsScaler

from leadguard.model.features import FeatureSpec

# Below 1, a block needs larger coefficients for the same effect, which the L2 penalty makes
# dearer: the free-text blocks, whose wording varies most between sources, are reined in so
# the model leans on shapes, facts and the checks' signals.
BLOCK_WEIGHTS = {"company": 0.5, "title": 0.4, "message_words": 0.5}


def _chars(low: int, high: int, *, max_features: int, lowercase: bool = True,
           analyzer: str = "char_wb") -> TfidfVectorizer:
    return TfidfVectorizer(analyzer=analyzer, ngram_range=(low, high), lowercase=lowercase,
                           sublinear_tf=True, min_df=2, max_features=max_features,
                           dtype=np.float64)


def build_pipeline(spec: FeatureSpec, *, seed: int = 0, c: float = 0.3,
                   folds: int = 5) -> CalibratedClassifierCV:
    index = spec.index
    features = ColumnTransformer(
        [
            ("local", _chars(2, 4, max_features=12000), index("local")),
            ("local_shape", _chars(2, 5, max_features=3000, lowercase=False, analyzer="char"),
             index("local_shape")),
            ("name", _chars(2, 4, max_features=12000), index("name")),
            ("name_shape", _chars(2, 5, max_features=3000, lowercase=False, analyzer="char"),
             index("name_shape")),
            ("company", _chars(2, 4, max_features=6000), index("company")),
            ("title", _chars(2, 4, max_features=8000), index("title")),
            ("message_words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2,
                                              max_features=12000), index("message")),
            ("facts", MaxAbsScaler(), spec.numeric_indices),
        ],
        sparse_threshold=1.0,
        transformer_weights=dict(BLOCK_WEIGHTS),
    )
    classifier = LogisticRegression(C=c, max_iter=5000, solver="liblinear",
                                    random_state=seed)
    pipeline = Pipeline([("features", features), ("classifier", classifier)])
    return CalibratedClassifierCV(
        pipeline, method="sigmoid", ensemble=False,
        cv=StratifiedKFold(n_splits=folds, shuffle=True, random_state=seed))
