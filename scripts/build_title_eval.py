"""Rebuild the registry-derived held-out title sets in data/titles/.

    python scripts/build_title_eval.py [--cache DIR]

Both sources are kept out of the title vocabulary (scripts/build_title_vocab.py), so the
evaluation measures titles the judge has never seen:
- mimesis 22.2.0 (PyPI, MIT): the `occupation` lists of mimesis/datasets/<locale>/person.json.
  The kk locale is skipped: its only entry is the word "Test".
- @faker-js/faker 10.6.0 (npm, MIT): person.job_type / job_descriptor / job_area of every
  locale, combined the way faker-js combines them ("Senior Marketing Manager"), a fixed-seed
  sample per locale. Needs `npm` and `node` on PATH.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "titles"
MIMESIS = ("mimesis", "22.2.0")
FAKER_JS = ("@faker-js/faker", "10.6.0")
SAMPLE_PER_LOCALE = 120
SEED = 20261123

_DUMP = """
const { allLocales } = await import(process.argv[2]);
const out = {};
for (const [name, def] of Object.entries(allLocales)) {
  const p = def.person || {};
  const keys = Object.keys(p).filter((k) => /^job_(type|area|descriptor|title)$/.test(k));
  if (keys.length) out[name] = Object.fromEntries(keys.map((k) => [k, p[k]]));
}
console.log(JSON.stringify(out));
"""


def mimesis_titles(cache: Path) -> list[tuple[str, str]]:
    cache.mkdir(parents=True, exist_ok=True)
    name, version = MIMESIS
    wheels = list(cache.glob(f"mimesis-{version}-*.whl"))
    if not wheels:
        subprocess.run([sys.executable, "-m", "pip", "download", "--quiet", "--no-deps",
                        "--only-binary", ":all:", "--dest", str(cache), f"{name}=={version}"],
                       check=True)
        wheels = list(cache.glob(f"mimesis-{version}-*.whl"))
    rows: list[tuple[str, str]] = []
    with zipfile.ZipFile(wheels[0]) as archive:
        for member in sorted(archive.namelist()):
            parts = member.split("/")
            if parts[:2] != ["mimesis", "datasets"] or parts[-1] != "person.json":
                continue
            locale = parts[2]
            if locale == "kk":
                continue
            data = json.loads(archive.read(member))
            for title in data.get("occupation", []):
                rows.append((locale, title.strip()))
    return rows


def faker_js_titles(cache: Path) -> list[tuple[str, str]]:
    name, version = FAKER_JS
    cache.mkdir(parents=True, exist_ok=True)
    tarball = cache / f"faker-js-faker-{version}.tgz"
    if not tarball.exists():
        subprocess.run(["npm", "pack", "--silent", f"{name}@{version}"], cwd=cache, check=True)
    unpacked = cache / f"faker-js-{version}"
    if not unpacked.exists():
        with tarfile.open(tarball) as archive:
            archive.extractall(unpacked, filter="data")
    script = cache / "dump_jobs.mjs"
    script.write_text(_DUMP, encoding="utf-8")
    entry = unpacked / "package" / "dist" / "index.js"
    dumped = subprocess.run(["node", str(script), entry.as_uri()], check=True,
                            capture_output=True, text=True).stdout
    rng = random.Random(SEED)
    rows: list[tuple[str, str]] = []
    for locale, parts in sorted(json.loads(dumped).items()):
        types = parts.get("job_type", [])
        titles = set(parts.get("job_title", [])) | set(types)
        areas = parts.get("job_area", [])
        descriptors = parts.get("job_descriptor", [])
        combos = [f"{d} {a} {t}" for d in descriptors for a in areas for t in types]
        combos += [f"{a} {t}" for a in areas for t in types]
        rng.shuffle(combos)
        titles |= set(combos[:SAMPLE_PER_LOCALE])
        rows.extend((locale, title) for title in sorted(titles))
    return rows


def write(path: Path, header: list[str], rows: list[tuple[str, str]], group: str) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for line in header:
            handle.write(f"# {line}\n")
        writer = csv.writer(handle)
        writer.writerow(["group", "locale", "title"])
        seen: set[tuple[str, str]] = set()
        for locale, title in rows:
            if title and (locale, title) not in seen:
                seen.add((locale, title))
                writer.writerow([group_for(group, locale), locale, title])
    print(f"wrote {len(seen)} rows to {path}")


def group_for(group: str, locale: str) -> str:
    if group != "auto":
        return group
    return "staff" if locale.split("-")[0].split("_")[0] == "en" else "international"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path,
                        default=Path(tempfile.gettempdir()) / "leadguard-registry-cache")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    common = ["license: MIT (the source package)", "regenerate: python scripts/build_title_eval.py",
              "held out: neither package feeds src/leadguard/wordlists/job_titles.txt",
              "columns: group (staff = English, international = any other locale), locale, title"]
    write(OUT / "registry_mimesis.csv",
          [f"source: {MIMESIS[0]} {MIMESIS[1]} (PyPI) mimesis/datasets/<locale>/person.json "
           "occupation lists; locale kk skipped (its only entry is 'Test')", *common],
          mimesis_titles(args.cache), "auto")
    write(OUT / "registry_fakerjs.csv",
          [f"source: {FAKER_JS[0]} {FAKER_JS[1]} (npm) person.job_type, job_title and "
           f"descriptor+area+type combinations, {SAMPLE_PER_LOCALE} per locale, seed {SEED}",
           *common],
          faker_js_titles(args.cache), "auto")


if __name__ == "__main__":
    main()
