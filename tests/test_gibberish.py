"""Gibberish detection: email.gibberish, name.gibberish, company.gibberish.

Per code, the inputs that must hit and the inputs that must not, through the check classes
with the bundled model and the thresholds it recommends (the policy's [gibberish] values).
The measured figures on the held-out sets are in docs/gibberish.md.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from leadguard import gibberish, hangul
from leadguard.checks.gibberish import (
    AbjadSkeleton,
    BotNamePattern,
    GibberishCompany,
    GibberishEmail,
    GibberishName,
    KeyboardDomain,
    KeyboardEvidence,
    ShortWalk,
    Spelt,
    gibberish_checks,
    load_passport_spellings,
)
from leadguard.emailaddr import ParsedEmail, parse_email
from leadguard.evaluation.gibberish import evaluate, read_set, report, summary
from leadguard.lead import Lead
from leadguard.policy import Policy, load_policy
from leadguard.screening import Screening
from leadguard.signals import Signal
from leadguard.wordlists import load_wordlists


@pytest.fixture(scope="module")
def detector() -> gibberish.GibberishDetector:
    return gibberish.bundled_detector()


@pytest.fixture(scope="module")
def bot_pattern(detector: gibberish.GibberishDetector) -> BotNamePattern:
    return BotNamePattern.from_policy(load_policy(), detector=detector)


def bot_pattern_with(detector: gibberish.GibberishDetector, **gibberish_table: Any
                     ) -> BotNamePattern:
    """name.bot_pattern from the bundled policy with these [gibberish] settings changed."""
    base = load_policy()
    table = {**base.data["gibberish"], **gibberish_table}
    return BotNamePattern.from_policy(Policy({**base.data, "gibberish": table}, version="test"),
                                      detector=detector)


@pytest.fixture(scope="module")
def thresholds(detector: gibberish.GibberishDetector) -> dict[str, float]:
    return dict(detector.metadata["thresholds"])


def screening(email: str = "jane.doe@acme.com", **fields: Any) -> Screening:
    parsed = parse_email(email)
    assert isinstance(parsed, ParsedEmail), parsed
    return Screening(lead=Lead(email=email, **fields), email=parsed, syntax_problem=None,
                     deadline=time.monotonic() + 1.0)


def signals(check: Any, item: Screening) -> list[Signal]:
    found: Iterator[Signal] = check(item)
    return list(found)


# --- email.gibberish -------------------------------------------------------------------------

MASHES = [
    "asdf123", "qwertyuiop", "zxcvbnm", "sdfsdf", "hnocvhouzh", "adopqpfnzva",
    "gjreioeqoterofnvc", "abcabcabc", "xkqzvw", "asdfgh", "qwerty123", "poiuytreza",
    "lkjhgfdsq", "qweasdzxc", "jkljkl", "asdasdasd", "hjkhjkhjk", "ghfjdksla", "jfkdlsa",
]
AZERTY_QWERTZ = ["azertyuiop", "qsdfghjklm", "wxcvbn", "qwertzuiop", "yxcvbnm", "mlkjhgfdsq",
                 "qsdfgh", "azerty", "qwertz", "yxcvbn"]
# both hands slapping the home row, chunks typed again and again, with or without digits
SLAPS_AND_REPEATS = ["jkdfhgjkd", "sdfsdf", "abcabc12", "dfgdfg", "hjkhjk", "fjdksl", "jklhjk"]
REAL_MAILBOXES = [
    "nguyenthihong", "xiaoqing.zhu", "llywelyn", "przemyslaw.wojcik", "oluwaseun", "tjasa",
    "ødegaard", "jsmith1987", "john.smith", "jane_doe88", "sales.team", "dr.phil",
    "m.mueller", "søren", "josé", "tingting.chen", "xiaoxiao", "chukwuemeka", "ngozi.okafor",
    "siobhan", "caoimhe", "aoife.murphy", "bhattacharya", "venkataraghavan",
    "grzegorz.brzeczyszczykiewicz", "aleksandr.kuznetsov", "francois.dupont", "gwenllian",
    "office.manager", "jane+newsletter",
    # Ukrainian names as Ukraine's passports spell them (since model 2026-12-02, data/blind61)
    "okhmelnytskyi", "lysytskyi.o", "yevhenii.kovalskyi", "hryhorii", "vpshevytskyi",
    "balytskyi.arkhyp",
]
CANNOT_TELL = ["jk", "mrb", "12345678", "j.doe", "李明", "Владимир", "김민준", "a.b.c", "1qaz2wsx"]


@pytest.mark.parametrize("local", MASHES)
def test_email_gibberish_hits_keyboard_mashes_walks_and_repeats(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], local: str) -> None:
    """Mailbox names typed by mashing or sliding over a QWERTY keyboard get email.gibberish."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(check, screening(f"{local}@gmail.com")) == [
        Signal("email.gibberish", "email", {"local": local})]


@pytest.mark.parametrize("local", AZERTY_QWERTZ)
def test_email_gibberish_hits_walks_on_azerty_and_qwertz(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], local: str) -> None:
    """Walks along French (AZERTY) and German (QWERTZ) keyboard rows are caught too."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert [s.code for s in signals(check, screening(f"{local}@web.de"))] == ["email.gibberish"]


@pytest.mark.parametrize("local", SLAPS_AND_REPEATS)
def test_email_gibberish_hits_hand_slaps_and_repeated_chunks(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], local: str) -> None:
    """Slapping the home row with both hands, or typing a chunk again and again, is a mash."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert [s.code for s in signals(check, screening(f"{local}@gmail.com"))] == [
        "email.gibberish"]


@pytest.mark.parametrize("local", REAL_MAILBOXES)
def test_email_gibberish_spares_real_people(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], local: str) -> None:
    """Transliterated names of every region, name+year and ordinary handles are no signal."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(check, screening(f"{local}@example.com")) == []


@pytest.mark.parametrize("local", ["jk", "mrb", "12345678", "j.doe", "a.b.c", "1qaz2wsx"])
def test_email_gibberish_cannot_tell_short_or_numeric_mailboxes(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], local: str) -> None:
    """Initials, QQ numbers and letter runs of 3 or fewer are "cannot tell": never a signal."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(check, screening(f"{local}@qq.com")) == []
    assert detector.score(local) is None


def test_email_gibberish_judges_the_mailbox_name_without_its_tag(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """jane+qwxzkv@: the +tag is a filing label, so only "jane" is judged."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(check, screening("jane+qwxzkvbn@gmail.com")) == []


def test_email_gibberish_needs_a_parsed_address(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """A malformed address (email.invalid_syntax's case) gets no gibberish signal."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    item = Screening(lead=Lead(email="asdfgh@"), email=None, syntax_problem="no domain",
                     deadline=time.monotonic() + 1.0)
    assert signals(check, item) == []


# --- name.gibberish --------------------------------------------------------------------------

BOT_NAMES = ["Davidfug", "AmandaJanoamutb", "Donaldphymn", "JamesWegoamp", "SarahQuoxipt",
             "Georgegtawl"]
REAL_NAMES = [
    "Nguyen Thi Hong", "Xiaoqing", "Llywelyn", "Przemysław", "Wójcik", "Oluwaseun", "Tjaša",
    "Ødegaard", "Søren", "José", "Nnamdi", "Chukwuemeka", "Tshabalala", "Mkhize", "Siobhan",
    "Caoimhe", "Dzhabrailov", "Shchukin", "Huynh", "Phuong", "Srinivasan", "Kwabena",
    "Davidson", "Robertson", "Jameson", "Annmarie", "Marybeth", "Christopher", "Samantha",
    "Hertz", "Tingting", "Mary-Beth", "O'Brien", "McDonald", "DeShawn", "LaToya", "Jo",
    "李明", "Владимир Путятин", "김민준",
]


@pytest.mark.parametrize("value", MASHES[:8] + BOT_NAMES)
def test_name_gibberish_hits_mashes_and_bot_names(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], value: str) -> None:
    """Mashes, and a common first name with a glued random tail, get name.gibberish."""
    check = GibberishName(threshold=thresholds["name"], detector=detector)
    assert signals(check, screening(first_name=value)) == [
        Signal("name.gibberish", "first_name", {"field": "first name", "value": value})]


@pytest.mark.parametrize("value", REAL_NAMES)
def test_name_gibberish_spares_real_names(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], value: str) -> None:
    """Unusual real names of every region, compound names and non-Latin scripts are no signal."""
    check = GibberishName(threshold=thresholds["name"], detector=detector)
    assert signals(check, screening(first_name=value, last_name=value, full_name=value)) == []


def test_name_gibberish_names_each_field_it_flags(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """Every flagged name field gets its own signal, with the field's human name."""
    check = GibberishName(threshold=thresholds["name"], detector=detector)
    item = screening(first_name="Jane", last_name="sdfsdf", full_name="Jane hnocvhouzh")
    assert signals(check, item) == [
        Signal("name.gibberish", "last_name", {"field": "last name", "value": "sdfsdf"}),
        Signal("name.gibberish", "full_name", {"field": "full name",
                                               "value": "Jane hnocvhouzh"}),
    ]


def test_bot_names_are_only_judged_in_name_fields(detector: gibberish.GibberishDetector,
                                                  thresholds: dict[str, float]) -> None:
    """In a mailbox name a first name glued to a family name is normal: no bot judgement."""
    judgement = detector.judge("davidfug")
    assert judgement is not None and judgement.head == "mash"
    bot = detector.judge("Davidfug", bot_names=True)
    assert bot is not None and bot.head == "bot" and bot.score >= thresholds["name"]


# --- company.gibberish -----------------------------------------------------------------------

@pytest.mark.parametrize("value", ["asdfgh", "sdfsdf GmbH", "Qwertyuiop Inc", "hnocvhouzh"])
def test_company_gibberish_hits_mashes(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], value: str) -> None:
    """A mashed company name gets company.gibberish."""
    check = GibberishCompany(threshold=thresholds["company"], detector=detector)
    assert signals(check, screening(company=value)) == [
        Signal("company.gibberish", "company", {"field": "company", "value": value})]


@pytest.mark.parametrize("value", [
    "Acme Corp", "Xiaomi", "Zalando SE", "Kyocera", "Skoda Auto", "Qualcomm", "IBM", "KPMG",
    "Vkontakte", "Wrzesniak GmbH", "Nguyen & Partners", "株式会社トヨタ", "Żabka Polska",
])
def test_company_gibberish_spares_real_companies(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], value: str) -> None:
    """Coined brand names, acronyms and non-Latin company names are no signal."""
    check = GibberishCompany(threshold=thresholds["company"], detector=detector)
    assert signals(check, screening(company=value)) == []


@pytest.mark.parametrize("value", [
    "American Airlines LLLP", "Namahn BVBA", "Euro Logistics EEIG", "Henkel KGaA",
])
def test_company_gibberish_never_judges_the_legal_form(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], value: str) -> None:
    """LLLP and BVBA read like mashes but are legal forms (wordlists/legal_forms.txt); the rest
    of the name is judged as before."""
    check = GibberishCompany(threshold=thresholds["company"], detector=detector,
                             legal_forms=load_wordlists().legal_forms)
    assert signals(check, screening(company=value)) == []
    assert signals(check, screening(company="Sdfghjkl LLLP")) == [
        Signal("company.gibberish", "company", {"field": "company", "value": "Sdfghjkl LLLP"})]
    bare = GibberishCompany(threshold=thresholds["company"], detector=detector)
    assert signals(bare, screening(company="Euro Logistics EEIG")) != []


def test_checks_without_a_value_emit_nothing(detector: gibberish.GibberishDetector) -> None:
    """No name and no company field means no name or company signal."""
    item = screening()
    assert signals(GibberishName(threshold=0.5, detector=detector), item) == []
    assert signals(GibberishCompany(threshold=0.5, detector=detector), item) == []


def test_a_threshold_outside_zero_to_one_is_refused() -> None:
    """A policy threshold that can never or always fire is a configuration error."""
    with pytest.raises(ValueError, match="threshold"):
        GibberishEmail(threshold=1.5)


def test_checks_load_the_bundled_model_only_when_first_used() -> None:
    """Building a check loads nothing; its first screening uses the one bundled detector."""
    check = GibberishEmail(threshold=0.99)
    assert check._detector is None
    list(check(screening("asdfgh@gmail.com")))
    assert check.detector is gibberish.bundled_detector()


# --- the detector's parts --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Ødegaard", "Odegaard"), ("Przemysław", "Przemyslaw"), ("José", "Jose"),
    ("straße", "strasse"), ("Tjaša", "Tjasa"), ("jane.doe", "jane.doe"),
])
def test_fold_writes_latin_names_in_ascii(text: str, expected: str) -> None:
    """Diacritics and Latin letters like ø, ł, ß fold to the ASCII the model was trained on."""
    assert gibberish.fold(text) == expected


@pytest.mark.parametrize("text", ["李明", "Владимир", "محمد", "김민준", "Jane 李"])
def test_fold_refuses_other_scripts(text: str) -> None:
    """Any letter of a non-Latin script makes the whole string "cannot tell"."""
    assert gibberish.fold(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("AmandaJanoamutb", ["amanda", "janoamutb"]), ("jane_doe88", ["jane"]),
    ("xiaoqing.zhu", ["xiaoqing"]), ("asdf123", ["asdf"]), ("jk", []),
])
def test_words_split_on_punctuation_digits_and_camel_humps(text: str,
                                                           expected: list[str]) -> None:
    """Only words of 4+ letters are judged; a capital after a lower-case letter starts one."""
    assert gibberish.words(text) == expected


@pytest.mark.parametrize(("word", "walk"), [
    ("asdf", 4), ("qwertyuiop", 10), ("poiuy", 5), ("azerty", 6), ("wxcvbn", 6),
    ("yxcvbnm", 7), ("abcdef", 6), ("jane", 1), ("hertz", 4),
])
def test_keyboard_walks_are_measured_on_every_layout(word: str, walk: int) -> None:
    """The longest run along one keyboard row (QWERTY, AZERTY, QWERTZ) or the alphabet."""
    assert gibberish.keyboard_features(word)[0] == walk


@pytest.mark.parametrize(("word", "cover", "chunk"), [
    ("sdfsdf", 1.0, "sdf"), ("abcabcabc", 1.0, "abc"), ("tingting", 1.0, "ting"),
    ("hahaha", 1.0, "ha"), ("wiwin", 0.8, "wi"), ("anna", 0.0, ""), ("marian", 0.0, ""),
])
def test_repeated_chunks_cover_the_whole_word(word: str, cover: float, chunk: str) -> None:
    """A chunk counts as repeated only when it fills (nearly) the whole word."""
    assert gibberish.repeated_chunk(word) == (cover, chunk)


def test_known_names_are_never_junk(detector: gibberish.GibberishDetector) -> None:
    """A name in the model's name list scores 0 for its spelling alone."""
    assert "tingting" in detector.names
    assert detector.mash_score("tingting") == 0.0


def test_scores_are_deterministic(detector: gibberish.GibberishDetector) -> None:
    """The same string gets the same score from a freshly loaded model."""
    fresh = gibberish.load_detector()
    for text in ["hnocvhouzh", "Davidfug", "xiaoqing.zhu"]:
        assert fresh.score(text, bot_names=True) == detector.score(text, bot_names=True)


def test_model_metadata_names_its_sources(detector: gibberish.GibberishDetector) -> None:
    """The bundled model says what it was trained on, under which licenses, and when."""
    meta = detector.metadata
    packages = " ".join(source["package"] for source in meta["sources"])
    assert "faker==" in packages and "wordfreq==" in packages
    assert all(source["license"] for source in meta["sources"])
    assert meta["date"] and meta["rebuild"]
    assert set(meta["thresholds"]) == {"email", "name", "company"}


def test_a_missing_model_file_is_a_clear_error(tmp_path: Path) -> None:
    """A model path that does not exist says how to rebuild the model."""
    with pytest.raises(gibberish.GibberishModelError, match="build_gibberish_model"):
        gibberish.load_detector(tmp_path / "model.json")


def test_a_model_of_another_format_is_refused(tmp_path: Path) -> None:
    """A model file of another format version is refused with the rebuild command."""
    meta = json.loads(gibberish.default_model_path().read_text("utf-8"))
    meta["format"] = gibberish.FORMAT + 1
    (tmp_path / "model.json").write_text(json.dumps(meta), "utf-8")
    with pytest.raises(gibberish.GibberishModelError, match="format"):
        gibberish.load_detector(tmp_path / "model.json")


# --- evaluation ------------------------------------------------------------------------------

def test_evaluation_reports_recall_and_false_positive_rate(tmp_path: Path) -> None:
    """Each set's rate is recall (junk) or FPR (real); undecided strings count as not flagged."""
    (tmp_path / "junk_x.txt").write_text("# kind: email\n# expect: junk\nasdfgh\nzzz\njk\n",
                                         "utf-8")
    (tmp_path / "real_y.txt").write_text("# kind: name\n# expect: real\nJane\nxkqzvw\n", "utf-8")
    sets = [read_set(tmp_path / "junk_x.txt"), read_set(tmp_path / "real_y.txt")]

    def judge(text: str, kind: str) -> bool | None:
        return None if len(text) < 4 else text in {"asdfgh", "xkqzvw"}

    results = evaluate(sets, judge)
    assert [round(r.rate, 3) for r in results] == [0.333, 0.5]
    assert results[0].undecided == 2
    totals = summary(results)
    assert totals["precision"] == 0.5 and totals["fpr"] == 0.5
    assert "| junk_x | email | 3 | recall | 33.33% |" in report({"judge": results})


def test_evaluation_refuses_a_set_without_its_header(tmp_path: Path) -> None:
    """A data file must say which field kind it holds and what is expected of it."""
    (tmp_path / "bad.txt").write_text("asdfgh\n", "utf-8")
    with pytest.raises(ValueError, match="kind"):
        read_set(tmp_path / "bad.txt")


def test_every_bundled_evaluation_set_has_a_documented_source() -> None:
    """Each held-out file in data/gibberish/ names its source in its header."""
    directory = Path(__file__).resolve().parents[1] / "data" / "gibberish"
    for path in sorted(directory.glob("*.txt")):
        assert read_set(path).source, path.name


def test_development_sets_are_apart_from_the_held_out_sets() -> None:
    """data/gibberish/dev/ documents its sources and shares no entry with a held-out file,
    so that choices checked on it leave the held-out figures honest."""
    directory = Path(__file__).resolve().parents[1] / "data" / "gibberish"
    held_out = {entry for path in directory.glob("*.txt") for entry in read_set(path).entries}
    dev = sorted((directory / "dev").glob("dev_*.txt"))
    assert dev
    for path in dev:
        eval_set = read_set(path)
        assert eval_set.source and eval_set.entries, path.name
        assert not held_out & set(eval_set.entries), path.name


# --- name.bot_pattern ------------------------------------------------------------------------

@pytest.mark.parametrize(("fields", "field", "why"), [
    ({"first_name": "Jamesfeace", "last_name": "JamesfeaceMK"}, "last_name",
     "is the first name with two letters added, the first a capital"),
    ({"first_name": "Thomas", "last_name": "ThomasQZ"}, "last_name",
     "is the first name with two letters added, the first a capital"),
    ({"full_name": "Davidfug DavidfugJD"}, "full_name",
     "is the first name with two letters added, the first a capital"),
    ({"first_name": "Steffaniewnulo", "last_name": "SteffaniewnuloRy"}, "last_name",
     "is the first name with two letters added, the first a capital"),
    ({"first_name": "Madelinexor", "last_name": "madelinexor"}, "last_name",
     "is the same made-up word in both name fields"),
    ({"full_name": "Anthonygrory Anthonygrory"}, "full_name",
     "is the same made-up word in both name fields"),
    # typed twice, a first name glued to any tail is made up, even a tail that is a name
    ({"first_name": "Leonfont", "last_name": "Leonfont"}, "last_name",
     "is the same made-up word in both name fields"),
    ({"first_name": "Haroldcress", "last_name": "Haroldcress"}, "last_name",
     "is the same made-up word in both name fields"),
    # typed twice, a name of any region with a tail that is no name (data/blind34)
    ({"first_name": "Thanhskeess", "last_name": "Thanhskeess"}, "last_name",
     "is the same made-up word in both name fields"),
    ({"full_name": "Grgareps Grgareps"}, "full_name",
     "is the same made-up word in both name fields"),
    # no name glues Latin letters to another script
    ({"full_name": "婉清jiese 婉清jiese"}, "full_name",
     "is the same made-up word in both name fields"),
    ({"first_name": "سلمىwoog", "last_name": "سلمىwoog"}, "last_name",
     "is the same made-up word in both name fields"),
    # two different words, each a common first name with a tail that is no name
    ({"first_name": "Karrenrkgrory", "last_name": "Rosanackmu"}, "last_name",
     "and the first name each glue a made-up tail to a first name"),
    ({"full_name": "Winfredock Ellanjiul"}, "full_name",
     "and the first name each glue a made-up tail to a first name"),
])
def test_bot_name_pattern_hits_how_bots_fill_name_fields(
        bot_pattern: BotNamePattern, fields: dict[str, str], field: str, why: str) -> None:
    """A last name that repeats the first name with two capitals, or one made-up word in
    both fields, is how form-filling bots write names."""
    value = fields.get("last_name") or fields["full_name"]
    assert signals(bot_pattern, screening(**fields)) == [
        Signal("name.bot_pattern", field, {"value": value, "why": why})]



def test_a_name_of_any_region_with_a_tail_needs_the_mash_score(
        detector: gibberish.GibberishDetector) -> None:
    """[gibberish] bot_pattern_min_any_region_score decides whether a word typed twice that
    starts with a name of any region (Thanh) counts; over 1.0 it never does."""
    fields = {"first_name": "Thanhskeess", "last_name": "Thanhskeess"}
    check = bot_pattern_with(detector, bot_pattern_min_any_region_score=1.01)
    assert signals(check, screening(**fields)) == []
    assert signals(bot_pattern_with(detector), screening(**fields)) != []

@pytest.mark.parametrize("fields", [
    {"first_name": "Thomas", "last_name": "Thomas"},  # a real name borne twice
    {"first_name": "Sándor", "last_name": "Sándor"},
    {"first_name": "Kim", "last_name": "KimJH"},  # too short to tell
    {"first_name": "Oluwaseun", "last_name": "Oluwaseun"},  # a known name
    {"first_name": "Nguyen", "last_name": "Nguyen"},
    {"first_name": "Mary-Ann", "last_name": "Mary-AnnXY"},  # not one word of letters
    {"first_name": "John", "last_name": "Johnson"},
    {"first_name": "MARK", "last_name": "MARKUS"},
    {"first_name": "Jane", "last_name": "Smith", "full_name": "Jane Smith"},
    {"full_name": "Li Li"},
    {"full_name": "Jean-Pierre Jean-Pierre"},
    {"full_name": "Sophie Marie Dupont"},
    {"first_name": "李", "last_name": "李"},
    {"first_name": "Prabowo", "last_name": "Prabowo"},  # one name, written in both fields
    # an unusual name typed twice that the mailbox holds whole is the person's own
    {"first_name": "Thanhskeess", "last_name": "Thanhskeess", "email": "thanhskeess@vnn.vn"},
    {"first_name": "Sukarnoputri", "last_name": "Sukarnoputri"},  # the tail is a name too
    # compound names of South and South-East Asia typed twice read as names, not mashes
    {"first_name": "Wahyuningsih", "last_name": "Wahyuningsih", "email": "wahyu.ningsih@gmail.com"},
    {"full_name": "Premachandra Premachandra"},
    {"first_name": "Thanhhuong", "last_name": "Thanhhuong", "email": "huong.t@gmail.com"},
    {"first_name": "Nguyễn", "last_name": "Nguyễn"},  # Latin letters throughout
    {"full_name": "Rəşid Rəşid"},
    {"first_name": "Haroldcress", "last_name": "Cress"},  # typed once: name.gibberish's case
    {"first_name": "婉清", "last_name": "jiese"},
    # glued like a bot's, but the bot head reads neither tail as made up
    {"first_name": "Allaberdi", "last_name": "Abdullayev"},
    {"first_name": "Annmarie", "last_name": "Davidson"},  # the tails are names
    {"first_name": "Karrenrkgrory", "last_name": "Smith"},  # one field: name.gibberish's
    # an Arabic name element or a patronymic joins a name to more name, not to a bot's tail
    {"first_name": "Abdulelah", "last_name": "Albalushi"},
    {"first_name": "Abdulmohsen", "last_name": "Elmasry"},
    {"full_name": "Abdulmohsen Alanazi"},
    {},
])
def test_bot_name_pattern_spares_real_people(bot_pattern: BotNamePattern,
                                             fields: dict[str, str]) -> None:
    """Known names typed twice, names that merely start alike, and other scripts are no
    signal."""
    assert signals(bot_pattern, screening(**fields)) == []


# After the fifty-sixth and fifty-eighth blind sets: a word typed twice whose mailbox a bot
# made from it, spelt letter by letter between dots (Gmail ignores them), or, for a name of any
# region with a tail, glued to a number that is no birth year.
@pytest.mark.parametrize(("email", "fields"), [
    ("f.a.r.a.n.g.i.z.p.l.u.c.k@gmail.com", {"first_name": "Farangizpluck",
                                             "last_name": "Farangizpluck"}),
    ("z.o.d.w.a.k.r.i.m@yandex.ru", {"full_name": "Zodwakrim Zodwakrim"}),
    ("nodirabrisk4721@gmail.com", {"first_name": "Nodirabrisk", "last_name": "Nodirabrisk"}),
    ("farangizpluck386@outlook.com", {"full_name": "Farangizpluck Farangizpluck"}),
])
def test_bot_name_pattern_hits_a_word_twice_beside_a_bots_mailbox(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    found = signals(bot_pattern, screening(email=email, **fields))
    assert [signal.detail["why"] for signal in found] == [
        "is the same made-up word in both name fields"]


@pytest.mark.parametrize(("email", "fields"), [
    # the person's own mailbox: the word whole, with a birth year, or a compound name that
    # reads as a name beside any number
    ("nodirabrisk@gmail.com", {"first_name": "Nodirabrisk", "last_name": "Nodirabrisk"}),
    ("nodirabrisk1988@gmail.com", {"first_name": "Nodirabrisk", "last_name": "Nodirabrisk"}),
    ("wahyuningsih123@yahoo.co.id", {"first_name": "Wahyuningsih",
                                     "last_name": "Wahyuningsih"}),
    ("nodirabrisk47215@gmail.com", {"first_name": "Nodirabrisk", "last_name": "Nodirabrisk"}),
    # dots between a few initials, or a known name dotted
    ("t.h.o.m.a.s@gmail.com", {"first_name": "Thomas", "last_name": "Thomas"}),
    ("j.r.r.tolkien@gmail.com", {"first_name": "Tolkien", "last_name": "Tolkien"}),
    ("f.a.r.a.n.g.i.z@gmail.com", {"full_name": "Farangizpluck Farangizpluck"}),
])
def test_bot_name_pattern_spares_a_persons_own_mailbox(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    assert signals(bot_pattern, screening(email=email, **fields)) == []


def test_the_bots_mailboxes_follow_the_policy(detector: gibberish.GibberishDetector) -> None:
    """[gibberish] bot_pattern_min_dotted 0 and bot_pattern_min_numbered_score over 1.0 turn
    the two mailbox rules off."""
    check = bot_pattern_with(detector, bot_pattern_min_dotted=0,
                             bot_pattern_min_numbered_score=1.01)
    for email in ("f.a.r.a.n.g.i.z.p.l.u.c.k@gmail.com", "farangizpluck386@outlook.com"):
        fields = {"first_name": "Farangizpluck", "last_name": "Farangizpluck"}
        assert signals(check, screening(email=email, **fields)) == []


@pytest.mark.parametrize(("email", "fields"), [
    ("josua.reichel@hotmail.com", {"first_name": "Josuanig", "last_name": "Josuanig"}),
    ("aled.meredith@gmail.com", {"full_name": "Aleddurt Aleddurt"}),
    ("max.cole@gmail.com", {"first_name": "Maxgrum", "last_name": "Maxgrum"}),
    ("villy.johansen@outlook.com", {"first_name": "Villybloops", "last_name": "Villybloops"}),
    ("qobil.asilbekov@gmail.com", {"first_name": "Qobilsete", "last_name": "Qobilsete"}),
])
def test_bot_name_pattern_hits_the_mailboxs_name_with_a_tail_in_both_fields(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    """A bot that keeps a real person's mailbox glues a tail to the name it holds and types
    the word into both fields, whatever the name's language; with a mailbox that holds no
    such name (or the whole word) the same fields are no signal."""
    field = "last_name" if "last_name" in fields else "full_name"
    assert signals(bot_pattern, screening(email, **fields)) == [
        Signal("name.bot_pattern", field, {"value": fields[field],
                                           "why": "is the same made-up word in both name fields"})]
    assert signals(bot_pattern, screening("office@acme.com", **fields)) == []
    word = fields.get("first_name") or fields["full_name"].split()[0]
    assert signals(bot_pattern, screening(f"{word.lower()}1980@gmail.com", **fields)) == []


@pytest.mark.parametrize(("email", "fields"), [
    # someone typing their own unusual name twice has it whole in the mailbox, or not at all
    ("xudoyberdiyev@gmail.com", {"first_name": "Xudoyberdiyev", "last_name": "Xudoyberdiyev"}),
    ("k.nwaogwugwu@gmail.com", {"full_name": "Nwaogwugwu Nwaogwugwu"}),
    ("jane.doe@acme.com", {"first_name": "Xudoyberdiyev", "last_name": "Xudoyberdiyev"}),
    ("max.c@gmail.com", {"first_name": "Maximilian", "last_name": "Maximilian"}),  # known
    # a short form of one's own name with no other name beside it: a mononym typed twice
    ("karthik.s@infotech.in", {"first_name": "Karthikeyan", "last_name": "Karthikeyan"}),
    ("karthik88@gmail.com", {"full_name": "Karthikeyan Karthikeyan"}),
    ("nwaog@gmail.com", {"first_name": "Nwaogwugwu", "last_name": "Nwaogwugwu"}),
])
def test_bot_name_pattern_spares_a_repeated_name_the_mailbox_holds_whole(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    """A word typed twice that the mailbox holds whole, or that starts with no name of the
    mailbox, or that is a known name, is no signal."""
    assert signals(bot_pattern, screening(email, **fields)) == []


@pytest.mark.parametrize(("email", "fields", "field"), [
    ("nneka.ugwu@outlook.com", {"first_name": "Nneka", "last_name": "Ugwu"}, "last_name"),
    ("krezaei@gmail.com", {"first_name": "Kian", "last_name": "Rezaei"}, "last_name"),
    ("nwaogwugwu1987@gmail.com", {"full_name": "Ngozi Nwaogwugwu"}, "full_name"),
    ("chiamaka.u@ugwu.com.ng", {"full_name": "Chiamaka Ugwu"}, "full_name"),  # the domain
    ("g.toxtayev@umail.uz", {"first_name": "G'ayrat", "last_name": "To'xtayev"}, "last_name"),
])
def test_name_gibberish_judges_a_name_the_address_spells_at_the_spelt_threshold(
        detector: gibberish.GibberishDetector, email: str, fields: dict[str, str],
        field: str) -> None:
    """A person's unusual name that their mailbox or domain spells too (Ugwu, Rezaei) is the
    name they use, judged at spelt_threshold; with another address it is judged as it
    reads."""
    section = load_policy().section("gibberish")
    check = GibberishName(threshold=section["name_threshold"],
                          spelt=Spelt.from_policy(load_policy()), detector=detector)
    assert signals(check, screening(email, **fields)) == []
    assert [s.field for s in signals(check, screening("jane.doe@acme.com", **fields))] == [
        field]


def test_name_gibberish_judges_a_name_the_company_bears_at_the_spelt_threshold(
        detector: gibberish.GibberishDetector) -> None:
    """Yasaman Rezaei of Rezaei Accounting Corp. (data/blind49): a company named after the
    family spells the name as a domain does. Another company, or a walk typed into the name
    and the company alike, is judged as before."""
    section = load_policy().section("gibberish")
    check = GibberishName(threshold=section["name_threshold"],
                          spelt=Spelt.from_policy(load_policy()), detector=detector)
    fields = {"first_name": "Yasaman", "last_name": "Rezaei"}
    assert signals(check, screening("yas71@gmail.com", company="Rezaei Accounting Corp.",
                                    **fields)) == []
    assert [s.field for s in signals(check, screening("yas71@gmail.com", company="Acme Ltd",
                                                      **fields))] == ["last_name"]
    assert [s.code for s in signals(check, screening(
        "jo@gmail.com", first_name="Jo", last_name="Qwertzuiop", company="Qwertzuiop"))] == [
        "name.gibberish"]


@pytest.mark.parametrize(("email", "fields"), [
    ("zxcvb123@gmail.com", {"first_name": "Zxcvb", "last_name": "Smith"}),
    ("asdfgh@asdfgh.com", {"full_name": "Asdfgh Qwerty"}),
])
def test_name_gibberish_still_flags_a_walk_typed_into_the_mailbox_too(
        detector: gibberish.GibberishDetector, email: str, fields: dict[str, str]) -> None:
    """Keyboard-mash spam that types one walk into the mailbox and the name scores over the
    spelt threshold."""
    section = load_policy().section("gibberish")
    check = GibberishName(threshold=section["name_threshold"],
                          spelt=Spelt.from_policy(load_policy()), detector=detector)
    assert [s.code for s in signals(check, screening(email, **fields))] == ["name.gibberish"]


def test_company_gibberish_judges_a_company_its_domain_spells_at_the_spelt_threshold(
        detector: gibberish.GibberishDetector) -> None:
    """Qafqaz of rafiqv@qafqaz.az owns the domain of its name; the same company beside a free
    mailbox, and a keyboard walk under its own domain, are still judged."""
    section = load_policy().section("gibberish")
    check = GibberishCompany(threshold=section["company_threshold"],
                             spelt=Spelt.from_policy(load_policy()), detector=detector)
    for email, company in (("rafiqv@qafqaz.az", "Qafqaz"),
                           ("e.eliyev@qafqaz-logistika.az", "Qafqaz Logistika MMC"),
                           ("lale@qafqazlogistika.com", "Qafqaz Logistika")):
        assert signals(check, screening(email, company=company)) == []
    assert [s.code for s in signals(check, screening("rafiq@gmail.com", company="Qafqaz"))] \
        == ["company.gibberish"]
    assert [s.code for s in signals(check, screening("a@zxcvbnm.com", company="Zxcvbnm"))] \
        == ["company.gibberish"]


def test_email_gibberish_judges_a_mailbox_its_domain_spells_at_the_spelt_threshold(
        detector: gibberish.GibberishDetector) -> None:
    """srezaei@rezaei.com is an initial and the family's domain (data/blind46): the Persian
    name alone reads as a mash, but the domain spells it. The same mailbox elsewhere, a word
    with more than two letters around the domain's, and a walk typed into both are judged."""
    section = load_policy().section("gibberish")
    check = GibberishEmail(threshold=section["email_threshold"],
                           spelt=Spelt.from_policy(load_policy()), detector=detector)
    for email in ("srezaei@rezaei.com", "navid.rezaei@rezaei.com", "rezaeis@rezaei-law.com"):
        assert signals(check, screening(email)) == []
    for email in ("srezaei@gmail.com", "srezaeixyz@rezaei.com", "asdfghjk@asdfghjk.com"):
        assert [s.code for s in signals(check, screening(email))] == ["email.gibberish"]


def test_email_gibberish_spares_a_known_name_glued_to_the_domains_short_family_name(
        detector: gibberish.GibberishDetector) -> None:
    """oanhha@ha.org is the given name Oanh and the family name Hà, which is the domain, too
    short for the spelt rule's four letters (data/blind79). The same mailbox at a free provider,
    and a mash glued to the domain's name, are still judged."""
    section = load_policy().section("gibberish")
    check = GibberishEmail(threshold=section["email_threshold"],
                           spelt=Spelt.from_policy(load_policy()), detector=detector)
    assert signals(check, screening("oanhha@ha.org")) == []
    for email in ("oanhha@gmail.com", "xqzvha@ha.org"):
        assert [s.code for s in signals(check, screening(email))] == ["email.gibberish"]



def test_email_gibberish_judges_the_first_word_of_a_glued_domain_at_the_spelt_threshold(
        detector: gibberish.GibberishDetector) -> None:
    """aqmrzkyzy@qmrzkyzytrade.kz: an initial and the first word of a domain that glues the
    company's two words (data/blind59, a Kazakh family name spelt without its Kazakh letters).
    The same mailbox at a free provider, a word that is the whole domain label with no second
    word after it, and a mash typed into both are still judged."""
    section = load_policy().section("gibberish")
    check = GibberishEmail(threshold=section["email_threshold"],
                           spelt=Spelt.from_policy(load_policy()), detector=detector)
    for email in ("aqmrzkyzy@qmrzkyzytrade.kz", "gbrkzhnv@brkzhnvstroi.kz"):
        assert signals(check, screening(email)) == []
    for email in ("gbrkzhnv@gmail.com", "gbrkzhnv@brkzhnvst.kz", "xqzvbnt@qzvbntlogistics.com"):
        assert [s.code for s in signals(check, screening(email))] == ["email.gibberish"]

def test_company_gibberish_leaves_an_uzbek_family_name_with_an_apostrophe_to_the_name_check(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """To'xtayev MChJ for G'ayrat To'xtayev is the family again, though the apostrophe splits
    the word (xtayev)."""
    check = GibberishCompany(threshold=thresholds["company"], detector=detector)
    fields = {"first_name": "G'ayrat", "company": "To'xtayev MChJ"}
    assert signals(check, screening(last_name="To'xtayev", **fields)) == []
    assert [s.code for s in signals(check, screening(last_name="Karimov", **fields))] == [
        "company.gibberish"]


@pytest.mark.parametrize(("email", "fields"), [
    # anyascii writes rrafayel; people write raoayel (data/blind32). (Ukrainian passports'
    # balytskyi, read as a mash before model 2026-12-02, is now a name alone: REAL_MAILBOXES.)
    ("raoayel_abrahamyan@abrahamyan.com", {"full_name": "Ռաֆայել Աբրահամյան"}),
    ("raoayel@hovhannisyan.am", {"first_name": "Ռաֆայել", "last_name": "Հովհաննիսյան"}),
    # Ukraine's system writes a word's first Ї as yi, and people mix it with г as g  # noqa: RUF003
    # (data/blind52)
    ("yivga.g@meta.ua", {"full_name": "Ївга Гнатишин"}),
])
def test_email_gibberish_leaves_a_mailbox_romanised_otherwise_than_anyascii_does(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], email: str,
        fields: dict[str, str]) -> None:
    """A name written in another script is romanised in more ways than one: a mailbox within
    one edit in four letters of its transliteration is the name; letters no edit accounts for
    are judged."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(check, screening(email, **fields)) == []
    assert [s.code for s in signals(check, screening("hnocvhouzh@gmail.com", **fields))] == [
        "email.gibberish"]
    local = email.split("@")[0]
    assert [s.code for s in signals(check, screening(email, first_name="Mary"))] == [
        "email.gibberish"], local


def test_email_gibberish_leaves_a_short_form_of_the_name(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """okwu84@ for Okwudili Anyanwu (data/blind55): the first four or more letters of a longer
    name word are its short form. Not beside another name, nor a walk or a repeated chunk typed
    into name and mailbox alike (asdf@ for Asdfghjk, olol@ for Ololade); the limits are the
    policy's ([gibberish] spelt_min_word, spelt_short_form_max_walk)."""
    check = GibberishEmail(threshold=thresholds["email"], spelt=Spelt.from_policy(load_policy()),
                           detector=detector)
    fields = {"first_name": "Okwudili", "last_name": "Anyanwu"}
    assert signals(check, screening("okwu84@hotmail.com", **fields)) == []
    assert [s.code for s in signals(check, screening("okwu84@hotmail.com", first_name="Mary"))] \
        == ["email.gibberish"]
    assert [s.code for s in signals(check, screening("asdf@icloud.com", first_name="Asdfghjk"))] \
        == ["email.gibberish"]


@pytest.mark.parametrize("fields", [
    {"first_name": "سامح", "last_name": "المهدي"},
    {"full_name": "נועה כהן"},
    {"first_name": "Sameh", "last_name": "المهدي"},
])
def test_email_gibberish_leaves_abjad_names_mailboxes_alone(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float],
        fields: dict[str, str]) -> None:
    """Arabic, Persian and Hebrew leave short vowels out: the mailbox of someone whose name is
    written so is often a consonant skeleton (smhlmhdy), which the check judges only on
    keyboard evidence: a row walk or a chunk typed back to back ([gibberish] abjad_*)."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector,
                           keyboard=KeyboardEvidence.from_policy(load_policy()))
    assert signals(check, screening("smhlmhdy@gmail.com")) == [
        Signal("email.gibberish", "email", {"local": "smhlmhdy"})]
    assert signals(check, screening("smhlmhdy@gmail.com", **fields)) == []
    for mash in ("ghjghjghjgh", "hgfdsq", "asdfgh77"):
        assert signals(check, screening(f"{mash}@gmail.com", **fields)) == [
            Signal("email.gibberish", "email", {"local": mash})], mash


@pytest.mark.parametrize("fields", [
    {"first_name": "ياسمين", "last_name": "الدوسري"},
    {"full_name": "נועה כהן"},
])
def test_email_gibberish_judges_a_mailbox_that_is_no_skeleton_of_the_abjad_name(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float],
        fields: dict[str, str]) -> None:
    """A mailbox whose consonants are mostly not the name's letters spells no skeleton of it
    and is judged like any mailbox ([gibberish] abjad_skeleton_*): a random string beside an
    Arabic or Hebrew name is flagged, the name's own skeleton still is not, and with the
    policy's skeleton test off the random string passes as before."""
    policy = load_policy()
    check = GibberishEmail(threshold=thresholds["email"], detector=detector,
                           keyboard=KeyboardEvidence.from_policy(policy),
                           skeleton=AbjadSkeleton.from_policy(policy))
    mash = "pqzrbgktvcq"
    assert signals(check, screening(f"{mash}@gmail.com", **fields)) == [
        Signal("email.gibberish", "email", {"local": mash})]
    off = GibberishEmail(threshold=thresholds["email"], detector=detector,
                         keyboard=KeyboardEvidence.from_policy(policy))
    assert signals(off, screening(f"{mash}@gmail.com", **fields)) == []
    assert signals(check, screening("ysmnldwsry@gmail.com", first_name="ياسمين",
                                    last_name="الدوسري")) == []
    assert signals(check, screening("smhlmhdy@gmail.com", first_name="سامح",
                                    last_name="المهدي")) == []


def test_abjad_skeleton_counts_the_consonants_the_name_shares() -> None:
    """Too few consonants to tell, or more than the share the name's letters: a skeleton;
    fewer: not one."""
    skeleton = AbjadSkeleton(min_consonants=5, max_shared=0.3)
    named = screening(first_name="ياسمين", last_name="الدوسري")  # ysmyn ldwsry
    assert skeleton("fsmkl", named)  # s, m, l: 3 of 5 shared, over 0.3
    assert not skeleton("fjskh", named)  # s: 1 of 5
    assert skeleton("fjk", named)  # 3 consonants: too few to tell
    assert skeleton("yasmin.aldosari", named)
    assert AbjadSkeleton.from_policy(load_policy()) == AbjadSkeleton(5, 0.3)


def test_email_gibberish_leaves_a_mailbox_that_is_the_persons_name_to_the_name_check(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """obiora.ibekwe@ for Obiora Ibekwe is one unusual name, not two pieces of evidence: when
    the mailbox's worst word is a word of a name field, only name.gibberish may judge it."""
    email = GibberishEmail(threshold=thresholds["email"], detector=detector)
    name = GibberishName(threshold=thresholds["name"], detector=detector)
    own = screening("j.hnocvhouzh@acme.com", first_name="Jo", last_name="Hnocvhouzh")
    assert signals(email, own) == []
    assert [s.code for s in signals(name, own)] == ["name.gibberish"]
    other = screening("j.hnocvhouzh@acme.com", first_name="Jo", last_name="Smith")
    assert signals(email, other) == [
        Signal("email.gibberish", "email", {"local": "j.hnocvhouzh"})]


def test_company_gibberish_leaves_a_company_named_after_the_family_to_the_name_check(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float]) -> None:
    """Hnocvhouzh Holdings for Jo Hnocvhouzh is the family name again, one piece of evidence."""
    check = GibberishCompany(threshold=thresholds["company"], detector=detector)
    own = screening(first_name="Jo", last_name="Hnocvhouzh", company="Hnocvhouzh Holdings")
    assert signals(check, own) == []
    other = screening(first_name="Jo", last_name="Smith", company="Hnocvhouzh Holdings")
    assert signals(check, other) == [
        Signal("company.gibberish", "company", {"field": "company",
                                                "value": "Hnocvhouzh Holdings"})]


@pytest.mark.parametrize(("email", "fields"), [
    ("beghelthuesen@makingadifference.dk", {"first_name": "Beghel", "last_name": "Thuesen"}),
    ("ulepmets@felix.ee", {"first_name": "Uudo", "last_name": "Lepmets"}),  # initial + family
    ("cugwu@hotmail.com", {"first_name": "Chinedu", "last_name": "Ugwu"}),
    ("kouassiyaoj@kouassiyao.ci", {"full_name": "Jean-Baptiste Aimé Kouassi-Yao"}),
    # written in another script: the mailbox is its transliteration
    ("aqqyz.tasheneva@astana.kz", {"first_name": "Аққыз", "last_name": "Ташенева"}),
    ("maylyqyzy@laposte.net", {"first_name": "Зағипа", "last_name": "Майлы қызы"}),
    ("yjwa@cheontech.com", {"full_name": "좌윤채"}),
    # Hangul in the spellings Korean families use, not anyascii's nojeongu (data/blind24)
    ("nohjungwoo@hanmail.net", {"full_name": "노정우"}),
    ("kimjiwoo@naver.com", {"first_name": "지우", "last_name": "김"}),
    ("kaaihue@miller-media.com", {"full_name": "Kealoha Ka\u02bbaihue"}),  # the okina
    ("aiii@sasakibussan.co.jp", {"first_name": "Ai", "last_name": "Ii"}),  # two short names
    # letters beyond Latin-1 left out of the address (data/blind74)
    ("kfiagbnyga@yahoo.com", {"first_name": "Kɔfi", "last_name": "Agbɛnyɛga"}),
])
def test_email_gibberish_leaves_a_mailbox_spelt_from_the_persons_name(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], email: str,
        fields: dict[str, str]) -> None:
    """A mailbox made of the person's name words and initials, in any order and transliterated
    from any script, is their name, however unusual it reads; with another name the same
    mailbox is judged."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    local = email.split("@")[0]
    assert check.detector.score(local) >= thresholds["email"]
    assert signals(check, screening(email, **fields)) == []
    assert signals(check, screening(email, first_name="Mary", last_name="Brown")) == [
        Signal("email.gibberish", "email", {"local": local})]


@pytest.mark.parametrize(("email", "fields"), [
    ("hnocvhouzhx@acme.com", {"first_name": "Jo", "last_name": "Hnocvhouzh"}),  # x: no initial
    ("qzjhnocvhouzh@acme.com", {"first_name": "Jo", "last_name": "Hnocvhouzh"}),
    ("xkqzvwp@gmail.com", {"first_name": "Xavier", "last_name": "Kowalski"}),  # initials only
    ("hgfdsqwert@naver.com", {"full_name": "김지우"}),  # a walk beside a Korean name
])
def test_email_gibberish_still_judges_a_mailbox_the_name_does_not_spell(
        detector: gibberish.GibberishDetector, thresholds: dict[str, float], email: str,
        fields: dict[str, str]) -> None:
    """Letters the name does not account for, or a mailbox of initials with no whole name
    word, are judged as they read."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector)
    local = email.split("@")[0]
    assert signals(check, screening(email, **fields)) == [
        Signal("email.gibberish", "email", {"local": local})]


def _gibberish_codes(detector: gibberish.GibberishDetector, item: Screening) -> list[str]:
    checks = gibberish_checks(load_policy(), load_wordlists().legal_forms, detector=detector)
    return [signal.code for check in checks for signal in check(item)]


def test_the_mailbox_and_the_name_corroborate_each_other(
        detector: gibberish.GibberishDetector) -> None:
    """Two fields of random strings: beside a junk name, a mailbox that reads as junk less
    surely (uvahudkt: 0.92, under the 0.968 of email_threshold) is judged junk too; alone it
    is not."""
    corroborated = load_policy().section("gibberish")["corroborated_threshold"]
    assert corroborated <= detector.score("uvahudkt") < load_policy().section(
        "gibberish")["email_threshold"]
    assert _gibberish_codes(detector, screening("uvahudkt@sina.com")) == []
    assert _gibberish_codes(detector, screening(
        "uvahudkt@sina.com", full_name="ujhhijj hsxmrkpxoqiat")) == [
        "email.gibberish", "name.gibberish"]
    assert _gibberish_codes(detector, screening(
        "uvahudkt@sina.com", full_name="Maria Lopez")) == []


def test_the_company_neither_corroborates_nor_is_corroborated(
        detector: gibberish.GibberishDetector) -> None:
    """A company's words share the name's language, which the detector may misread twice: a
    junk company does not lower the bar for the mailbox, nor a junk name for the company."""
    assert _gibberish_codes(detector, screening(
        "uvahudkt@sina.com", company="Sdfghjkl Ltd")) == ["company.gibberish"]
    score = detector.score("Hüquqşünas")  # Azerbaijani: lawyer
    section = load_policy().section("gibberish")
    assert score is not None
    assert section["corroborated_threshold"] <= score < section["company_threshold"]
    assert "company.gibberish" not in _gibberish_codes(detector, screening(
        "x.y@example.com", full_name="ujhhijj hsxmrkpxoqiat", company="Bakı Hüquqşünas"))  # noqa: RUF001


@pytest.mark.parametrize("email", ["xcv@outlook.com", "cvb@sdfghjk.ru", "ghj77@gmail.com",
                                   "wxc@ytyt.de", "hgf@uyt.com", "asd@yahoo.com"])
def test_a_three_key_row_walk_is_a_mashed_mailbox(detector: gibberish.GibberishDetector,
                                                  thresholds: dict[str, float],
                                                  email: str) -> None:
    """Three letters are too few for the detector, but three keys walked along one row
    (AZERTY's wxc included) are typed, not initials ([gibberish] short_walk_*)."""
    check = GibberishEmail(threshold=thresholds["email"], detector=detector,
                           short_walk=ShortWalk.from_policy(load_policy()))
    local = email.split("@")[0]
    assert signals(check, screening(email, first_name="Scott", last_name="Ritsma")) == [
        Signal("email.gibberish", "email", {"local": local})]
    # without the policy's short walks the detector leaves three letters alone
    plain = GibberishEmail(threshold=thresholds["email"], detector=detector)
    assert signals(plain, screening(email, first_name="Scott", last_name="Ritsma")) == []


@pytest.mark.parametrize(("email", "fields"), [
    ("jk@acme.com", {"first_name": "Jan", "last_name": "Kowalski"}),  # two letters
    ("mrb@acme.com", {"first_name": "Mark", "last_name": "Bell"}),  # initials, not a row walk
    ("yui@docomo.ne.jp", {"full_name": "Matsumoto Yui"}),  # a name
    ("yui1991@acme.co.jp", {"first_name": "亮介", "last_name": "山本"}),  # a known name
    ("mno1996@outlook.ie", {"first_name": "Maeve", "last_name": "O'Donoghue"}),  # alphabet run
    ("jih@wootrading.co.kr", {"first_name": "Ji", "last_name": "Ha"}),
    ("xcv@acme.com", {"full_name": "Xavier C. Vance"}),  # the person's own initials
    # initials around a middle one the form did not ask for, in either order (data/blind34)
    ("gfd92@alice.it", {"first_name": "Gianluca", "last_name": "Dell'Orto"}),
    ("dsa@acme.com", {"first_name": "Dora", "last_name": "Asare"}),
    ("lzm@acme.cn", {"full_name": "Meiling Liu"}),
    ("tyu@acme.com", {"first_name": "Tom", "last_name": "Yu"}),  # two vowels: y and u
])
def test_short_mailboxes_that_are_not_walks_pass(detector: gibberish.GibberishDetector,
                                                 thresholds: dict[str, float], email: str,
                                                 fields: dict[str, str]) -> None:
    check = GibberishEmail(threshold=thresholds["email"], detector=detector,
                           short_walk=ShortWalk.from_policy(load_policy()))
    assert signals(check, screening(email, **fields)) == []


@pytest.mark.parametrize(("syllable", "spellings"), [
    ("노", {"no", "noh", "roh"}), ("정", {"jeong", "jung", "chung"}), ("우", {"u", "woo"}),
    ("이", {"i", "lee", "yi", "rhee"}), ("박", {"bak", "park"}), ("닭", {"dak", "dal"}),
])
def test_hangul_syllables_have_their_customary_spellings(syllable: str,
                                                         spellings: set[str]) -> None:
    """Each syllable is spelt from its jamo as both romanizations and families write it; the
    common surnames add the spellings no rule gives; other characters have none."""
    tables = hangul.load_hangul()
    assert spellings <= tables.syllable(syllable)
    assert tables.syllable("a") == frozenset() == tables.syllable("ㄱ")


@pytest.mark.parametrize("word", [
    # Welsh: editor, subscription (nasal mutation), to volunteer, director, manager, news
    "Golygydd", "nhanysgrifiad", "wirfoddoli", "Cyfarwyddwr", "rheolwr", "newyddion",
    # Irish and Scottish Gaelic: director, manager
    "Stiúrthóir", "Bainisteoir", "manaidsear",
])
def test_welsh_irish_and_gaelic_words_are_words(detector: gibberish.GibberishDetector,
                                                thresholds: dict[str, float],
                                                word: str) -> None:
    """The model learns these languages from their Hunspell dictionaries (since the thirty-second
    blind set read "Golygydd" and "Hoffwn ganslo fy nhanysgrifiad" as mashes)."""
    score = detector.score(word)
    assert score is not None and score < thresholds["email"], score


def test_passport_spellings_come_from_the_name_parts_tables(tmp_path: Path) -> None:
    """[cyrillic] of wordlists/name_parts.toml: each system spells every listed letter; a name
    with no Cyrillic letter has no passport spelling, and a table of the wrong length is
    refused when the word lists load."""
    passports = load_passport_spellings()
    assert passports.spellings("Архип Балицький") == ["arkhyp balytskyi", "arkhip balitskii"]
    assert passports.spellings("Arkhyp Balytskyi") == []
    # Ukraine's system spells є ї й ю я otherwise at a word's start, not after an apostrophe
    spelt = passports.spellings("Юрій Мар'яна-Їжак")  # noqa: RUF001
    assert spelt == ["yurii mar'iana-yizhak", "iurii mar'iana-izhak"]
    (tmp_path / "name_parts.toml").write_text(
        '[cyrillic]\nletters = "аб"\nukrainian = ["a"]\nicao = ["a", "b"]\n', "utf-8")  # noqa: RUF001
    with pytest.raises(ValueError, match="spell the 2 letters, not 1"):
        load_passport_spellings(tmp_path)


# Since policy 2026.12.1.6: beside a mailbox of the word and a number that is no birth year, a
# three-letter name will do as the head of a word typed twice (Jimkoke, Amyfri of blind66-70).
@pytest.mark.parametrize(("email", "fields"), [
    ("jimkoke6027@yahoo.com", {"first_name": "Jimkoke", "last_name": "Jimkoke"}),
    ("amyfri3982@gmail.com", {"first_name": "Amyfri", "last_name": "Amyfri"}),
    ("janblab6561@gmail.com", {"full_name": "Janblab Janblab"}),
])
def test_a_three_letter_head_counts_beside_a_bots_numbered_mailbox(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    found = signals(bot_pattern, screening(email=email, **fields))
    assert [signal.detail["why"] for signal in found] == [
        "is the same made-up word in both name fields"]


@pytest.mark.parametrize(("email", "fields"), [
    ("jimkoke@gmail.com", {"first_name": "Jimkoke", "last_name": "Jimkoke"}),  # no number
    ("jimkoke1987@gmail.com", {"first_name": "Jimkoke", "last_name": "Jimkoke"}),  # a birth year
    # real names that start with a three-letter name, typed twice beside any number
    ("suharti4821@gmail.com", {"first_name": "Suharti", "last_name": "Suharti"}),
    ("alinta4821@gmail.com", {"first_name": "Alinta", "last_name": "Alinta"}),
    ("jansen4821@gmail.com", {"first_name": "Jansen", "last_name": "Jansen"}),
    ("amirah4821@gmail.com", {"first_name": "Amirah", "last_name": "Amirah"}),
])
def test_a_three_letter_head_needs_the_bots_mailbox_and_a_mash(
        bot_pattern: BotNamePattern, email: str, fields: dict[str, str]) -> None:
    assert signals(bot_pattern, screening(email=email, **fields)) == []


def test_the_numbered_head_follows_the_policy(detector: gibberish.GibberishDetector) -> None:
    """[gibberish] bot_pattern_min_numbered_head 4 (MIN_LETTERS) leaves Jimkoke alone."""
    check = bot_pattern_with(detector, bot_pattern_min_numbered_head=4)
    fields = {"first_name": "Jimkoke", "last_name": "Jimkoke"}
    assert signals(check, screening(email="jimkoke6027@yahoo.com", **fields)) == []


# --- email.domain_gibberish ------------------------------------------------------------------

@pytest.fixture(scope="module")
def keyboard_domain() -> KeyboardDomain:
    return KeyboardDomain.from_policy(load_policy())


@pytest.mark.parametrize("domain", [
    "uytrewq.net", "qweasdfg.net", "wxcvbn.de", "yxcvb.co.uk", "mlkjhgf.fr",  # row walks
    "mail.xcvbnm.com",  # any label but the top-level one
    "jdjdjdjd.co.uk", "vhevhevh.fr", "xcxcxc.de",  # one chunk typed again and again
])
def test_email_domain_gibberish_hits_domains_typed_on_the_keys(
        keyboard_domain: KeyboardDomain, domain: str) -> None:
    assert signals(keyboard_domain, screening(f"jane@{domain}")) == [
        Signal("email.domain_gibberish", "email", {"domain": domain})]


@pytest.mark.parametrize("domain", [
    "gmail.com", "acme.com", "rezaei.com", "effertz.de", "daugherty.com", "hertzog.co.za",
    "xezertikinti.az",  # four keys walked at most
    "karikari.com", "obiobi.ng", "gangan.in",  # a chunk twice: names do that
    "kpmg.de", "xkcd.com", "hkbn.net",  # short and consonantal is no keyboard evidence
    "asdf.com",  # four keys
])
def test_email_domain_gibberish_spares_company_and_provider_domains(
        keyboard_domain: KeyboardDomain, domain: str) -> None:
    assert signals(keyboard_domain, screening(f"jane@{domain}")) == []


def test_email_domain_gibberish_needs_a_parsed_address(keyboard_domain: KeyboardDomain) -> None:
    unparsed = Screening(lead=Lead(email="not an address"), email=None,
                         syntax_problem="no @", deadline=time.monotonic() + 1.0)
    assert signals(keyboard_domain, unparsed) == []


def test_email_domain_gibberish_follows_the_policy() -> None:
    """A longer walk or more repeats asked of the domain leave uytrewq.net and jdjdjdjd.co.uk."""
    check = KeyboardDomain(KeyboardEvidence(min_walk=8, min_repeated=0.9, min_repeated_letters=6,
                                            min_repeats=5.0))
    for domain in ("uytrewq.net", "jdjdjdjd.co.uk"):
        assert signals(check, screening(f"jane@{domain}")) == []
