"""Compare the working tree's message rules or title lists with those of an earlier commit:
which texts or titles of the spent folders change verdict.

    .venv/bin/python scripts/compare_word_lists.py messages [--against REV] [--show N]
    .venv/bin/python scripts/compare_word_lists.py titles [--against REV] [--show N]

messages: every message of the writers' folders but w6-w10 (kept unread) and of the spent blind
sets, the spam files' templates filled three times (scripts/evaluate_writer_messages.py's
folder_messages), and the legit messages of data/corpus/train.jsonl and heldout.jsonl, scored
with REV's message_spam_patterns.toml and with the working tree's; the rules alone and the
rules with the bundled message model. titles: every distinct job title of data/corpus/*.jsonl
and of the spent blind sets, judged with REV's title_junk.toml and title_terms.toml and with
the working tree's. Only the word lists differ between the two sides: the code is the working
tree's for both. A pass is fit to land when no genuine text or real title is newly flagged.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from evaluate_writer_messages import corpus_legit, folder_messages

from leadguard.checks.job_title import ImplausibleJobTitle
from leadguard.checks.message import SpamMessage
from leadguard.evaluation.blind_sets import spent_blind_sets
from leadguard.policy import load_policy

ROOT = Path(__file__).resolve().parent.parent
WORDLISTS = ROOT / "src" / "leadguard" / "wordlists"
FILES = {"messages": ("message_spam_patterns.toml",),
         "titles": ("title_junk.toml", "title_terms.toml")}
HIDDEN_WRITERS = range(6, 11)  # w6-w10: the rules were never tuned on them


def earlier_word_lists(rev: str, names: tuple[str, ...], into: Path) -> Path:
    """A copy of the working tree's word lists with `names` as they were at `rev`."""
    copy = into / "wordlists"
    shutil.copytree(WORDLISTS, copy)
    for name in names:
        path = f"{WORDLISTS.relative_to(ROOT).as_posix()}/{name}"
        (copy / name).write_bytes(subprocess.check_output(["git", "show", f"{rev}:{path}"],
                                                          cwd=ROOT))
    return copy


def message_texts() -> list[tuple[str, str, bool]]:
    """(where, text, is spam) of every spent folder and the corpus's legit messages."""
    folders = [ROOT / "data" / "writers" / f"w{n}" for n in range(1, 19)
               if n not in HIDDEN_WRITERS]
    folders += spent_blind_sets(ROOT / "data")
    texts = [(f"{folder.name}/{kind}", text, kind.startswith("spam_"))
             for folder in folders for kind, found in folder_messages(folder, 3).items()
             for text in found]
    texts += [(f"corpus/{name}", text, False) for name in ("train.jsonl", "heldout.jsonl")
              for text in corpus_legit(name)]
    return texts


def title_texts() -> list[tuple[str, str, bool]]:
    """(category, title, is spam) of every distinct titled lead of the corpora and spent sets."""
    files = sorted((ROOT / "data" / "corpus").glob("*.jsonl"))
    files += [folder / "blind.jsonl" for folder in spent_blind_sets(ROOT / "data")]
    seen: dict[tuple[str, bool], str] = {}
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                title = row.get("job_title")
                if isinstance(title, str) and title.strip():
                    seen.setdefault((title, row["label"] == "spam"), str(row.get("category")))
    return [(category, title, spam) for (title, spam), category in seen.items()]


def compare(name: str, texts: list[tuple[str, str, bool]], old: Callable[[str], bool],
            new: Callable[[str], bool], show: int) -> int:
    """Print the changes of verdict; the number of genuine texts newly flagged."""
    gained = lost = flagged = cleared = 0
    for where, text, spam in texts:
        before, after = old(text), new(text)
        if before == after:
            continue
        if spam:
            gained += after
            lost += before
        else:
            flagged += after
            cleared += before
            if after and flagged <= show:
                print(f"  newly flagged, genuine ({where}): {text[:200]!r}")
    print(f"{name}: spam +{gained} -{lost}; genuine newly flagged {flagged}, "
          f"no longer flagged {cleared} (of {len(texts)} texts)")
    return flagged


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=sorted(FILES))
    parser.add_argument("--against", default="HEAD", help="the commit to compare with")
    parser.add_argument("--show", type=int, default=20, help="genuine texts to list")
    args = parser.parse_args()
    policy = load_policy()
    with tempfile.TemporaryDirectory() as tmp:
        earlier = earlier_word_lists(args.against, FILES[args.what], Path(tmp))
        if args.what == "titles":
            before = ImplausibleJobTitle.from_policy(policy, wordlists=earlier)
            after = ImplausibleJobTitle.from_policy(policy, wordlists=WORDLISTS)
            return 1 if compare("titles", title_texts(), lambda t: before.why(t) is not None,
                                lambda t: after.why(t) is not None, args.show) else 0
        texts = message_texts()
        newly = 0
        for mode, model in (("rules alone", {"message_model": None}),
                            ("rules and model", {})):
            old = SpamMessage.from_policy(policy, wordlists=earlier, **model).screen
            new = SpamMessage.from_policy(policy, wordlists=WORDLISTS, **model).screen
            newly += compare(mode, texts, lambda t, s=old: s(t) is not None,
                             lambda t, s=new: s(t) is not None, args.show)
        return 1 if newly else 0


if __name__ == "__main__":
    raise SystemExit(main())
