"""Is this mailbox name, person name or company name a keyboard mash or a random string?

The detector scores each word of a string (split on punctuation, digits and camel-case humps)
with a character 5-gram language model trained on real names and words of many languages
(scripts/build_gibberish_model.py), plus keyboard geometry: walks along a row of a QWERTY,
AZERTY or QWERTZ keyboard, adjacent-key runs, repeated chunks, consonant runs, and bot names
made of a known first name and a random tail (Davidfug). A logistic model bundled with the
n-grams turns those features into a probability; the string's score is its worst word's.

What it cannot judge it does not score: strings in a non-Latin script (李明, Владимир) and
words of three letters or fewer (initials, jk, mrb) give None, never a signal.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

FORMAT = 1  # bump when the model file layout or the feature vector changes
MIN_LETTERS = 4  # shorter words are initials, nicknames or abbreviations: cannot tell
MAX_LETTERS = 40  # longer words are scored on their first MAX_LETTERS letters
VOWELS = frozenset("aeiouy")

MASH_FEATURES = (
    "kn3_mean",  # trigram model: mean log-probability per character, end of word included
    "kn3_min",  # trigram model: the least likely character
    "kn3_min2",  # trigram model: the second least likely character
    "kn3_low",  # share of characters the trigram model gives under e^-6
    "kn3_sum",  # log-probability of the whole word: long and unlikely is surer than short
    "kn5_mean",  # 5-gram model: mean log-probability per character
    "kn5_min3",  # 5-gram model: worst mean over 3 consecutive characters
    "walk",  # longest walk along a keyboard row or the alphabet, as a share of the word
    "walk_keys",  # its length in keys, 4 and more
    "adjacent",  # share of neighbouring-key transitions on the best-fitting layout
    "adjacent_lm",  # adjacent x kn3_mean: neighbouring keys inside a likely word count less
    "repeat",  # share of the word covered by one chunk typed again and again (sdfsdf)
    "repeat_lm",  # repeat x the chunk's own kn3_mean (tingting is fine, sdfsdf is not)
    "consonants",  # longest run of consonants, 3 and more
    "vowel_share",
    "length",
)
BOT_FEATURES = (
    "tail3_mean",  # trigram model: mean log-probability of the tail's letters after the name
    "tail3_min",  # trigram model: the tail's least likely letter
    "tail5_mean",  # 5-gram model: mean log-probability of the tail's letters
    "tail_alone",  # trigram model: mean log-probability of the tail as a word of its own
    "tail_len",
    "camel",  # the tail starts with a capital after a lower-case name (AmandaJanoamutb)
    "word3_mean",  # trigram model: mean over the whole word
)
KN_FLOOR = -8.0  # one freak transition must not decide alone: log-probabilities clip here
BOT_MIN_TAIL = 3  # Davidfug: a shorter tail is a name ending (Roberta, Danielle)

# Character-level geometry of the letter keys: rows from the top, with each row's horizontal
# offset in key widths as on an ISO/ANSI board, so that diagonal neighbours can be found.
LAYOUTS: Mapping[str, tuple[tuple[float, str], ...]] = {
    "qwerty": ((0.5, "qwertyuiop"), (0.75, "asdfghjkl"), (1.25, "zxcvbnm")),
    "azerty": ((0.5, "azertyuiop"), (0.75, "qsdfghjklm"), (1.25, "wxcvbn")),
    "qwertz": ((0.5, "qwertzuiop"), (0.75, "asdfghjkl"), (1.25, "yxcvbnm")),
}

_FOLD = str.maketrans({
    "ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "ẞ": "SS",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ŋ": "ng", "Ŋ": "Ng", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "\u0131": "i", "\u017f": "s",  # dotless i (Turkish), long s
})
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
LETTER_RUNS = re.compile(r"[A-Za-z]+")  # the words of a folded text


class GibberishModelError(RuntimeError):
    """The gibberish model file is missing, unreadable, or of another format version."""


@dataclass(frozen=True)
class Judgement:
    """The score of a string: its worst word, that word's probability of being junk, and the
    head that judged it ("mash": keyboard mash or random string; "bot": name + random tail)."""

    score: float
    word: str
    head: str


def fold(text: str) -> str | None:
    """`text` in ASCII letters (case kept), other characters kept as separators.

    None when the text has letters of a script the model was not trained on (李明, Иван):
    such a string cannot be judged.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    out = []
    for char in decomposed:
        if char.isascii():
            out.append(char)
        elif unicodedata.combining(char):
            continue
        elif char.isalpha():
            return None
        else:
            out.append(" ")
    return "".join(out)


def words(text: str) -> list[str] | None:
    """The lower-case words of `text` that the model scores; None for a non-Latin script.

    Punctuation and digits separate words, and so does a capital after a lower-case letter
    (AmandaJanoamutb -> amanda, janoamutb), so a bot's glued-on tail is scored on its own.
    """
    folded = fold(text)
    if folded is None:
        return None
    return [part.lower()[:MAX_LETTERS] for part in letter_parts(folded)
            if len(part) >= MIN_LETTERS]


def letter_parts(ascii_text: str) -> list[str]:
    """The runs of letters of an ASCII text, each split where a capital follows a lower-case
    letter (AmandaJanoamutb -> Amanda, Janoamutb), case kept."""
    return [part for run in LETTER_RUNS.findall(ascii_text) for part in _CAMEL.split(run)]


def _key_positions(rows: tuple[tuple[float, str], ...]) -> dict[str, tuple[int, float]]:
    return {key: (row, offset + col)
            for row, (offset, keys) in enumerate(rows)
            for col, key in enumerate(keys)}


_POSITIONS = {name: _key_positions(rows) for name, rows in LAYOUTS.items()}


def _row_steps(word: str, positions: Mapping[str, tuple[int, float]]) -> list[int]:
    """Per transition: +1 / -1 for a step to the next key right / left on the same row, else 0."""
    steps = []
    for a, b in itertools.pairwise(word):
        pa, pb = positions.get(a), positions.get(b)
        if pa is None or pb is None or pa[0] != pb[0]:
            steps.append(0)
        else:
            delta = pb[1] - pa[1]
            steps.append(1 if delta == 1 else -1 if delta == -1 else 0)
    return steps


def _longest_walk(steps: Sequence[int]) -> int:
    """Keys in the longest run of steps in one direction (asdf: 4)."""
    best = run = 0
    previous = 0
    for step in steps:
        run = run + 1 if step != 0 and step == previous else (1 if step != 0 else 0)
        previous = step
        best = max(best, run)
    return best + 1 if best else 1


def _adjacent_share(word: str, positions: Mapping[str, tuple[int, float]]) -> float:
    near = 0
    for a, b in itertools.pairwise(word):
        pa, pb = positions.get(a), positions.get(b)
        if pa is None or pb is None:
            continue
        rows, cols = abs(pa[0] - pb[0]), abs(pa[1] - pb[1])
        if (rows == 0 and cols <= 1) or (rows == 1 and cols <= 0.8):
            near += 1
    return near / (len(word) - 1) if len(word) > 1 else 0.0


def keyboard_features(word: str) -> tuple[int, float]:
    """(longest row walk or alphabet run in keys, best share of neighbouring-key transitions)."""
    walk = 1
    adjacent = 0.0
    for positions in _POSITIONS.values():
        walk = max(walk, _longest_walk(_row_steps(word, positions)))
        adjacent = max(adjacent, _adjacent_share(word, positions))
    alphabet = [1 if ord(b) - ord(a) == 1 else -1 if ord(b) - ord(a) == -1 else 0
                for a, b in itertools.pairwise(word)]
    return max(walk, _longest_walk(alphabet)), adjacent


def repeated_chunk(word: str) -> tuple[float, str]:
    """(share of the word covered by a chunk of 2-5 letters typed back to back, the chunk).

    Only a chunk that starts the word and repeats to (nearly) its end counts: sdfsdf ->
    (1.0, "sdf"), abcabcab -> (1.0, "abc"), tingting -> (1.0, "ting"), wiwin -> (0.8, "wi"),
    anna -> (0.0, "").
    """
    n = len(word)
    for period in range(2, 6):
        if 2 * period > n:
            break
        same = 0
        while same < n - period and word[same] == word[same + period]:
            same += 1
        if same + period >= n - 1 and same + period >= 2 * period:
            return (same + period) / n, word[:period]
    return 0.0, ""


def _longest_consonant_run(word: str) -> int:
    best = run = 0
    for char in word:
        run = 0 if char in VOWELS else run + 1
        best = max(best, run)
    return best


class NgramModel:
    """A back-off character n-gram model (ARPA semantics) over a-z and the end of a word."""

    def __init__(self, order: int, logprob: dict[str, float], backoff: dict[str, float]) -> None:
        self.order = order
        self.logprob = logprob
        self.backoff = backoff

    def logprobs(self, word: str) -> list[float]:
        """Natural-log probability of each letter of `word` and of its end, given what precedes."""
        logprob, backoff = self.logprob, self.backoff
        text = "^" + word + "$"
        width = self.order - 1
        out = []
        for i in range(1, len(text)):
            context = text[max(0, i - width):i]
            char = text[i]
            penalty = 0.0
            while True:
                value = logprob.get(context + char)
                if value is not None:
                    out.append(penalty + value)
                    break
                penalty += backoff.get(context, 0.0)
                context = context[1:]
        return out


class LinearHead:
    """A logistic model over standardized features: p = 1 / (1 + e^-(b + sum w (x - m) / s))."""

    def __init__(self, features: Sequence[str], weights: Sequence[float], bias: float,
                 means: Sequence[float], scales: Sequence[float]) -> None:
        self.features = tuple(features)
        self._terms = tuple(zip(weights, means, scales, strict=True))
        self.bias = bias

    @classmethod
    def from_json(cls, data: Mapping[str, Any], expected: Sequence[str]) -> LinearHead:
        if list(data["features"]) != list(expected):
            raise GibberishModelError("the gibberish model was fitted on other features; "
                                      "rebuild it with scripts/build_gibberish_model.py")
        return cls(data["features"], data["weights"], float(data["bias"]), data["means"],
                   data["scales"])

    def contributions(self, values: Sequence[float]) -> list[float]:
        return [w * (v - m) / s for v, (w, m, s) in zip(values, self._terms, strict=True)]

    def probability(self, values: Sequence[float]) -> float:
        z = self.bias + sum(self.contributions(values))
        return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


class GibberishDetector:
    """Scores strings from 0 (reads like a real name or word) to 1 (a mash or random string).

    Two heads: `mash` judges each word on its own; `bot` judges a word that starts with a
    common first name and goes on with a tail that is no name (Davidfug). A string's score
    is the highest of its words'.
    """

    def __init__(self, *, lm5: NgramModel, lm3: NgramModel, names: frozenset[str],
                 first_names: frozenset[str], mash: LinearHead, bot: LinearHead,
                 metadata: Mapping[str, Any]) -> None:
        self.lm5 = lm5
        self.lm3 = lm3
        self.names = names
        self.first_names = first_names
        self.mash = mash
        self.bot = bot
        self.metadata = metadata
        self.version = str(metadata.get("version", "unknown"))
        self._prefix_lengths = sorted({len(name) for name in first_names}, reverse=True)

    # ------------------------------------------------------------------ features

    def mash_features(self, word: str) -> tuple[float, ...]:
        """MASH_FEATURES of one lower-case a-z word."""
        lp3 = [max(v, KN_FLOOR) for v in self.lm3.logprobs(word)]
        lp5 = [max(v, KN_FLOOR) for v in self.lm5.logprobs(word)]
        n = len(lp3)
        total3 = sum(lp3)
        mean3 = total3 / n
        ordered = sorted(lp3)
        walk, adjacent = keyboard_features(word)
        cover, chunk = repeated_chunk(word)
        chunk_mean = 0.0
        if chunk:
            chunk_lp = self.lm3.logprobs(chunk)
            chunk_mean = sum(chunk_lp) / len(chunk_lp)
        vowels = sum(1 for char in word if char in VOWELS)
        return (
            mean3,
            ordered[0],
            ordered[1],
            sum(1 for v in lp3 if v < -6.0) / n,
            total3,
            sum(lp5) / n,
            min(sum(lp5[i:i + 3]) / 3 for i in range(n - 2)),
            walk / len(word) if walk >= 4 else 0.0,
            float(walk) if walk >= 4 else 0.0,
            adjacent,
            adjacent * mean3,
            cover,
            cover * chunk_mean,
            float(max(0, _longest_consonant_run(word) - 2)),
            vowels / len(word),
            math.log(len(word)),
        )

    def name_prefix(self, word: str) -> int:
        """Length of the longest common first name that starts `word`, leaving a tail of
        BOT_MIN_TAIL+ letters that is no name either; 0 when there is none.
        Davidfug -> 5; Annmarie -> 0 (marie is a name); Davidson -> 0 (a known name)."""
        if word in self.names:
            return 0
        for length in self._prefix_lengths:
            if len(word) - length >= BOT_MIN_TAIL and word[:length] in self.first_names \
                    and word[length:] not in self.names:
                return length
        return 0

    def bot_features(self, word: str, prefix: int, camel: bool) -> tuple[float, ...]:
        """BOT_FEATURES of a lower-case word whose first `prefix` letters are a first name."""
        lp3 = [max(v, KN_FLOOR) for v in self.lm3.logprobs(word)]
        lp5 = [max(v, KN_FLOOR) for v in self.lm5.logprobs(word)]
        tail3, tail5 = lp3[prefix:], lp5[prefix:]  # the tail's letters and the word's end
        alone = self.lm3.logprobs(word[prefix:])
        return (
            sum(tail3) / len(tail3),
            min(tail3),
            sum(tail5) / len(tail5),
            sum(alone) / len(alone),
            float(min(len(word) - prefix, 10)),
            1.0 if camel else 0.0,
            sum(lp3) / len(lp3),
        )

    # ------------------------------------------------------------------- scores

    def mash_score(self, word: str) -> float:
        """Probability that one lower-case a-z word (4+ letters) is a mash or random string."""
        if word in self.names:  # a name someone bears is never junk, however it looks
            return 0.0
        return self.mash.probability(self.mash_features(word))

    def bot_score(self, run: str) -> float:
        """Probability that a run of letters (case kept) is a first name plus a random tail."""
        word = run.lower()[:MAX_LETTERS]
        prefix = self.name_prefix(word)
        if not prefix:
            return 0.0
        camel = run[prefix - 1].islower() and run[prefix].isupper()
        return self.bot.probability(self.bot_features(word, prefix, camel))

    def judge(self, text: str, *, bot_names: bool = False) -> Judgement | None:
        """The worst word of `text` and its score; None when no word can be judged.

        bot_names: also judge words that glue a random tail to a common first name. Meant for
        name fields: in a mailbox name, a first name glued to a family name is the norm.
        """
        return _cached_judge(self, text, bot_names)

    def _judge(self, text: str, bot_names: bool) -> Judgement | None:
        folded = fold(text)
        if folded is None:
            return None
        best: Judgement | None = None
        for run in LETTER_RUNS.findall(folded):
            for part in _CAMEL.split(run):
                if len(part) >= MIN_LETTERS:
                    word = part.lower()[:MAX_LETTERS]
                    judgement = Judgement(self.mash_score(word), word, "mash")
                    if best is None or judgement.score > best.score:
                        best = judgement
            if bot_names and len(run) >= MIN_LETTERS + BOT_MIN_TAIL:
                judgement = Judgement(self.bot_score(run), run.lower(), "bot")
                if best is None or judgement.score > best.score:
                    best = judgement
        return best

    def score(self, text: str, *, bot_names: bool = False) -> float | None:
        """Probability that `text` is a mash, random string or bot name; None: cannot tell."""
        judgement = self.judge(text, bot_names=bot_names)
        return None if judgement is None else judgement.score

    def explain(self, word: str) -> list[tuple[str, float, float]]:
        """(feature, value, contribution to the logit) of the mash head, for one word."""
        values = self.mash_features(word)
        return list(zip(MASH_FEATURES, values, self.mash.contributions(values), strict=True))


@lru_cache(maxsize=4096)
def _cached_judge(detector: GibberishDetector, text: str, bot_names: bool) -> Judgement | None:
    return detector._judge(text, bot_names)


def default_model_path() -> Path:
    """The bundled model: leadguard/models/gibberish/model.json (+ model.npz beside it)."""
    return Path(str(resources.files("leadguard").joinpath("models/gibberish/model.json")))


def _table(arrays: Any, keys: str, values: str) -> dict[str, float]:
    return dict(zip(str(arrays[keys]).split("\n"), arrays[values].astype(float).tolist(),
                    strict=True))


def load_detector(path: str | Path | None = None) -> GibberishDetector:
    """Read a model written by scripts/build_gibberish_model.py; no network, no pickle."""
    meta_path = Path(path) if path is not None else default_model_path()
    try:
        metadata = json.loads(meta_path.read_text("utf-8"))
        if metadata.get("format") != FORMAT:
            raise GibberishModelError(
                f"the gibberish model {meta_path} has format {metadata.get('format')}, this "
                f"leadguard reads format {FORMAT}: rebuild it with "
                "scripts/build_gibberish_model.py")
        with np.load(meta_path.with_name(metadata["arrays"]), allow_pickle=False) as arrays:
            lm5 = NgramModel(5, _table(arrays, "ngrams5", "logprob5"),
                             _table(arrays, "contexts5", "backoff5"))
            lm3 = NgramModel(3, _table(arrays, "ngrams3", "logprob3"),
                             _table(arrays, "contexts3", "backoff3"))
            names = frozenset(str(arrays["names"]).split("\n"))
            first_names = frozenset(str(arrays["first_names"]).split("\n"))
        mash = LinearHead.from_json(metadata["heads"]["mash"], MASH_FEATURES)
        bot = LinearHead.from_json(metadata["heads"]["bot"], BOT_FEATURES)
    except (OSError, KeyError, ValueError) as exc:
        raise GibberishModelError(f"the gibberish model {meta_path} cannot be read ({exc}); "
                                  "rebuild it with scripts/build_gibberish_model.py") from exc
    return GibberishDetector(lm5=lm5, lm3=lm3, names=names, first_names=first_names,
                             mash=mash, bot=bot, metadata=metadata)


@lru_cache(maxsize=1)
def bundled_detector() -> GibberishDetector:
    """The bundled model, loaded on first use and kept for the life of the process."""
    return load_detector()


def bundled_junk_word(threshold: float) -> Callable[[str], bool]:
    """Is one word a mash or random string: the bundled detector's score (the detector loads on
    first use and remembers its judgements) at or above `threshold`."""

    def junk_word(word: str) -> bool:
        score = bundled_detector().score(word)
        return score is not None and score >= threshold

    return junk_word
