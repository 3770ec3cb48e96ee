"""Rebuild job_titles.txt and title_char_trigrams.tsv from pinned registry packages.

    python scripts/build_title_vocab.py [--wordlists DIR] [--cache DIR]

Sources (downloaded with `pip download`, never imported):
- find-job-titles 0.7.0 (PyPI, MIT): find_job_titles/data/titles_combined.txt.gz, ~74k English
  titles (US occupational titles plus business roles and C-level abbreviations).
- faker 40.54.0 (PyPI, MIT): the `jobs` lists of faker/providers/job/<locale>/__init__.py,
  read with `ast` so no Faker code runs.

title_char_trigrams.tsv counts the character trigrams of the Latin-script words of those
titles plus every word in Faker's person, address, company and lorem providers (all locales)
and the Welsh words the gibberish model takes from the Welsh Hunspell dictionary on npm
(scripts/build_gibberish_model.py, HUNSPELL_LANGS; TITLE_HUNSPELL below): the judge's model of
what real words look like, for telling "hnocvhouzh" from "Toimitusjohtaja" and "Golygydd".

The held-out evaluation titles (data/titles/) come from other packages (mimesis,
@faker-js/faker) and hand-written lists, so the vocabulary never sees them.
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import gzip
import hashlib
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from build_gibberish_model import (  # noqa: E402  (scripts/ is on sys.path when run)
    HUNSPELL_LANGS,
    NPM_PACKAGES,
    hunspell_words,
    npm_package,
)

from leadguard.titles import (  # noqa: E402  (after the sys.path line above)
    CharModel,
    fold_word,
    is_latin_word,
    normalize_title,
    tokens,
)

WORD_PROVIDERS = ("person", "address", "company", "lorem")

FIND_JOB_TITLES = ("find-job-titles", "0.7.0")
# Of the gibberish model's Hunspell dictionaries, those whose words the title model counts: the
# Welsh ("Golygydd", editor, read as a mash on the thirty-second blind set). With the Irish and
# Scottish Gaelic words too, the Turkish registry title "Üzümcü" fell under the mash bar.
TITLE_HUNSPELL = ("dictionary-cy",)
FAKER = ("faker", "40.54.0")


def hunspell_vocabulary(cache: Path) -> dict[str, list[str]]:
    """The words the gibberish model takes from each Hunspell dictionary of TITLE_HUNSPELL."""
    from anyascii import anyascii

    cache.mkdir(parents=True, exist_ok=True)
    versions = {name: version for name, version, _lic, _use in NPM_PACKAGES}
    return {name: hunspell_words(npm_package(name, versions[name], cache), limit, anyascii)
            for name, limit in HUNSPELL_LANGS.items() if name in TITLE_HUNSPELL}


def download(name: str, version: str, cache: Path) -> Path:
    """The pinned wheel of a PyPI package, downloaded once into `cache`."""
    cache.mkdir(parents=True, exist_ok=True)
    stem = name.replace("-", "_").lower()
    for wheel in cache.glob("*.whl"):
        if wheel.name.lower().startswith(f"{stem}-{version}-"):
            return wheel
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary",
         ":all:", "--dest", str(cache), f"{name}=={version}"],
        check=True,
    )
    return download(name, version, cache)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def find_job_titles(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("find_job_titles/data/titles_combined.txt.gz")
    return gzip.decompress(raw).decode("utf-8").splitlines()


def _strings(node: ast.AST) -> Iterator[str]:
    """String literals in a `jobs` value; of a dict only the values (keys are gender tags)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.Dict):
        for value in node.values:
            yield from _strings(value)
    else:
        for child in ast.iter_child_nodes(node):
            yield from _strings(child)


def faker_jobs(wheel: Path) -> dict[str, list[str]]:
    """Locale -> job strings of every Faker job provider that lists its own jobs."""
    found: dict[str, list[str]] = {}
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            parts = name.split("/")
            if parts[:3] != ["faker", "providers", "job"] or parts[-1] != "__init__.py":
                continue
            locale = parts[3] if len(parts) == 5 else "base (en)"
            tree = ast.parse(archive.read(name).decode("utf-8"))
            jobs: list[str] = []
            for node in ast.walk(tree):
                targets: list[ast.expr] = []
                if isinstance(node, ast.Assign):
                    targets = node.targets
                elif isinstance(node, ast.AnnAssign) and node.value is not None:
                    targets = [node.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                value = getattr(node, "value", None)
                if value is not None and any(n.startswith("jobs") for n in names):
                    jobs.extend(_strings(value))
            if jobs:
                found[locale] = jobs
    return found


def faker_words(wheel: Path) -> set[str]:
    """Latin-script words (folded to a-z, 3+ letters) of Faker's name and text providers."""
    found: set[str] = set()
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            parts = name.split("/")
            if (parts[:2] != ["faker", "providers"] or len(parts) < 4
                    or parts[2] not in WORD_PROVIDERS or not name.endswith(".py")):
                continue
            tree = ast.parse(archive.read(name).decode("utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    if "{{" in node.value or "%" in node.value:
                        continue  # format strings, not words
                    for word in tokens(normalize_title(node.value)):
                        folded = fold_word(word)
                        if len(folded) >= 3 and is_latin_word(folded):
                            found.add(folded)
    return found


def clean(title: str) -> str | None:
    """A vocabulary entry, or None for lines that are not usable titles."""
    entry = normalize_title(title)
    # Faker's de_AT neutral forms ("Manager*in") double as the male form minus the suffix.
    entry = entry.replace("*in", "").replace("*innen", "")
    if len(entry) < 2 or not any(ch.isalpha() for ch in entry):
        return None
    return entry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordlists", type=Path, default=ROOT / "src/leadguard/wordlists")
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "leadguard-registry-cache")
    args = parser.parse_args()

    fjt_wheel = download(*FIND_JOB_TITLES, args.cache)
    faker_wheel = download(*FAKER, args.cache)
    entries: set[str] = set()
    for title in find_job_titles(fjt_wheel):
        if (entry := clean(title)) is not None:
            entries.add(entry)
    fjt_count = len(entries)
    per_locale = faker_jobs(faker_wheel)
    for jobs in per_locale.values():
        for title in jobs:
            if (entry := clean(title)) is not None:
                entries.add(entry)
    locales = ", ".join(sorted(per_locale))
    header = [
        "# job_titles.txt: real job titles for leadguard's job_title check, one per line,",
        "# normalised by leadguard.titles.normalize_title (NFKC, case-folded, spaces collapsed).",
        f"# source: find-job-titles {FIND_JOB_TITLES[1]} (PyPI) "
        f"find_job_titles/data/titles_combined.txt.gz, wheel sha256 {sha256(fjt_wheel)}",
        f"#   ({fjt_count} entries)",
        f"# source: faker {FAKER[1]} (PyPI) faker/providers/job/<locale>/__init__.py, "
        f"wheel sha256 {sha256(faker_wheel)}",
        f"#   ({len(per_locale)} locales: {locales})",
        "# license: MIT (find-job-titles, Copyright Johannes Ahlmann; Faker, Copyright joke2k)",
        f"# date: {dt.date.today().isoformat()}",
        "# regenerate: python scripts/build_title_vocab.py",
    ]
    body = sorted(entries)
    titles_path = args.wordlists / "job_titles.txt"
    titles_path.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"wrote {len(body)} titles to {titles_path}")

    words = {folded for title in body for word in tokens(title)
             if len(folded := fold_word(word)) >= 3 and is_latin_word(folded)}
    title_word_count = len(words)
    words |= faker_words(faker_wheel)
    hunspell = hunspell_vocabulary(args.cache)
    words |= {w for ws in hunspell.values() for w in ws if len(w) >= 3}
    counts = CharModel.count(sorted(words))
    trigram_header = [
        "# title_char_trigrams.tsv: character trigram counts of real words, for the job_title",
        "# check's keyboard-mash model (leadguard.titles.CharModel); '^' starts, '$' ends a word.",
        f"# source: the {title_word_count} Latin-script words of job_titles.txt (see its header)",
        f"#   plus words of faker {FAKER[1]} (PyPI) providers {', '.join(WORD_PROVIDERS)}, "
        "all locales,",
        "#   plus the Hunspell words of scripts/build_gibberish_model.py: "
        + ", ".join(f"{name} {version} (npm, {lic}): {len(hunspell[name])} words"
                    for name, version, lic, _use in NPM_PACKAGES if name in hunspell) + ",",
        f"#   folded to a-z: {len(words)} distinct words",
        "# license: MIT (find-job-titles, Faker); the Hunspell dictionaries' as named above",
        f"# date: {dt.date.today().isoformat()}",
        "# regenerate: python scripts/build_title_vocab.py",
    ]
    trigram_path = args.wordlists / "title_char_trigrams.tsv"
    lines = [f"{gram}\t{count}" for gram, count in sorted(counts.items())]
    trigram_path.write_text("\n".join(trigram_header + lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} trigrams to {trigram_path}")


if __name__ == "__main__":
    main()
