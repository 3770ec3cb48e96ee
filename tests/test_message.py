"""message.spam_content: which messages read as spam, which real inquiries pass, and why."""

from __future__ import annotations

import dataclasses
import time
from importlib import resources
from pathlib import Path

import pytest

from leadguard.checks.message import SpamMessage
from leadguard.emailaddr import parse_email
from leadguard.evaluation.titles_messages import read_rows
from leadguard.lead import Lead
from leadguard.messages import (
    MessageRulesError,
    MessageScreen,
    PatternIndex,
    load_message_rules,
    required_strings,
)
from leadguard.policy import load_policy
from leadguard.screening import Screening
from leadguard.signals import Signal

SPAM_SCORE_AT = 1.0  # the bundled policy's [message] spam_score_at


@pytest.fixture(scope="module")
def check() -> SpamMessage:
    return SpamMessage(MessageScreen(load_message_rules(), spam_score_at=SPAM_SCORE_AT))


def signals(check: SpamMessage, message: str | None) -> list[Signal]:
    email = parse_email("jane.doe@acme.com")
    assert not isinstance(email, str)
    screening = Screening(lead=Lead(email="jane.doe@acme.com", message=message), email=email,
                          syntax_problem=None, deadline=time.monotonic() + 1.0)
    return list(check(screening))


def evidence(check: SpamMessage, message: str) -> str | None:
    found = signals(check, message)
    return found[0].detail["evidence"] if found else None


REAL_INQUIRIES = [
    "What is your pricing for 40 seats?",
    "Hi, I wanted to know your price for 3 licenses on the Pro plan, billed annually.",
    "We'd like a demo for 40 seats. Is next Tuesday possible?",
    "Please provide a formal quotation for 2 annual subscriptions, including VAT.",
    "Dear Sir/Madam, we would like to request a quotation for 500 units of the X-200 sensor.",
    "Our website is https://www.acme-logistics.com - we get 300 quote requests a month.",
    "We are an SEO agency and would like to offer your screening to our clients. White label?",
    "We are a small business lender and get a lot of fake loan applications. Would this help?",
    "We use bit.ly links in our own campaigns. Will leads that include them be penalized?",
    "You can reach me on WhatsApp +971 50 123 4567, I'm travelling this week.",
    "Bonjour, nous souhaitons une démo pour 40 utilisateurs. Notre site : https://www.exemple.fr",
    "Guten Tag, wir möchten gerne eine Demo für unser Vertriebsteam vereinbaren.",
    "お世話になっております。40名分のライセンスのお見積もりをお願いできますでしょうか。",
    "您好，我们想了解企业版的价格，大约有50个用户。",  # noqa: RUF001 (real text in its own script)
    "Здравствуйте, хотел узнать ваш прайс на тариф для агентства с 20 клиентами.",  # noqa: RUF001 (real text in its own script)
    "Price?",
    # Real people using the words spam uses: the sender's own trade, not an offer to the reader.
    "We run a small SEO agency; our clients' contact forms get hammered by bots. Do you have "
    "agency pricing?",
    "Our team of 12 engineers needs SSO before we can roll this out. Is SAML on the Pro plan?",
    "We are a credit union and offer personal loans. Fake loan applications cost us hours a "
    "week. Can we get a free quote?",
    "Our online shop sells crypto hardware wallets and we see many bot orders. Demo next week?",
    "URGENT: our signup form has been flooded since Monday. Can someone call me back today?",
    "Could you send the DPA? Legal needs it within 24 hours to approve the purchase order.",
    "Two links for context: https://acme.example/signup and https://acme.example/docs/forms",
    "I'm a freelance web designer and would like to add your screening to my clients' forms. "
    "Is there a partner programme?",
    "Wir sind eine Webagentur und suchen eine Lösung gegen Formular-Spam für unsere Kunden.",
    "Nous sommes une agence web ; vos tarifs pour 15 sites clients ?",
    "We keep getting commercial offers through our contact forms. Can you filter them?",
    "Our contact form is full of business offers and SEO pitches; can your tool stop that?",
]


@pytest.mark.parametrize("message", REAL_INQUIRIES)
def test_real_inquiries_pass(check: SpamMessage, message: str) -> None:
    """Demo, pricing and procurement questions in any language get no signal."""
    assert signals(check, message) == []


@pytest.mark.parametrize("message", [None, "", "  \n "])
def test_no_message_means_no_signal(check: SpamMessage, message: str | None) -> None:
    """A missing or blank message is not evidence of anything."""
    assert signals(check, message) == []


@pytest.mark.parametrize("message", [
    "Hi, I wanted to know your price.",
    "Hello, i writing about     the price for reseller",
    "Здравствуйте, Хотел узнать Ваш прайс.",
    "Hola, quería saber su precio.",
    "Olá, queria saber o seu preço.",
    "Ciao, volevo sapere il tuo prezzo.",
    "Salut, je voulais connaître votre prix.",
    "Hallo, ich wollte Ihren Preis wissen.",
    "Salut, am vrut să știu prețul dvs",
    "Xin chào, tôi muốn biết giá của bạn.",
    "你好，我想知道你的价格",  # noqa: RUF001 (real text in its own script)
    "Γεια σου, ήθελα να μάθω την τιμή σας.",  # noqa: RUF001 (real text in its own script)
])
def test_price_template_is_caught_in_many_languages(check: SpamMessage, message: str) -> None:
    """The bare "I wanted to know your price" template is spam in every language it comes in."""
    assert evidence(check, message) == 'the multilingual "I wanted to know your price" template'


@pytest.mark.parametrize(("message", "label"), [
    ("We offer high quality DA 50+ backlinks and guest posts for your website.",
     "an SEO / backlink offer"),
    ("Hire our dedicated developers: PHP, React, Flutter. Offshore rates from $15/hour.",
     "a web-design / app-development pitch"),
    ("Would you be interested in acquiring the attendee list of HIMSS 2026? I can send counts "
     "and pricing.", "a contact-list sale"),
    ("Earn $500 per day with our bitcoin trading bot! Guaranteed profits.",
     "a crypto / investment offer"),
    ("Good news! Your business qualifies for up to $500,000 in working capital. Funds in 24 "
     "hours.", "a loan / business-funding offer"),
    ("Buy Viagra and Cialis online without prescription.", "a pharmacy / pills offer"),
    ("Congratulations! You have been selected as the winner of our $1,000 gift card giveaway.",
     "a prize / lottery / inheritance scam"),
    ("Did you know we can send your ad to millions of website contact forms?",
     "a contact-form advertising offer"),
    ("Buy real Instagram followers! 10k followers for only $29.",
     "a marketing-services pitch"),
    ("Make money online by watching videos, paid daily to your PayPal!",
     "a make-money-fast offer"),
    ("Your mailbox has been suspended. Verify your account details here within 24 hours: "
     "https://mail-verify.example.top/login", "a phishing lure (account or payment details)"),
    ("We publish on a network of 40 high-authority news sites. Placement from $80 per article.",
     "an SEO / backlink offer"),
    ("Our appointment setting team fills your calendar with 20 qualified B2B meetings a month.",
     "a contact-list sale"),
    ("Hello! We offer a legal method of sending commercial offers through feedback forms.",
     "a contact-form advertising offer"),
    ("I just found your site. Our chat widget turns web visitors into leads.",
     "a marketing-services pitch"),
])
def test_spam_families_are_named(check: SpamMessage, message: str, label: str) -> None:
    """Each kind of spam is caught and named in plain words in the evidence."""
    found = evidence(check, message)
    assert found is not None and found.startswith(label)


def test_evidence_lists_every_part(check: SpamMessage) -> None:
    """The evidence joins what matched, strongest first: an offer and the link count."""
    message = "We sell quality backlinks for any site, cheap and fast! " + " ".join(
        f"https://seo{n}.example.top/offer" for n in range(6))
    assert evidence(check, message) == "an SEO / backlink offer and 6 links"


@pytest.mark.parametrize(("message", "found"), [
    ("Check this out https://bit.ly/3kXyZ12", "a link shortener (bit.ly)"),
    ("[url=http://x-site.top]click[/url]", "BBCode links"),
    ('<a href="http://x-site.top">click</a>', "HTML links"),
    ("http://a.ru http://b.ru http://c.ru http://d.ru http://e.ru",
     "5 links and almost no other text"),
    ("Check these:\nhttps://deal-one.example.top/go\nhttp://offer-two.example.icu/?ref=7",
     "2 links and almost no other text"),
])
def test_link_tricks_are_caught(check: SpamMessage, message: str, found: str) -> None:
    """Shortened links, BBCode, HTML anchors and link farms are spam on their own."""
    assert evidence(check, message) == found


@pytest.mark.parametrize("message", [
    "Hello, we build custom web apps and AI chatbots for businesses like yours. Interested?",
    "Hi! I can redesign your website for $299. Can I send you a free mockup?",
    "Dear winner, your email was selected in our annual lottery. Reply with your full name.",
    "Instant approval business loans for bad credit, funds same day. Apply https://x.example.top",
    "Your competitors are getting more traffic than you. See our packages https://x.example.top",
])
def test_parts_of_a_pitch_add_up(check: SpamMessage, message: str) -> None:
    """Spam the families do not quote whole is caught by its parts: an offer aimed at the
    reader's business, a seller's price, a spam call to action."""
    assert signals(check, message) != []


def test_a_few_own_links_are_not_spam(check: SpamMessage) -> None:
    """Two or three links of one's own (site, shop, LinkedIn) stay under the threshold."""
    message = ("Hi, we're at https://www.fabrikam.com and https://shop.fabrikam.com, me: "
               "https://www.linkedin.com/in/janedoe. One license or two?")
    assert signals(check, message) == []


def test_signal_carries_evidence_and_score(check: SpamMessage) -> None:
    """The signal names the message field, the evidence and the score that crossed the line."""
    assert signals(check, "Hola, quería saber su precio.") == [Signal(
        "message.spam_content", "message",
        {"evidence": 'the multilingual "I wanted to know your price" template',
         "score": "1.00"})]


def test_threshold_comes_from_the_caller() -> None:
    """The same text is spam or not depending on the policy's spam_score_at alone."""
    message = "Check this out https://bit.ly/3kXyZ12"
    rules = load_message_rules()
    assert MessageScreen(rules, spam_score_at=1.0)(message) is not None
    assert MessageScreen(rules, spam_score_at=1.5)(message) is None


def test_broken_rules_file_says_what_is_wrong(tmp_path: Path) -> None:
    """A rules file with a bad pattern fails to load with the file named."""
    bundled = resources.files("leadguard").joinpath("wordlists", "message_spam_patterns.toml")
    text = bundled.read_text("utf-8").replace("'\\bpbn\\b'", "'\\bpbn(\\b'", 1)
    (tmp_path / "message_spam_patterns.toml").write_text(text, "utf-8")
    with pytest.raises(MessageRulesError, match=r"message_spam_patterns\.toml"):
        load_message_rules(tmp_path)


def test_rules_file_documents_its_source() -> None:
    """The patterns file opens with a header naming source, license, date and regeneration."""
    text = resources.files("leadguard").joinpath(
        "wordlists", "message_spam_patterns.toml").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines()[:15] if line.startswith("#"))
    for word in ("source", "license", "date", "regenerate"):
        assert word in header


DATA = Path(__file__).resolve().parent.parent / "data" / "messages"


@pytest.mark.parametrize("path", sorted(DATA.glob("*.csv")), ids=lambda path: path.name)
def test_message_evaluation_sets_document_their_source(path: Path) -> None:
    """Every evaluation set opens with '#' lines on its source and license, then labelled rows."""
    lines = path.read_text("utf-8").splitlines()
    header = "\n".join(line for line in lines if line.startswith("#")).lower()
    assert "license" in header and "written by hand" in header
    rows = read_rows(path)
    assert rows and all(row["group"] and row["message"] for row in rows)


@pytest.mark.parametrize(("pattern", "required"), [
    (r"\bseo\b", {"seo"}),
    (r"\bguest[- ]?posts?\b", {"guest"}),
    (r"\b(?:payday|business) loans?\b", {"payday", "business"}),
    (r"\bbuy (?:cheap )?(?:pills|meds)\b", {"pills", "meds"}),
    (r"\b(?:a|an) offer\b", {"offer"}),
    (r"\bfor your (?:website|business)\b", {"website", "business"}),  # "for your": too common
    (r"\b(?:a|an|the)\b", None),
    (r"(?!spam)\w+ing", {"ing"}),
])
def test_required_strings_of_a_pattern(pattern: str, required: set[str] | None) -> None:
    """A pattern is only searched in texts holding one of the words every match contains;
    what is optional, inside a lookaround, or too common gates nothing."""
    found = required_strings(pattern)
    assert (set(found) if found is not None else None) == required


def test_the_word_index_never_changes_a_score() -> None:
    """Scoring through the word index gives exactly what searching every pattern gives, on
    every message of the evaluation sets."""
    rules = load_message_rules()
    every = PatternIndex(entries=rules.index.entries, by_word={},
                         always=tuple(range(len(rules.index.entries))))
    indexed = MessageScreen(rules, spam_score_at=SPAM_SCORE_AT)
    brute = MessageScreen(dataclasses.replace(rules, index=every), spam_score_at=SPAM_SCORE_AT)
    messages = [row["message"] for path in sorted(DATA.glob("*.csv")) for row in read_rows(path)]
    assert len(messages) > 500
    for message in messages:
        assert indexed.score(message) == brute.score(message), message


@pytest.fixture(scope="module")
def policy_check() -> SpamMessage:
    """The check as the service builds it: with the gibberish detector for random strings."""
    return SpamMessage.from_policy(load_policy())


@pytest.mark.parametrize("message", [
    "apzfmalt32215 cdgeswg", "xoiugsfdncxw", "cvbn wgwkwgwkwgwk", "qwertzuiop asdfghjkl",
    "hqdzvtxiixydk ulul hpkcicy ytwyaec",
])
def test_a_message_of_random_strings_is_spam(policy_check: SpamMessage, message: str) -> None:
    """Bots fill the message box with the same mashes as the name."""
    assert evidence(policy_check, message) == "random strings instead of words"


@pytest.mark.parametrize("message", [
    "Hello", "pls call asap", "Szczęść Boże", "Ngiyabonga", "Diolch yn fawr", "Kiitos paljon",
    "Cảm ơn nhiều", "Eskerrik asko", "PO 4500123981", "SKU 44812-B x20", "Ref INV20331",
    "WhatsApp: +49 151 2345678", "Wszystkiego najlepszego", "Dziękuję bardzo, Przemysław",
    "Lorem ipsum dolor sit amet",
])
def test_short_real_messages_are_words(policy_check: SpamMessage, message: str) -> None:
    """Thanks and greetings in any language, order numbers and phone numbers are not junk."""
    assert signals(policy_check, message) == []
