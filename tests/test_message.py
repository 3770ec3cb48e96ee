"""message.spam_content: which messages read as spam, which real inquiries pass, and why."""

from __future__ import annotations

import dataclasses
import json
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
    Part,
    PatternIndex,
    bare_words,
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
    # the wordings of other writers
    "Hi, I'd like to know your price.", "Szia, szerettem volna megtudni az árát.",
    "Hola, volia saber el preu.", "Ciao, volevo sapere il prezzo.",
    "Здравствуйте, хотел узнать стоимость.",
    "你好，我想知道价格。",  # noqa: RUF001 (real text in its own script)
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
    ("[url=http://x-site.example]click[/url]", "BBCode links"),
    ("[b]best deal[/b] https://promo-x.example/", "BBCode links"),
    ('<a href="http://x-site.example">click</a>', "HTML links"),
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
    (r"(?:价格实惠|价格优惠)", {"价格"}),  # two CJK characters are a word
    (r"\bab \d", None),
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
    messages += writer_messages()[::10]
    for message in messages:
        assert indexed.score(message) == brute.score(message), message


WRITERS = DATA.parent / "corpus" / "writers.jsonl"
DEV_WRITERS = ("writers/w1", "writers/w2", "writers/w3", "writers/w4", "writers/w5", "blind1")


def writer_messages() -> list[str]:
    """The distinct messages of the development writers (w1..w5 and the first blind set):
    many languages, scripts, emoji and links, for checks that must hold on any text."""
    found: dict[str, None] = {}
    with WRITERS.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            if str(row["source"]).split("+", 1)[0] in DEV_WRITERS and row.get("message"):
                found[str(row["message"])] = None
    return list(found)


@pytest.fixture(scope="module")
def policy_check() -> SpamMessage:
    """The rules as the service builds them: with the gibberish detector for random strings;
    without the message model, whose part tests/test_message_model.py pins."""
    return SpamMessage.from_policy(load_policy(), message_model=None)


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


# --- 2026-11-30: the writers' spam -------------------------------------------------------------

WRITER_STYLE_INQUIRIES = [
    # customers describing the spam they get, in spam's own words
    "Hi, I'm Max, I run a small web design shop. A lot of my clients get tons of SEO spam "
    "through their contact forms - could I resell your service to them?",
    "Hello, we're a small SEO consultancy and our own contact form is full of other SEO agencies "
    "offering us backlinks. Can we try your filter for a month?",
    "Our sales team complains that a large share of our inbound leads are SEO agencies and "
    "link-building offers. Could you send pricing?",
    "Our online pharmacy needs to screen sign-ups. Is that a fit?",
    "We provide web development services to mid-size retailers and are looking for a form-spam "
    "solution to bundle. Could we talk?",
    "Hallo, wir betreiben einen Onlineshop und bekommen täglich Spam über das Kontaktformular "
    "(SEO-Angebote, Kredite, Links zu Casinos). Was kostet Ihre Lösung?",
    # agencies and sellers who want to buy or resell
    "Olá, somos uma agência e criamos sites para clientes. Vocês têm programa de revenda? "
    "Qual o preço?",
    "Hola, somos una agencia de marketing digital. Ofrecemos SEO y diseño web a nuestros "
    "clientes. ¿Tienen plan para agencias?",
    "We are a digital agency with 40 clients. We offer web design and SEO. Is there a "
    "white-label version of your tool? Pricing for agencies?",
    "Please see our portfolio: https://studio-nine.design - we'd like to add your form "
    "protection to client sites. Reseller terms?",
    "We provide translation services and want to protect our quote form. Let me know when we "
    "can discuss pricing.",
    "Hi, your pricing page says plans start at $49 - does that include SSO?",
    "We currently pay $300 per month for our form tool and want to save 20%. What would 10 "
    "sites cost with you?",
    "Not a sales pitch I promise, I'm a customer, and the backlinks report in your dashboard "
    "shows 0 since Tuesday. Bug?",
    # procurement, bug reports and accounts: links, deadlines and payments of real customers
    "RFQ 2231: we need 2,000 m of PVC pipe, delivery by 15 March. Please submit your quotation "
    "via our supplier portal: https://portal.acme-corp.com/rfq/2231. Late submissions will be "
    "rejected.",
    "Dear team, we need a quotation for 100 licenses. The tender documents are available here: "
    "https://procurement.example.gov/tenders/4471. Submission deadline: 30 days.",
    "Our checkout page shows an error since we installed your plugin yesterday. Screenshot: "
    "https://imgur.com/a/k2Jd9",
    "We tried to pay your invoice by card but it was declined. Can you send bank details for a "
    "transfer instead?",
    "Hi team, we have been using your product for 2 years. Our subscription expires next week - "
    "can you send the renewal invoice?",
    "Our account was locked after too many login attempts. Can you unlock it? Thanks.",
    "RFQ: https://acme-industries.example/rfq/2026-313.pdf",
    "Specs attached in our tender doc: https://mkhize.example/rfq/2026-086.pdf",
    "Is there a nonprofit discount? We're a charity with 37 staff. Our site: www.chiliza.com",
    "Hey, what's your price for 3 sites? We're a small agency.",
    "Good morning, we are a logistics company in Mombasa. We need a quote for 50 users. Please "
    "call me on WhatsApp +254 712 345 678.",
]


@pytest.mark.parametrize("message", WRITER_STYLE_INQUIRIES)
def test_hard_real_inquiries_pass(policy_check: SpamMessage, message: str) -> None:
    """Real customers who describe the spam they get, sell services themselves, ask to resell,
    or send links, deadlines and payment questions of their own get no signal."""
    assert signals(policy_check, message) == []


@pytest.mark.parametrize(("message", "label"), [
    # two kinds of a cold pitch: a seller's service and price, a claim about the reader's site
    # and a free audit, a pitch aimed at businesses like the reader's and a call to talk
    ("Hi, I can design a professional logo and full brand identity for $999. Delivery in 72 "
     "hours.", "a sales pitch (a seller offering a service, a price for the sender's offer)"),
    ("Hello, did you know that 35% of your visitors leave acme.example before the page loads? "
     "Want a free video audit?",
     "a sales pitch (a free audit, sample or trial on offer, a claim about the reader's "
     "website)"),
    ("Bonjour, je peux vous apporter des rendez-vous qualifiés. Seriez-vous disponible vendredi "
     "pour un échange de 15 minutes ?",
     "a sales pitch (a seller offering a service, a request to reply or talk)"),
    ("Dzień dobry, oferujemy bazy firm z kontaktami do decydentów. Cennik wyślę na życzenie.",
     "a sales pitch (a seller offering a service, a request to reply or talk)"),
    # two kinds of a lure
    ("Please find attached the invoice 2073 for your recent order. Payment is overdue. View "
     "invoice: vertexreach.example/special",
     "a scam or phishing lure (a link to act on, a deadline or threat, a request for money or "
     "credentials)"),
    ("Hello, I tried to place an order on acme.example but the checkout page shows an error. "
     "Screenshot: http://www.guru-mega.example/go",
     "a scam or phishing lure (a link to act on, a problem with an order or payment)"),
    ("Images I own are used on www.acme.example without my permission. The list of my images is "
     "here: https://proof.example/offer/78425 Remove them within 48 hours.",
     "a scam or phishing lure (a link to act on, a deadline or threat)"),
    ("Hello dear, I am a widow with a large inheritance and I need a trustworthy partner. "
     "Reply to my private email.",
     "a scam or phishing lure (an unexpected windfall, a plea for secrecy or haste)"),
    # families of their own
    ("{Hi|Hello|Hey}, thanks.", "leaked spin syntax of a mass mailer"),
    ("I know your password. I recorded you through your webcam.", "an extortion threat"),
    ("Buy real and fake passports, driver's licenses and diplomas.",
     "counterfeit documents or goods"),
    ("Buy Google reviews: 120 reviews, local guide accounts.",
     "an offer to buy, post or remove reviews"),
    ("Hola, ¿aceptan artículos patrocinados en su web? Pagamos $79 con enlace dofollow.",
     "an SEO / backlink offer"),
    ("Sie lesen diese Nachricht - genauso lesen Ihre Kunden Ihre Werbung.",
     "a contact-form advertising offer"),
])
def test_writers_spam_is_named(policy_check: SpamMessage, message: str, label: str) -> None:
    """Spam worded by writers the first rules never saw is caught by its structure, and the
    evidence names the kinds of cue that added up."""
    found = evidence(policy_check, message)
    assert found is not None and found.startswith(label), found


@pytest.mark.parametrize("message", [
    "Hi, I can design a professional logo and brand identity. Delivery in 72 hours.",
    "Did you know that 35% of your visitors leave acme.example before the page loads?",
    "View invoice: vertexreach.example/special",
])
def test_one_kind_of_cue_is_not_enough(policy_check: SpamMessage, message: str) -> None:
    """A seller's voice, a claim about the site or a link to act on alone flag nothing; the
    first and last here reach the threshold only with a second kind beside them."""
    assert signals(policy_check, message) == []


@pytest.mark.parametrize(("message", "found"), [
    ("Read [the guide](https://buzz.example.top/blog/2061.html) for more details now",
     "Markdown links"),
    ("Hmm https://maxweb.example.top/offer/31", "a link and almost no other text"),
    ("it support: https://a.example.top/lp/1 it support: http://b.example.icu/p/2 "
     "it support: https://c.example.xyz/go/3", "a list of 3 links with a few words each"),
])
def test_new_link_drops(check: SpamMessage, message: str, found: str) -> None:
    """Markdown anchors, a lone link to a page, and keyword-and-link lists are link drops."""
    assert evidence(check, message) == found


@pytest.mark.parametrize("message", [
    "Our RFQ: https://acme.example/rfq/2026-313.pdf",  # a word says what the link is
    "acme.example",  # a bare domain may be the sender's own site
    "Spec https://acme.example/spec.pdf drawing https://acme.example/d.pdf terms "
    "https://acme.example/t.pdf",  # three pages of one site
])
def test_links_of_ones_own_are_not_drops(check: SpamMessage, message: str) -> None:
    """One's own documents and site, however tersely sent, are not a link drop."""
    assert signals(check, message) == []


@pytest.mark.parametrize("message", [
    "G00GLE MAPS T0P-3 in 90 days", "V1agra C1alis, discreet shipping", "fr33 b0nus",
    "S E O   S E R V I C E S   from   $49",
])
def test_disguised_words_are_spam(check: SpamMessage, message: str) -> None:
    """Spam words with look-alike digits or spelled out letter by letter are caught."""
    found = evidence(check, message)
    assert found is not None and "disguised words" in found


@pytest.mark.parametrize("message", [
    "Our team is B2B, we use 2FA and SAML 2.0.", "t0p priority please", "Invoice INV20331",
    "We need 3 licenses by 15 March", "Version 4.5 of the API, section 3 a",
])
def test_digits_in_real_words_are_not_disguise(check: SpamMessage, message: str) -> None:
    """Model numbers, versions, a single slip of the finger ("t0p") are not disguised words."""
    assert signals(check, message) == []


@pytest.mark.parametrize("message", [
    "Hej, jeg ville gerne kende din pris.", "Pozdrav, htio sam znati vašu cijenu.",
    "Tere, ma tahtsin teada teie hinda.", "היי, רציתי לדעת את המחיר שלך.",
    "سلام، می\u200cخواستم قیمت شما را بدانم.",  # noqa: RUF001 (real text in its own script)
    "Kumusta, gusto kong malaman ang presyo mo.",
    "Hallo, ich wollte mich nach Ihren Preisen erkundigen.", "Hello, i wrote about your the prices",
    "Hello, i wanted to know your price please", "こんにちは、価格を知りたいです。",
])
def test_price_template_in_more_words(check: SpamMessage, message: str) -> None:
    """More wordings and languages of the bare "I wanted to know your price" template."""
    assert evidence(check, message) == 'the multilingual "I wanted to know your price" template'


def test_counter_evidence_is_not_named() -> None:
    """A customer's account of the spam they get takes weight off, and the evidence names only
    what added weight."""
    screen = MessageScreen(load_message_rules(), spam_score_at=SPAM_SCORE_AT)
    finding = screen.score("Our contact forms get hammered by guest-post spam; we are an SEO "
                           "agency offering backlinks to clients.")
    assert finding.score < SPAM_SCORE_AT
    assert any(part.weight < 0 for part in finding.parts)
    assert "spam they receive" not in finding.evidence


def test_pitch_kinds_count_once_each() -> None:
    """One phrase that two patterns of a kind match counts once; two of the seller's prices in
    different places (a rate card) count twice."""
    screen = MessageScreen(load_message_rules(), spam_score_at=SPAM_SCORE_AT)
    once = screen.score("Hello, only $49 flat.")
    assert [part for part in once.parts if part.label.startswith("a sales pitch")] == [
        Part("a sales pitch (a price for the sender's offer)", 0.5)]
    twice = screen.score("Our fees start at $199, or $25/hour.")
    assert [part for part in twice.parts if part.label.startswith("a sales pitch")] == [
        Part("a sales pitch (a price for the sender's offer (twice))", 1.0)]


def test_kinds_and_weak_cannot_be_combined(tmp_path: Path) -> None:
    """A family lists its weak cues either by kind or plainly, not both."""
    bundled = resources.files("leadguard").joinpath("wordlists", "message_spam_patterns.toml")
    text = bundled.read_text("utf-8").replace(
        'weak_cap = 1.0\n[families.kinds]', 'weak_cap = 1.0\nweak = [\'x\']\n[families.kinds]', 1)
    (tmp_path / "message_spam_patterns.toml").write_text(text, "utf-8")
    with pytest.raises(MessageRulesError, match="kinds"):
        load_message_rules(tmp_path)


def test_bare_words_keeps_letters_and_marks() -> None:
    """The cached translation table turns punctuation, symbols and separators into spaces and
    keeps letters, digits and combining marks, in any script."""
    spaced = "Hi,\u00a0I wanted   to know - your price!"
    assert bare_words(spaced) == "Hi I wanted to know your price"
    assert bare_words("नमस्ते, कीमत?") == "नमस्ते कीमत"


# --- 2026-11-30, second pass: B2B pitches and scams of every kind, job seekers ---------------

# A cold pitch is a seller's voice plus a second kind of cue (a price, a free start, a request to
# talk, a team offshore), whatever the service and the language.
B2B_PITCHES = [
    # any B2B service, said as "we do X" plus a price, a free start, a call or an offshore team
    "Hello, we provide trained event hostesses and promoters in 40 cities. Rates from $15/hour.",
    "Hi, our company offers certified translation into 30 languages. First order free!",
    "Hi there, we shoot product photos for online shops, $49 per product. Want to see samples?",
    "Are you looking to outsource bookkeeping? Our accountants from the Philippines handle it "
    "at a fraction of the cost.",
    "Hi, we run outbound calling campaigns for software companies. A 2-week pilot costs $300.",
    "Guten Tag, wir übernehmen Ihre Lohnabrechnung zum Festpreis. Erster Monat gratis.",
    "Bonjour, nous vous proposons la gestion de la paie dès 39 € par salarié. Rappel gratuit.",
    "Buongiorno, vi proponiamo gadget personalizzati con il vostro logo. Preventivo gratuito.",
    "Dzień dobry, oferujemy obsługę księgowości. Pierwszy miesiąc gratis, zapraszam do kontaktu.",
    "Здравствуйте! Разработаем интернет-магазин под ключ, стоимость от 40 000. Напишите нам.",
    "Merhaba, firmanız için kurumsal web sitesi hazırlıyoruz, uygun fiyat ile.",  # noqa: RUF001 (Turkish dotless i)
    "Hi, following up on my previous email: we help clinics get 20 new patients a month.",
]


@pytest.mark.parametrize("message", [
    # CEO fraud, invoice and parcel fees, domain expiry, prizes, tech support, extortion
    "Are you at your desk? I need you to process a wire transfer today. I'm in a meeting, "
    "reply by email only.",
    "Bist du erreichbar? Ich brauche eine vertrauliche Überweisung, ich sitze im Meeting.",
    "Your parcel is held at customs. Pay $3 for the release here: https://parcel.example/p/1",
    "Votre colis est en attente de livraison. Payez les frais ici : https://colis.example/x",
    "Ihre Domain acme.example läuft heute ab. Verlängern Sie jetzt: https://renew.example/d",
    "Prezado cliente, seu domínio acme.example expira hoje. Renove agora: https://r.example/a",
    "Gentile cliente, la sua fattura n. 2231 è disponibile. Scarica il documento: "
    "https://doc.example/f/2231",
    "Félicitations ! Vous avez gagné 50 000 €. Réclamez votre gain : https://win.example/c",
    "Your computer may be infected. Do not shut down your computer, call Microsoft support "
    "at +1 800 555 0100.",
    "We will take your site down with a DDoS attack unless you pay $900 in Bitcoin.",
    "Hi, please buy 10 gift cards for our clients, scratch them and send me photos of the "
    "codes. I will reimburse you, keep this between us.",
    "Invierta en criptomonedas y gane 30% cada mes. Plazas limitadas.",
    "Prestiti veloci senza busta paga, contattaci su WhatsApp.",
])
def test_scams_of_any_kind(policy_check: SpamMessage, message: str) -> None:
    """Scam pressure (a deadline, secrecy, a windfall) next to a payment, a credential or a
    link to act on is caught in any language, as are loans and crypto schemes of their own."""
    assert signals(policy_check, message) != []


# Job applications with a portfolio link and customers who describe the spam they get or their own
# regulated trade get no signal.
SPAMMY_TRADE_CUSTOMERS = [
    # job seekers with a link: the seller's words, but asking to be hired
    "Hi, are you hiring developers? I couldn't find a careers page. My portfolio: "
    "https://jane-dev.example/work",
    "Hello, I'm a freelance UX designer and would love to be considered for contract work. "
    "Portfolio with case studies: https://ux.example",
    "Hi, I would like to apply for the marketing internship. My CV: https://cv.example/jane.pdf",
    # customers in a trade that looks like spam, describing the spam they get
    "I work for a licensed online pharmacy. Our contact form is abused by spammers selling what "
    "we sell. Can we whitelist our own product names?",
    "We operate a licensed online casino. Is there an existing connector, or do we go through "
    "your REST API?",
    "Somos una financiera y nuestro producto son préstamos. ¿Cómo evitamos falsos positivos?",
    "We publish reviews of casinos and need our comparison tables rebuilt. Could you quote the "
    "work?",
    "Our contact form gets hammered by crypto investment scams and our users write about "
    "crypto all day. Happy to share examples.",
    "Siamo un'agenzia SEO, ma stavolta siamo clienti: ci serve un filtro antispam.",
    # buyers: a purchase order, a budget, a price they pay today
    "Please find our purchase order attached for 40 licenses; our PO number must be on the "
    "invoice.",
    "We spend about $2,000 per month on our current tool. What would 12 sites cost with you?",
    "Nous sommes une entreprise de 25 personnes. Pouvez-vous nous envoyer un devis ?",
]


@pytest.mark.parametrize(("message", "found"), [
    ("https://x.example.top/ https://x.example.top/ https://x.example.top/",
     "a link repeated 3 times"),
    ("Best movers here >>> https://movers.example/ <<<", "blog-comment spam phrasing"),
])
def test_repeated_links_and_arrows(check: SpamMessage, message: str, found: str) -> None:
    """One link pasted over and over, even a bare domain, and a link between arrows are drops."""
    assert evidence(check, message) == found


def test_a_bare_domain_twice_is_still_a_signature(check: SpamMessage) -> None:
    """A sender's own domain written twice is not a repeated-link drop (repeat_min is 3)."""
    assert signals(check, "acme.example.com / www.acme.example.com") == []


# --- 2026-11-30, third pass: pitch hooks, any service, link trades, more lures ---------------

# A hook question answered by the offer, "we make / record / do" any service, an agency's
# specialty, "vorremmo proporvi", an invitation to get in touch: each is one kind of pitch cue,
# and two kinds are a pitch.
PITCH_HOOKS = [
    # a question about the reader's need, answered at once by the sender's offer
    "Tired of slow websites? Our studio rebuilds them on a modern stack. Free speed audit of "
    "your homepage on request.",
    "Want more bookings from Instagram? We'll run your ads for only $199.",
    "Buongiorno, la vostra azienda ha bisogno di un gestionale? Lo installiamo in una settimana. "
    "Demo gratuita: https://demo.example/it",
    # any service said as "we make / record / do", with a per-piece rate or a free sample
    "Hi, we record and edit podcasts for B2B brands. $39 per episode, delivered in 48h.",
    "Hello, we do corporate headshots on site. Prices from £25 per person.",
    "Hello, I make short animated explainers for software firms. Can I send a free 20-second "
    "sample made for acme-tools.com?",
    "Our agency specializes in LinkedIn outreach. Want a free profile audit?",
    "I would like to offer your company our bookkeeping service. Rates from $12 per invoice.",
    # other languages: the offer, the team, the invitation to get in touch
    "Bonjour, nos développeurs Node et React peuvent renforcer votre équipe, à partir de 35 € "
    "de l'heure.",
    "Buongiorno, vorremmo proporvi il nostro servizio di traduzione tecnica. Rispondete per "
    "ricevere il listino.",
    "Dzień dobry, tworzymy aplikacje mobilne dla firm. Zapraszamy do kontaktu: biuro@app.example",
    "We offer printed catalogues and flyers with free shipping on orders over $50. Request a "
    "catalogue: sales@print.example",
]


# Link trades, guaranteed rankings, brand-named notices, attached invoices, investors who fund
# anything, dating lures, held parcels and the bare price question are named.
THIRD_PASS_HITS = [
    ("Hi, I can write a guest article for your blog at no cost, I only ask for one contextual "
     "link back to my client.", "an SEO / backlink offer"),
    ("I run 25 websites in the travel niche and can give you a link on any of them in exchange "
     "for one on yours.", "an SEO / backlink offer"),
    ("We guarantee top 3 rankings for 5 keywords or your money back.", "an SEO / backlink offer"),
    ("Microsoft 365: your mailbox is almost full. Incoming messages are on hold. Restore "
     "delivery here: https://mbox.example/r", "a scam or phishing lure"),
    ("Your invoice #7781 is attached. Please review and make payment within 7 days: "
     "https://inv.example/7781", "a scam or phishing lure"),
    ("I represent a private investor willing to fund your project with $4 million. Send your "
     "business plan to fund@mail.example", "a scam or phishing lure"),
    ("Hi! I think you are a really interesting man, I'd love to chat. My photos: "
     "https://pics.example/o", "a scam or phishing lure"),
    ("Invest $500 with me and receive $25,000 in 30 days. My results: https://trade.example",
     "a crypto / investment offer"),
    ("Il suo pacco è in giacenza. Paghi la tassa di 2 € qui: https://poste.example/p",
     "a scam or phishing lure"),
    ("Beste klant, uw betaling is mislukt. Werk uw gegevens hier bij: https://bank.example/nl",
     "a scam or phishing lure"),
    ("Hi, what is your price?", 'the multilingual "I wanted to know your price" template'),
    ("Hallo, ich möchte den Preis wissen.",
     'the multilingual "I wanted to know your price" template'),
]


# Buyers who open with a question, name their own agency, freight or shop, or write about an
# invoice, a parcel or errors they found get no signal: one kind of cue is not a pitch.
THIRD_PASS_BUYERS = [
    # buyers whose questions look like a hook, or who name their own trade
    "Do you need a purchase order before the trial? We can send one today.",
    "Looking for a CRM that handles 40 users? We are a logistics firm and want a demo.",
    "Our offshore team in Manila will use the tool; do you have servers in Asia?",
    "Hello, our agency specializes in SEO for dentists. Do you have a reseller programme? We'd "
    "like to white-label your reports.",
    "Bonjour, notre société propose des formations en ligne et cherche une plateforme LMS. "
    "Pouvez-vous nous envoyer vos tarifs ?",
    "Hola, somos transitarios en Valencia y buscamos un software de envíos. ¿Podemos ver una demo?",
    "Hello, we're a small shop. We sell templates on Etsy and want to move to your platform.",
    "Hello, I made a mockup of our new store for acme.com and need a developer to build it.",
    "Hi, is your business able to ship to Kenya? We would order 40 pieces for only $2,000.",
    # customers with an invoice, a parcel, a failed payment, errors they found
    "Hi, your invoice #2231 is attached in our portal, but the amount looks wrong. Could you "
    "check?",
    "Hi, the parcel with our order is held at customs in Nairobi. Do you have the commercial "
    "invoice?",
    "Our payment failed twice on your checkout page. Can you send an invoice instead?",
    "I found 12 errors in the Spanish translation of your app. Want me to send a list? I'm a "
    "user, not selling anything.",
    "Hi, I noticed a few broken links in your help centre. Also, is CSV export limited to 2,000 "
    "rows?",
    "Our legal team has redlines on your MSA, who should we send them to?",
    "Good day, I am a fund manager from Lagos looking for a portfolio tool for my team of 6.",
]


# A seller naming their trade or audience with their terms, work made for the reader unasked,
# hooks answered by a link, link requests, and short notices that end on a link to pay, claim,
# sign or apply are named.
FOURTH_PASS_HITS = [
    # a seller naming their trade or their audience, with their terms
    ("Hello, I am a copywriter (EN/IT) offering product descriptions at $0.05 per word. Quick "
     "turnaround.", "a sales pitch"),
    ("Hi, we are an outsourcing company from Kenya providing inbound call handling, $7/hour per "
     "agent.", "a sales pitch"),
    ("Hi, I edit podcast episodes for founders. £90 per episode, 48-hour delivery.",
     "a sales pitch"),
    ("Hey, we're a freight forwarder with our own warehouses in Ningbo. Send us your shipment "
     "details for a quote.", "a sales pitch"),
    ("Hola, somos una empresa de diseño web en Colombia. Ofrecemos diseñadores a $18/hora. "
     "¿Hablamos?", "a sales pitch"),
    ("您好，我们是义乌一家专业包装公司，提供定制纸箱服务。欢迎咨询报价。",  # noqa: RUF001 (real text in its own script)
     "a sales pitch"),
    # work made for the reader unasked, hooks answered by the offer or by a link
    ("Hi, we've put together a short video audit of your checkout page. Where should I send it?",
     "a sales pitch"),
    ("Hi, did you know your clinic might qualify for an energy grant? We've helped secure "
     "$2,400,000 for small practices.", "a sales pitch"),
    ("Hi, want more leads? https://leadboost.example.com/start", "a sales pitch"),
    ("Love what you're doing at harborbakery.com. Some of your recipe pages are slipping in "
     "search. Want my notes?", "a sales pitch"),
    # link requests and the reader's SEO asked after
    ("Quick question: who handles SEO for greenvalleydental.com? I see a few easy wins.",
     "an SEO / backlink offer"),
    ("Hi, I noticed you have a useful links page. My new guide on roof repair would fit well. "
     "Would you consider adding it? https://roofguide.example.com/guide",
     "an SEO / backlink offer"),
    ("Guten Tag, wir entfernen negative Google-Bewertungen. Nur bei Erfolg zahlen.",
     "an offer to buy, post or remove reviews"),
    # short lures: a notice and a link to act on, in several languages
    ("Estimado cliente, su factura F-2231 está vencida. Pague aquí: "
     "https://pay-portal.example.com/x", "a scam or phishing lure"),
    ("Gentile cliente, la fattura 8812 risulta non pagata. Clicchi qui per saldare: "
     "https://saldo.example.com/p", "a scam or phishing lure"),
    ("Beste klant, uw factuur 4471 staat nog open. Betaal via: https://betaal.example.com/x",
     "a scam or phishing lure"),
    ("Hello, the revenue office owes you a refund of $3,120. Claim it here: "
     "https://refund.example.com/c", "a scam or phishing lure"),
    ("Olá, você tem um valor a receber de R$ 2.300. Acesse: https://receber.example.com/a",
     "a scam or phishing lure"),
    ("Sofortkredit ohne Schufa bis 20.000 Euro! Jetzt beantragen: https://kredit.example.com/",
     "a loan / business-funding offer"),
    ("Your DocuSign envelope is ready. Please review and sign: https://sign.example.com/d",
     "a scam or phishing lure"),
    ("I'm an illustrator and my artwork appears on your site without permission. Check the link "
     "with my originals: https://proof.example.com/p", "a scam or phishing lure"),
    ("You have $2,950 in unclaimed USDT. Connect your wallet before it expires: "
     "https://wallet.example.com/w", "a scam or phishing lure"),
    ("Sannu, ina so in san farashin ku.",
     'the multilingual "I wanted to know your price" template'),
]


# Buyers who name their own trade (a forwarder, a BPO, a licensed casino or lender), quote what
# their customers write, or write about their invoice or document get no signal: a trade named
# beside a need is not an offer, and quoted words are not the sender's.
FOURTH_PASS_BUYERS = [
    # buyers who introduce their own trade, even a seller's trade, and say what they need
    "Hi, we're a freight forwarder in Rotterdam and need a screening tool for our quote-request "
    "form. Do you have a plan for 3 sites?",
    "We are a BPO from Manila with 200 agents; our inbound forms get flooded with fake sign-ups. "
    "Price for 200 seats?",
    "Hello, I am a translator offering my services on my own site, and bots keep filling my "
    "contact form. Is there a WordPress plugin?",
    "Hi, I make UGC video ads for brands and my inquiry form gets junk every day. Does your "
    "filter work with Webflow?",
    "We're a staffing agency and want to check candidates' emails before they reach our "
    "recruiters. Do you offer an API?",
    "I'm a headhunter specialising in fintech. Can I use your screening on my candidate form? "
    "What does it cost per month?",
    "Hi, we produce corporate gifts and want to buy 40 licences for our sales team. Could you "
    "send an invoice?",
    "We are an event agency and several of our clients complain about fake registrations. "
    "Would your API help?",
    "I'm a photographer and my portfolio site gets spam every day. Is there a plan for "
    "one-person businesses?",
    "Hola, somos una empresa de logística en Valencia y buscamos un filtro antispam para nuestro "
    "formulario. ¿Tienen prueba gratis?",
    "Olá, somos uma empresa de software em Lisboa. Vocês têm um plano para 10 usuários?",
    "我们是深圳的一家物流公司，我们的网站表单收到很多垃圾信息，请问你们的服务价格是多少？",  # noqa: RUF001 (real text in its own script)
    # customers quoting spam or their own customers' words; regulated trades naming themselves
    'Our customers often write "pay here: <link>" in their messages because they paste our '
    "payment page. Will your filter block them?",
    "Our users type things like «кредит без проверки» when they search our catalogue. Will "
    "those messages be flagged?",
    'Guten Tag, wir sind ein Inkassobüro und unsere Kunden schreiben oft "Rechnung überfällig". '
    "Wie gehen Sie damit um?",
    'We are a licensed lender regulated by the FCA. Our applicants write "need a loan urgently" '
    "all the time; will your tool block them?",
    'Hello, we\'re a microfinance company. Our borrowers write "urgent loan needed" in their '
    "applications; will these be flagged as spam?",
    "Мы — микрофинансовая компания из реестра ЦБ. Клиенты часто пишут «срочно нужен займ». "
    "Не заблокирует ли ваш фильтр такие заявки?",  # noqa: RUF001 (real text in its own script)
    "Our company runs a licensed online casino in Malta. We need to screen affiliate sign-ups, "
    "not players. Do you support that?",
    # suppliers and customers asking about the reader's product, invoices and documents
    "Hi, I noticed you ship to Europe from the US. We are a shop in Lyon: how long does an order "
    "of 30 units take to arrive?",
    "Who handles SEO at your company? We would like to ask about a partnership for our clients, "
    "we are a reseller.",
    "Hello, your invoice INV-2231 is overdue on our side because the PO number is missing. Could "
    "you resend it with PO 4471?",
    "Hi, our DocuSign envelope for the contract is ready on our side; should we send it to your "
    "legal team or to sales?",
    "What if we need more than 50 seats later? Our team is growing fast and we want to avoid "
    "migrating.",
    "Did you know your checkout page shows an error in Safari? I tried to buy the annual plan "
    "twice.",
    "Hi, are you hiring? I'm a backend developer looking for a position with you; my CV is "
    "attached.",
]


TENDER = ("Hello, I'm writing from Kestrel Mining. We are preparing a tender for 2027 and would "
          "like to include you as a supplier. Tender documents: {link}\nDeadline for questions "
          "is Friday.")


def screened(check: SpamMessage, message: str, email: str,
             website: str | None = None) -> list[Signal]:
    parsed = parse_email(email)
    assert not isinstance(parsed, str)
    screening = Screening(lead=Lead(email=email, message=message, website=website,
                                    company="Kestrel Mining"),
                          email=parsed, syntax_problem=None, deadline=time.monotonic() + 1.0)
    return list(check(screening))


@pytest.mark.parametrize(("email", "website", "link"), [
    ("procurement@kestrelmining.co.za", None, "https://www.kestrelmining.co.za/tenders/2027"),
    ("t.nkosi@gmail.com", "https://kestrelmining.co.za", "https://tenders.kestrelmining.co.za/"),
    ("t.nkosi@outlook.com", None, "https://www.kestrel-mining.com.ng"),  # the company's name
])
def test_a_document_link_to_the_senders_own_site_is_no_lure(
        policy_check: SpamMessage, email: str, website: str | None, link: str) -> None:
    """"Documents: <link>" counts as a link to act on only when it leads off the sender's own
    site: a buyer's tender notice links the buyer's portal."""
    message = TENDER.format(link=link)
    assert screened(policy_check, message, email, website) == []
    foreign = TENDER.format(link="https://tender-docs-portal.xyz/view?id=2027")
    assert [s.code for s in screened(policy_check, foreign, email, website)] == [
        "message.spam_content"]


OWN_SEO_PEOPLE = [
    "Hi, I'm the marketing manager at Obiora Foods. Our SEO consultant suggested we add "
    "structured data to our product pages - does your platform support that out of the box?",
    "Our marketing agency says our page speed is poor. Does your widget slow pages down?",
]


# An offer set against the reader's current provider, a product doing the reader's work, rates per
# month or order, a timed demo, shared files, changed bank details, payments to receive on
# commission and money sent 'by mistake' are named.
FIFTH_PASS_HITS = [
    ('Hi, we offer same-day courier service for your company with lower fees than your '
     'current provider. Rates from $9 per parcel.',
     'a sales pitch'),
    ('Hello, I will manage your Instagram and grow it to 10k followers. $199/month, results '
     'in 30 days.',
     'a sales pitch'),
    ('Imagine an AI assistant that answers every chat in seconds. Our clients book 3x more '
     'appointments. Want a 15-minute demo?',
     'a sales pitch'),
    ("Hi, your company qualifies for a tax rebate most firms never claim. We've recovered "
     '$2M for businesses like yours. See if you qualify: https://rebate-check.example/start',
     'a sales pitch'),
    ('Hi, we offer a list of 20,000 verified buyers in retail. First 7 days free: '
     'https://leads.example/try',
     'a sales pitch'),
    ('Hi, shared a document with you via Dropbox. Open: https://dl-files.example.net/x',
     'a scam or phishing lure'),
    ('Gentile fornitore, abbiamo cambiato il nostro IBAN. Le nuove coordinate sono qui: '
     'https://iban-update.example.org/p',
     'a scam or phishing lure'),
    ('We need a partner to receive payments from our customers into your business account. '
     'Keep 10% commission.',
     'a scam or phishing lure'),
    ('Hello. I sent you $3,100 by mistake via Venmo. Please send it back to me today.',
     'a scam or phishing lure'),
    ('Dear supplier, you are invited to participate in our tender. Download the documents '
     'here: https://tender-files.example.xyz/d',
     'a scam or phishing lure'),
    ('Hi, can I publish an article on your blog? I will pay you for it. Send me your target '
     'URLs and anchors.',
     'an SEO / backlink offer'),
    ('Hallo, ich schreibe wegen Ihrer Preise.',
     'the multilingual "I wanted to know your price" template'),
]


# Customers who say they paid a notice they received, quote their own provider's price, ask for a
# short call, mention their own purchase order, bank or shared file, or ask a question that opens
# like a hook get no signal.
FIFTH_PASS_BUYERS = [
    'We got a final notice from your billing team but we paid the invoice last week. Can you '
    'check your records?',
    'I received a reminder that my subscription is overdue, but I already paid it on 3 '
    'March. Receipt: https://files.ourcompany.com/receipt.pdf',
    'Your system says our account will be suspended, but we have paid in full. Please '
    'correct this.',
    'Hi, we offer guided tours for schools and want to add your booking widget. What does it '
    'cost for 3 sites?',
    'We are a 3PL ourselves and want to know if your API supports multi-warehouse stock. Can '
    'you send docs?',
    'Our current provider charges $40/month; do you have something cheaper for a small team?',
    'We pay about $30 per month now for our CRM. Is your plan per user?',
    'Could we get a quick 15-minute call next week to go over the integration?',
    "Is there a free trial? We'd like to test it on our contact form first.",
    'We changed our bank last month, so please send the next invoice to our new billing address.',
    'Our purchase order PO-4471 will follow once the quote is approved.',
    'Please find our RFQ for 200 units attached; delivery to Rotterdam by June.',
    'We are selling our old office furniture and need a form that filters spam. Does yours '
    'work with WordPress?',
    'Imagine our surprise when the form started rejecting real customers. Can you help?',
    'My colleague shared a file with the spec via Google Drive, can you confirm you received it?',
    'Our clients get lots of junk on their forms. Do you have an agency plan for 12 sites?',
    'We are certified HubSpot partners and want to resell your filter to our customers. Is '
    'there a partner program?',
    'Is your team still doing support on weekends? We had an outage on Saturday.',
    'Are you looking to expand the API to webhooks? We would need that before buying.',
    'Our audience is mostly dentists. Does your tool handle Portuguese messages?',
    'How many fake reviews can your tool detect? We get 5-star spam on our Google profile.',
    'Wir haben die Rechnung bereits bezahlt, bitte prüfen Sie das noch einmal.',
    'Nous avons déjà payé la facture du mois dernier, merci de vérifier.',
    'Hi, I want to know your price for 25 seats and whether you invoice in EUR.',
    'Open the dashboard here: https://app.example.com/settings shows an error when I save. '
    'What am I doing wrong?',
    'We were told our domain expires tomorrow by our registrar, not you. Can your product '
    'still check mail domains?',
]


# Campaigns run for a trade, no-result-no-fee offers, agencies in Italian, influencers asking for
# free services, the overpayment scam, buyers of the business, review notices, paid posts with
# domain metrics and "your prices" in French are named.
SIXTH_PASS_HITS = [
    ('Hello, we manage Google ads for restaurants and cafes. No bookings, no fee. Can I send '
     'you a short video?',
     'a sales pitch'),
    ('Hi there, do you need more guests? We help hotels fill empty rooms; the setup pays for '
     'itself in a month.',
     'a sales pitch'),
    ('Ciao, siamo un\'agenzia di comunicazione. Pacchetti da 300 € al mese, posso inviarle una '
     'proposta?',
     'a sales pitch'),
    ("Hi! I'm a travel blogger with 80k followers and would love a weekend stay in exchange for "
     'a free review on my channel.',
     'a sales pitch'),
    ('Guten Tag, unsere KI-Rezeption beantwortet Anfragen rund um die Uhr, ab 79 € im '
     'Monat.',
     'a sales pitch'),
    ("Good morning, I need 3 rooms for my staff. My secretary will send payment by cashier's "
     'check and you will refund the difference to my driver.',
     'a scam or phishing lure'),
    ('Hi, I want 40 cakes for a party. I will send you my card details, and please pay my '
     'planner out of the total; I will add $400 for your trouble.',
     'a scam or phishing lure'),
    ('Hello, our client wants to buy your business. Cash offer, quick close, reply today.',
     'a scam or phishing lure'),
    ('Notice: we received a one-star review for your shop. View and respond before it goes '
     'public: https://review-desk.example/r/8',
     'a scam or phishing lure'),
    ('Hi, can you accept sponsored articles on your blog? Please send your price list and DR.',
     'an SEO / backlink offer'),
    ('Salut, quel est votre prix ?',
     'the multilingual "I wanted to know your price" template'),
]


# Customers quoting the reader's own discount code, deaf customers asking for email, payers by
# check, couriers collecting a contract, buyers of a product, owners upset by a review and
# agencies asking for reseller pricing get no signal.
SIXTH_PASS_BUYERS = [
    'Hi, is the 15% off code from your email still valid? The checkout rejects it.',
    'Your newsletter had a 10% off voucher; can I use it on sale items?',
    'We run a small chain of salons and need a spam filter for our booking form. Price for 4 '
    'sites?',
    'Do you want more details about our setup before quoting? We have 3 sites.',
    'I am deaf, so please reply by email rather than phone. Do you have a plan for one site?',
    'Can I pay by certified check? Our accounts team does not use cards.',
    'My courier will pick up the signed contract on Friday if that works for you.',
    'We want to invest in a better spam filter this year. What does your business plan cost?',
    'I would like to buy your product for our office. Do you send an invoice?',
    'A customer left us a one-star review after your form rejected him. Can you check why?',
    'Our reply to a bad review was flagged as spam by your tool. Before it goes public, can '
    'you check?',
    'We help clinics in our region with IT. Do you offer reseller pricing?',
    'Our influencer program gets fake sign-ups with 10k followers claims. Can you filter those?',
    'Is the special price this month also valid for annual plans?',
    'Do you accept paid invoices by bank transfer from abroad?',
    'Quel est le délai pour une installation ? Merci.',
    'Bonjour, quels sont vos tarifs pour trois sites ?',
    'We manage our listings ourselves, but the contact form gets spam daily. Can you help?',
    'Can you send me a short video of the setup? Our IT lead wants to see it first.',
    'Please send your bank details and we will pay the invoice before it goes live.',
    'We run ads for local businesses ourselves; what does your filter cost per site?',
    'Please add the shipping fee to the invoice and refund the difference to my card.',
]


# An agency says what it is as a seller would, then asks for the reader's agency plan.
AGENCY_PLAN_BUYERS = [
    "Buongiorno, siamo un'agenzia di marketing e seguiamo SEO e campagne per diversi clienti. "
    "Vorremmo sapere se la vostra piattaforma prevede un piano per agenzie. Ci potete contattare?",
    "Bonjour, nous sommes une agence web. Votre plateforme propose-t-elle une offre pour "
    "agences ?",
    "Hallo, wir sind eine Agentur für Online-Marketing. Gibt es Preise für Agenturen mit "
    "mehreren Kunden?",
]


# The seventh pass (after the ninth blind set and writers w17-w18): applicants following up or
# answering a job ad, a licensed trade saying so, a customer asking what the reader's product
# can do, and a lender's staff calling its own forms junk.
SEVENTH_PASS_BUYERS = [
    "Hello, I applied to the data analyst opening in October and got no reply yet. Is the role "
    "still open? My portfolio: https://portfolio.example/ana",
    "Hi, I found your job posting for a backend developer. My GitHub: "
    "https://github.com/example-dev",
    "Hallo, ik solliciteer naar de functie van support medewerker. Mijn cv: https://cv.example/j",
    "We are a licensed online pharmacy in Ireland and refuse every order without a "
    "prescription. Can your tool mark those requests for us?",
    "Somos un operador de apuestas con licencia de la autoridad local. ¿Pueden confirmarnos que "
    "los datos se quedan en la UE?",
    "Somos una financiera de préstamos personales en Chile. Nos interesa el plan Business, "
    "¿pueden enviarnos una cotización?",
    "Trabajo en una financiera de créditos y la mitad de las solicitudes son basura. ¿Tienen "
    "prueba gratuita?",
]
# ... and the spam those cues must not excuse.
SEVENTH_PASS_SPAM = [
    "We are a licensed online pharmacy: Viagra and Cialis without prescription, 80% off, "
    "order now https://pills.example/",
    "Préstamos personales sin aval, aprobados en 24 horas, escríbenos por WhatsApp ahora.",
    "I saw you're hiring! We are a staffing agency with 300 pre-vetted developers at $20/hour. "
    "Book a call: https://staff.example/book",
]


# The eighth pass (2026-11-30, after writers w16-w18): plain, polite offers with no spam words,
# a provider saying what it supplies and offering it to the reader ("if you ever need ...",
# "we would be glad to quote", "shall we send ...", stands still free), in many languages; and
# genuine messages that describe a spammy trade, invite the reader unpaid, apply for a job or
# report a bug with a screenshot link.
EIGHTH_PASS_HITS = [
    # a seller presenting itself, then offering its work to the reader
    ("Our practice supplies locum pharmacists to clinics. If you ever need cover at short "
     "notice, we would be glad to quote.", "a sales pitch"),
    ("Our company installs heat pumps in office buildings. Please keep us in mind for your "
     "next refurbishment.", "a sales pitch"),
    ("Allow me to introduce our bakery wholesale service. We would be pleased to prepare a "
     "quotation for your canteen.", "a sales pitch"),
    ("I represent a family-run furniture workshop. Happy to send you our catalogue and a "
     "price list.", "a sales pitch"),
    ("We are a Portuguese producer of cork flooring. Let me know if you would like a sample.",
     "a sales pitch"),
    ("We manufacture branded umbrellas and caps in small runs. Send us your quantities and we "
     "reply the same day.", "a sales pitch"),
    ("I'm a freelance trademark attorney. If you like, I can check whether your name is "
     "still free in the EU.", "a sales pitch"),
    ("We are a regional scaffolding contractor covering the whole county. We would welcome "
     "the chance to quote.", "a sales pitch"),
    ("I recruit data engineers for scale-ups. Happy to send you two anonymised profiles.",
     "a sales pitch"),
    ("I audit websites for screen-reader problems. Could I send you a short sample report?",
     "a sales pitch"),
    ("We can test your checkout with real shoppers. Would a 15-minute call be useful?",
     "a sales pitch"),
    ("Our agency can act as your outsourced marketing department. We may be able to help.",
     "a sales pitch"),
    ("Most of our clients use us to cover holidays. We would be happy to help your team too.",
     "a sales pitch"),
    ("We offer forklift leasing for warehouses of any size. I'd love to help you plan yours.",
     "a sales pitch"),
    ("We are a vending company: we place snack machines in offices. May I arrange a free "
     "site survey?", "a sales pitch"),
    ("We are a freight broker and can offer weekly groupage to Spain. Get in touch if you'd "
     "like a quote.", "a sales pitch"),
    ("We take care of payroll for firms with fewer than fifty people. Would you need help "
     "with your payslips?", "a sales pitch"),
    ("Our trainers run fire-warden courses at your premises. If you have any requirement, "
     "we would be glad to quote.", "a sales pitch"),
    ("We run a specialist translation agency for patents. It could be a good fit for your "
     "team. Shall I send details?", "a sales pitch"),
    ("We are an employer of record and can hire people for you in Brazil. Happy to explain "
     "how it works.", "a sales pitch"),
    ("I only take on a handful of clients each year. Would you need help with your annual "
     "accounts?", "a sales pitch"),
    ("We manage Etsy seller accounts end to end. Would you like a quick review of your shop?",
     "a sales pitch"),
    ("We are a manufacturer of ceramic tiles and would be glad to become your supplier.",
     "a sales pitch"),
    ("Our studio provides product photography for catalogues. We can usually deliver within "
     "a week. Interested?", "a sales pitch"),
    ("Our office delivers interim controllers. We would be glad to talk about your needs. "
     "Could I send you our rates?", "a sales pitch"),
    ("We build exhibition furniture for trade shows. Are you exhibiting anywhere next spring?"
     " Happy to send our brochure.", "a sales pitch"),
    ("We organise a packaging expo in May; a few stands are still available. Would you like "
     "to receive our exhibitor brochure? Happy to send our brochure.", "a sales pitch"),
    ("We are a coffee roaster supplying offices. Please tell us if you would like a sample "
     "box, and we would be pleased to prepare a tasting plan.", "a sales pitch"),
    ("We supply safety shoes to builders and would like to send the right person a price "
     "list. Would you like a free comparison of what you pay today?", "a sales pitch"),
    ("We help wineries find importers abroad. Are you planning anything for next season? "
     "We would be glad to meet.", "a sales pitch"),
    ("We provide mystery shopping for car dealers. We would be happy to help you see your "
     "showroom as a buyer does.", "a sales pitch"),
    ("I can test your checkout in ten languages and translate one page for free.",
     "a sales pitch"),
    # German, French, Spanish, Italian, Portuguese, Dutch, Polish
    ("Wir sind eine Druckerei aus Köln und liefern Broschüren in drei Tagen. Gerne erstellen "
     "wir Ihnen ein Angebot; bei Interesse senden wir Muster.", "a sales pitch"),
    ("Ich bin Übersetzerin für Italienisch. Kostenloser Vergleich Ihrer aktuellen Texte? "
     "Sollen wir Ihnen ein Beispiel schicken?", "a sales pitch"),
    ("Wir sind eine Gebäudereinigung und reinigen Arztpraxen. Gerne kommen wir bei Ihnen "
     "vorbei.", "a sales pitch"),
    ("Unsere Messe hat noch zwei Standflächen frei. Sollen wir Ihnen die Unterlagen "
     "schicken?", "a sales pitch"),
    ("Nous sommes un cabinet spécialisé dans la paie des PME. Auriez-vous besoin d'aide "
     "pour vos bulletins ?", "a sales pitch"),
    ("Je suis traductrice allemand-français. Je serais ravie de vous proposer un essai ; "
     "pouvons-nous vous envoyer un exemple ?", "a sales pitch"),
    ("Nous fabriquons des présentoirs. N'hésitez pas à nous indiquer vos besoins pour "
     "recevoir un devis. Souhaitez-vous recevoir notre catalogue ?", "a sales pitch"),
    ("Quelques stands sont encore disponibles pour notre salon. Souhaitez-vous recevoir la "
     "brochure ?", "a sales pitch"),
    ("Somos una agencia especializada en ferias. Estaremos encantados de ayudarles; ¿les "
     "interesaría recibir una propuesta?", "a sales pitch"),
    ("Nuestra asesoría lleva las nóminas de pequeñas empresas. Si lo desea, le enviamos un "
     "presupuesto; le damos una oferta cerrada.", "a sales pitch"),
    ("Soy traductora de inglés. ¿Necesitan ayuda para traducir su catálogo?", "a sales pitch"),
    ("Aún quedan algunos stands en nuestra feria. ¿Le envío la información?", "a sales pitch"),
    ("Le escribo de parte de una empresa de mudanzas. Hacemos una visita gratuita.",
     "a sales pitch"),
    ("Siamo un fornitore di cancelleria e forniamo uffici in tutta la regione. Saremmo lieti "
     "di inviarvi un campionario gratuito.", "a sales pitch"),
    ("Sono un commercialista. Posso proporle un confronto gratuito?", "a sales pitch"),
    ("Il nostro studio si occupa di buste paga. Possiamo prepararvi una proposta?",
     "a sales pitch"),
    ("Abbiamo ancora alcuni stand ancora disponibili; se interessati, possiamo mandarvi la "
     "piantina. Possiamo quotarvi lo spazio?", "a sales pitch"),
    ("Sou tradutora de espanhol. Vocês precisam de ajuda para traduzir o site? Faço um teste "
     "gratuito.", "a sales pitch"),
    ("Nosso escritório de contabilidade atende pequenas empresas. Podemos enviar uma "
     "proposta?", "a sales pitch"),
    ("Gostaríamos de apresentar os nossos produtos e podemos enviar amostras sem custos. "
     "Atendemos escritórios em todo o país.", "a sales pitch"),
    ("Trabalho com recrutamento de engenheiros e posso enviar os perfis.", "a sales pitch"),
    ("Wij zijn een leverancier van drukwerk die flyers levert binnen twee dagen. Graag "
     "sturen wij u een offerte.", "a sales pitch"),
    ("Graag stellen wij ons aan u voor. Wij zijn een schoonmaakbedrijf en verzorgen "
     "kantoren; ik kom graag langs.", "a sales pitch"),
    ("Mocht u personeel zoeken, dan denken wij graag met u mee. Wij zijn een uitzendbureau "
     "gespecialiseerd in logistiek.", "a sales pitch"),
    ("Er zijn nog drie standplaatsen beschikbaar op onze beurs. Heeft u interesse?",
     "a sales pitch"),
    ("Jesteśmy firmą obsługującą transport chłodniczy. Czy mogę przygotować wycenę?",
     "a sales pitch"),
    ("Jestem tłumaczką języka niemieckiego. Chętnie przygotuję próbkę; chętnie wyślemy "
     "cennik.", "a sales pitch"),
    ("Nasze biuro prowadzi księgowość spółek. Chcielibyśmy przedstawić Państwu naszą ofertę.",
     "a sales pitch"),
    # Turkish, Japanese, Chinese, Korean, Russian, Swedish, Indonesian, Vietnamese
    ("Muhasebe hizmetleri veren bir ofisiz. Size teklif verebiliriz.", "a sales pitch"),
    ("Serbest çevirmenim. Ürünlerinizi tanıtmak isteriz; kısa bir görüşme yapabilir miyiz?",  # noqa: RUF001
     "a sales pitch"),
    ("Şirketimiz yazılım desteği sağlıyor. İlgilenirseniz örnekleri paylaşabilirim.",  # noqa: RUF001
     "a sales pitch"),
    ("弊社は清掃代行を行っております。お見積りをお送りいたします。", "a sales pitch"),
    ("我是一名自由设计师，希望有机会为贵公司提供服务。", "a sales pitch"),  # noqa: RUF001
    ("我们工厂专业生产纸箱，可免费寄样。", "a sales pitch"),  # noqa: RUF001
    ("今年我们仍有少量展位，不知贵公司是否有兴趣参加？", "a sales pitch"),  # noqa: RUF001
    ("영어 번역가입니다. 견적을 보내드리겠습니다.", "a sales pitch"),
    ("세무 사무소입니다. 상담을 원하시면 연락 주세요. 샘플을 보내드릴 수 있습니다.",
     "a sales pitch"),
    ("Наша компания оказывает услуги по уборке офисов. Будем рады помочь.", "a sales pitch"),
    ("Приглашаем вашу компанию на выставку: остались свободные стенды.", "a sales pitch"),
    ("Мы кадровое агентство. Хотели бы предложить вам сотрудничество.", "a sales pitch"),
    ("Jag är frilansande översättare. Behöver ni hjälp med er webbplats?", "a sales pitch"),
    ("Vi är en byrå som sköter bokföring. Vi kommer gärna förbi.", "a sales pitch"),
    ("Kami perusahaan jasa desain interior. Kami ingin memperkenalkan layanan kami.",
     "a sales pitch"),
    ("Tôi là dịch giả tiếng Nhật. Quý công ty có cần dịch tài liệu không?", "a sales pitch"),
    ("Chúng tôi cung cấp đội ngũ kỹ sư. Rất mong có cơ hội hợp tác.", "a sales pitch"),
    ("I represent a small cabinet-making company. Glad to share a fixed-price proposal.",
     "a sales pitch"),
    ("I photograph restaurant dishes for menus. Happy to run a one-day trial shoot.",
     "a sales pitch"),
    ("I'm a sourcing agent in Izmir and can be your person on the ground. We would send our "
     "best offer.", "a sales pitch"),
    ("Our company organises a yearly logistics award and we think your company would be a "
     "strong candidate. Could I send you the entry form?", "a sales pitch"),
    ("We are a data-centre company: we host servers for banks. Would you be open to a short "
     "introduction call?", "a sales pitch"),
    ("Our firm provides waste collection for offices. We'd be happy to visit next week.",
     "a sales pitch"),
    ("Wir sind eine Reinigungsfirma und bieten Büroreinigung. Kostenlose Besichtigung? "
     "Erstellen wir Ihnen gerne.", "a sales pitch"),
    ("Wij zijn een verpakkingsbedrijf dat dozen maakt. Gratis monsters; ik kom graag langs.",
     "a sales pitch"),
    ("Nos gustaría presentarle nuestros productos de limpieza; le enviamos muestras sin coste.",
     "a sales pitch"),
]
EIGHTH_PASS_BUYERS = [
    # buyers who say who they are, then ask about the reader's product
    "We are a commercial cleaning company with 40 staff. Does your rota app work offline?",
    "We're a manufacturer of garden furniture and would like a demo of your planning tool.",
    "Wir sind eine Spedition mit 30 Lkw und möchten Ihre Tourenplanung testen.",
    "Nous sommes un fabricant de meubles et souhaitons une démonstration de votre logiciel.",
    "Somos una empresa familiar que fabrica cajas y queremos pedir una demo.",
    "Vi är ett familjeföretag som tillverkar möbler och vill boka en demo.",
    "Kami perusahaan logistik dengan 40 pengguna. Apakah ada uji coba gratis?",
    "我们是一家物流公司，想了解贵公司系统的价格。",  # noqa: RUF001
    "Chúng tôi là công ty thương mại và muốn xem bản demo.",
    # genuine messages of the kinds w17 and w18 hold: a trade described, an integration,
    # an unpaid invitation, an applicant, a bug report, a partner's listing
    "Online casino here. Players use our form to complain about withdrawals; can your filter "
    "leave those alone?",
    "We run a small dating site. Fake accounts with stolen pictures are our main problem. "
    "What does your API return for them?",
    "Hi, we're an integration partner for dental software and would like to discuss a "
    "native integration. Our API docs: https://docs.example-dental.io/api",
    "We host a bootstrapped-founders podcast (no sponsors, we don't charge guests). Would "
    "your CEO join us? Episodes: https://podcast.example/show",
    "Hello, I noticed you're hiring a data analyst. My GitHub has the notebooks closest to "
    "your product: https://github.com/example-analyst",
    "I'm between jobs and offering a few free accessibility reviews to build my portfolio. "
    "Would your team like one?",
    "不具合があります。スクリーンショット：https://gyazo.com/abc123",  # noqa: RUF001
    "弊社は広告代理店です（https://example.jp/company）。代理店向けのプランはございますか。",  # noqa: RUF001
    "我们有三个网站，想了解你们的价格。",  # noqa: RUF001
    "We would like references from customers of our size before we sign.",
    "Our listing is ready: https://partners.example.io/listing/12. Could you publish it on "
    "your integrations page?",
    # a real organiser's invitation, without seller's scarcity or offer
    "Hello, we organise a regional logistics forum and would like to invite your CTO to "
    "speak. Happy to send the programme.",
]


# The ninth pass (2026-11-30, after the tenth and eleventh blind sets): terse offers of one or two
# sentences with one cue each kind had missed: a factory's own price, developers "available" at
# an hourly rate or counted in a non-English pitch, "I help <companies> get <meetings>", "I can
# get your CEO on ...", leave asked to present a collaboration in Romanian or Polish; and buyers
# or genuine suppliers who use the same words about the reader's product or price.
NINTH_PASS_HITS = [
    # a factory presenting itself with its own price or stock
    ("Somos fábrica de cajas de cartón en Vietnam. Precio de fábrica y envío a Europa.",
     "a sales pitch"),
    ("Siamo una fabbrica di guanti in nitrile. Prezzi di fabbrica, spedizione in tutta Europa.",
     "a sales pitch"),
    ("Jesteśmy producentem worków foliowych. Niskie ceny i krótkie terminy.", "a sales pitch"),
    ("We are a ceramic tile plant in Morbi. Ready stock in 40 designs. Please send your "
     "requirement.", "a sales pitch"),
    ("We supply cheap LED drivers straight from the factory. Are you the right person for "
     "component purchasing?", "a sales pitch"),
    # developers on offer, counted or "available" at a rate
    ("Tenemos programadores Java en Colombia disponibles por $30/hora. ¿Le interesa?",
     "a sales pitch"),
    ("Suntem o agenție de design din Iași cu 80 programatori. V-ar interesa o ofertă?",
     "a sales pitch"),
    ("Jesteśmy zespołem z 120 programistami. Czy możemy przedstawić ofertę współpracy?",
     "a sales pitch"),
    # a one-line service offer with a second cue
    ("Ayudamos a startups B2B a conseguir demos con directores financieros. Pago por reunión: "
     "$90.", "a sales pitch"),
    ("I help logistics companies book meetings with retail buyers. Fees from $400 a month.",
     "a sales pitch"),
    ("I'm a media booker. I can get your founder on ten industry podcasts this spring. "
     "Interested?", "a sales pitch"),
    ("I'd like to offer our non-dilutive growth loans to your team: no equity, money in a "
     "week.", "a sales pitch"),
    ("We do outbound calling for exporters; our reps in Kenya phone 800 importers a week.",
     "a sales pitch"),
    ("Wir erstellen Imagefilme für Maschinenbauer. Beispiele: https://films.example/showreel",
     "a sales pitch"),
    ("Still typing orders into the ERP by hand? Our bot reads the PDFs for you. 30-day free "
     "trial.", "a sales pitch"),
    ("Hola, con nuestro servicio su anuncio llega a 20.000 formularios de contacto en una "
     "semana.", "a contact-form advertising offer"),
]
NINTH_PASS_BUYERS = [
    # buyers asking about the reader's factory price or hours
    "¿Cuál es su precio de fábrica para 5.000 cajas? Somos importadores en Lima.",
    "Qual é o vosso preço de fábrica para 2 contentores? Pagamos por carta de crédito.",
    "Are you the right contact for our warranty claim? Order 4471 arrived damaged.",
    # firms that say who they are, then ask to buy
    "Somos una fábrica de muebles y buscamos un software de planificación. ¿Agendamos una "
    "demo?",
    "Jesteśmy producentem mebli i szukamy systemu do planowania produkcji. Prosimy o ofertę.",
    "Wir sind ein mittelständischer Hersteller von Armaturen und suchen eine Lösung für die "
    "Zeiterfassung.",
    "We're a software house with 30 developers and need timesheets for all of them. Can we "
    "schedule a call?",
    # a genuine supplier writing once, with one cue only
    "We are a Turkish manufacturer of towels looking for importers in Europe. Do you buy "
    "finished goods?",
    "Siamo distributori di prodotti dentali: potete inviarci il listino con i prezzi bassi "
    "per rivenditori?",
]


# After the twelfth blind set: a run of Han or kana counts a word per two characters, so a
# Chinese request with its tender documents is no lone link; lures in Japanese, Chinese and
# Korean are named by their own words instead; a client asking the reader's people for help and
# an applicant's CV in Urdu, Hindi and Arabic take weight off.
TENTH_PASS_BUYERS = [
    "这是我们的采购需求说明：https://docs.example/rfp/2027.pdf，请在下周五前报价。",  # noqa: RUF001
    "添付の仕様書をご覧ください：https://docs.example/spec/88 来月までにお見積りをお願いします。",  # noqa: RUF001
    "Our father died last spring and left a crypto wallet whose recovery phrase we cannot find. "
    "Could your probate lawyers help us with the exchange and the court?",
    "میں آپ کے لاہور دفتر میں ملازمت کے لیے درخواست دینا چاہتی ہوں۔ میری سی وی: https://cv.example/a",  # noqa: RUF001
]
TENTH_PASS_HITS = [
    ("お客様のアカウントは24時間以内に停止されます。確認はこちら：https://verify.example/jp",  # noqa: RUF001
     "a scam or phishing lure"),
    ("您的账户将被冻结，请点击链接验证：https://verify.example/cn", "a scam or phishing lure"),  # noqa: RUF001
    ("계정이 정지될 예정입니다. 아래 링크를 눌러 인증하세요: https://verify.example/kr",
     "a scam or phishing lure"),
    ("点击这里 https://deal.example/offer/31", "a link and almost no other text"),
]


@pytest.mark.parametrize("message", [*B2B_PITCHES, *PITCH_HOOKS])
def test_pitches_of_any_service_are_named(policy_check: SpamMessage, message: str) -> None:
    """A seller's voice plus a second kind of cue is a sales pitch, whatever the service."""
    found = evidence(policy_check, message)
    assert found is not None and "a sales pitch" in found, found


# The eleventh pass (2026-11-30, after the thirteenth blind set): overdue invoices, new bank
# accounts, collection threats, work-mailbox logins and a register of trade in the Nordic,
# Baltic, Central European and Turkish languages; links sold in the Nordic languages; factories
# asking for the reader's drawings; "we offer ... from 20 EUR" in the languages of the region;
# the price template with "your prices" or "your price list"; s.id links written bare. And the
# customers who use the same words: a buyer with an overdue invoice of their own, one asking
# whether a bank-change email is real, resellers applying, a buyer quoting a competitor.
ELEVENTH_PASS_HITS = [
    ('Hei, lasku 5521 on erääntynyt jo kolme viikkoa sitten. Maksa tästä: '
     'https://pay.example/fi/5521',
     'a scam or phishing lure'),
    ('Hej, er faktura 8812 är förfallen sedan 30 dagar. Betala här för att undvika inkasso: '
     'https://pay.example/se',
     'a scam or phishing lure'),
    ('Labdien, rēķins 7731 ir nokavēts. Lūdzu, apmaksājiet šeit: https://pay.example/lv',
     'a scam or phishing lure'),
    ('Merhaba, 4410 numaralı faturanızın ödemesi gecikmiştir. Ödeme için: https://pay.example/tr',  # noqa: RUF001 (Turkish dotless i)
     'a scam or phishing lure'),
    ('Dear supplier, our company has changed banks. Future payments must be made to our new '
     'account; reply to this email to receive the details.',
     'a scam or phishing lure'),
    ('Tisztelt Partnerünk! Bankszámlaszámunk megváltozott, kérjük a 2231 számú számlát az új '
     'számlaszámra utalni.',
     'a scam or phishing lure'),
    ('Guten Tag, ich bin gerade in einem Meeting. Können Sie eine dringende Überweisung '
     'erledigen? Bitte antworten Sie nur per E-Mail.',
     'a scam or phishing lure'),
    ('Gewerbeauskunft 2027: Ihre Firmendaten müssen geprüft werden. Bitte unterschreiben Sie '
     'das Formular: https://register.example/form',
     'a scam or phishing lure'),
    ('Purchase order 7781 attached. Open it through the link below, Microsoft 365 login '
     'required: https://po.example/7781',
     'a scam or phishing lure'),
    ('Hei, dere er invitert til å gi tilbud. Dokumentene finner dere her: '
     'https://docs.example/no Logg inn med jobb-e-post.',
     'a scam or phishing lure'),
    ('Your office webcam footage is publicly accessible. Pay us 300 EUR to remove it from our '
     'index: https://cam.example/x',
     'a scam or phishing lure'),
    ('Hej, vi säljer länkar från svenska bloggar. 200 länkar för 99 dollar.',
     'an SEO / backlink offer'),
    ('Moi, myymme takalinkkejä suomalaisilta sivustoilta. Kiinnostaako?',
     'an SEO / backlink offer'),
    ('안녕하세요, 귀사 사이트의 검색 순위를 올려드립니다.',
     'an SEO / backlink offer'),
    ('We are a manufacturer of LED drivers with 18 years experience. Samples are free, price '
     'list on request.',
     'a sales pitch'),
    ('We are a CNC turning and milling workshop. Send us your drawings for a free quotation.',
     'a sales pitch'),
    ('Jesteśmy firmą świadczącą usługi cięcia laserowego. Prosimy o przesłanie rysunków do wyceny.',
     'a sales pitch'),
    ('Firmamız plastik enjeksiyon parçalar üretmektedir. Teknik resimlerinizi gönderin, teklif '  # noqa: RUF001 (Turkish dotless i)
     'verelim.',
     'a sales pitch'),
    ('Hei, tarjoamme testausta alkaen 30 €/tunti. Kokeillaanko pienellä projektilla?',
     'a sales pitch'),
    ('Labdien! Piedāvājam logo dizainu no €15. Piemēri: https://design.example/lv',
     'a sales pitch'),
    ('Do you need product videos of your machines? Shoots from $40 per product.',
     'a sales pitch'),
    ('We buy surplus PLCs and drives. Best prices, free pickup in Germany.',
     'a sales pitch'),
    ('Moi, haluaisin tietää hinnastonne.',
     'the multilingual "I wanted to know your price" template'),
    ('Hei, jeg ønsket å vite prisene deres.',
     'the multilingual "I wanted to know your price" template'),
    ('Dobrý den, chtěl bych vědět vaše ceny.',
     'the multilingual "I wanted to know your price" template'),
    ('Laba diena, norėčiau sužinoti jūsų kainas.',
     'the multilingual "I wanted to know your price" template'),
    ('Tere, soovisin teada teie hinnakirja.',
     'the multilingual "I wanted to know your price" template'),
    ('Jó napot, az áraitokat szeretném tudni.',
     'the multilingual "I wanted to know your price" template'),
    ('안녕하세요, 가격표를 알고 싶어요.',
     'the multilingual "I wanted to know your price" template'),
    ('Hello, I wanted to know your price for wholesale.',
     'the multilingual "I wanted to know your price" template'),
    ('Termin buchen: s.id/AbCdEf',
     'a link shortener (s.id)'),
]
ELEVENTH_PASS_BUYERS = [
    'Our invoice 4471 shows as overdue in your portal, but we paid it on 3 March. Can you check?',
    'We received an email saying your company has changed banks and that we should pay invoice '
    '2231 to a new account. Is that really from you?',
    'Please find our drawings attached; could you quote 500 pieces in stainless steel?',
    "We'd like to become your reseller in Estonia. We are a 12-person automation integrator in "
    'Tartu.',
    'Norėtume tapti jūsų platintoju Lietuvoje, esame 20 žmonių inžinerijos įmonė.',
    'Do you also offer legacy data migration as a service? We have 30,000 drawings in an old PDM.',
    'Your competitor offers it from €20/user a month. Can you match that for 80 users?',
    'We are a manufacturer of hydraulic pumps with 30 years experience and need a PLM for 40 '
    'engineers.',
    'Our products are sold in 25 countries; we need your energy monitoring for three plants.',
    'Tarjoamme asiakkaillemme huoltopalveluja ja tarvitsemme kunnossapito-ohjelmiston 15 '
    'asentajalle.',
    'Teklif verebilir misiniz? 200 adet sensör için fiyat istiyoruz.',
    'Our webcam footage was stolen and someone asks us to pay to remove it. Can your team help?',
    'Do you do this kind of clean-up as a service? Happy to share a sample set under NDA.',
    'Hi, what are your prices for 50 users?',
    'Moi, mitkä ovat hintanne 50 käyttäjälle?',
]


# The twelfth pass (2026-11-30, after the fourteenth blind set): the price template in Italian,
# Greek, Hebrew and more scripts; directory submissions; crypto gains in the Romance languages;
# sellers presenting themselves in Portuguese, Romanian, Hebrew, Arabic and Malay; hourly rates
# and prices per course; unpaid invoices, a new RIB, gift cards for the boss, voicemail notices,
# grants; "see also" under a comment. Beside them, customers: an SEO agency buying licences, a
# bank or a cooperative wanting staff trained about crypto scams, an applicant with a CV link.
TWELFTH_PASS_HITS = [
    ('Ciao, ho scritto per il vostro listino.',
     'the multilingual'),
    ('Γεια σας, έγραψα για την τιμή σας.',  # noqa: RUF001 (Greek)
     'the multilingual'),
    ('Olá, gostaria de saber o preço para revenda.',
     'the multilingual'),
    ('Are you listed in the top 40 directories for dental clinics? We submit you to all of '
     'them for $39.',
     'an SEO / backlink offer'),
    ('Gane hasta 3.000 USD semanales invirtiendo en criptomonedas con nuestro bot.',
     'a crypto / investment offer'),
    ('Data entry and CRM clean-up: $9/hour. Our team of 40 people is based in Bangladesh.',
     'a sales pitch'),
    ('Olá! Criamos aplicativos de ensino para escolas, entrega em 10 dias. Podemos enviar '
     'nosso portfólio?',
     'a sales pitch'),
    ('Bună ziua, suntem o firmă de dezvoltare web din Cluj și lucrăm la prețuri competitive. '
     'Vă putem trimite oferta?',
     'a sales pitch'),
    ('We convert old slide decks into SCORM packages. Bulk pricing: $30 per course. Free pilot '
     'for one module.',
     'a sales pitch'),
    ('Gentile cliente, la fattura 2231 risulta insoluta. Scarichi il bollettino qui: '
     'https://pay.example/it',
     'a scam or phishing lure'),
    ('Stimate client, factura 8812 este restantă. Pentru a evita suspendarea serviciilor, '
     'plătiți aici: https://pay.example/ro',
     'a scam or phishing lure'),
    ('Bonjour, suite à un changement de banque, merci de mettre à jour notre RIB avant le '
     'prochain règlement.',
     'a scam or phishing lure'),
    ("Hi, I need you to buy 5 Google Play gift cards ($100 each) for a client event. It's a "
     'surprise, so keep it between us.',
     'a scam or phishing lure'),
    ('You have 2 new voicemails from a caller in Lagos. Listen: https://vm.example/2',
     'a scam or phishing lure'),
    ('Parabéns! Sua instituição foi selecionada para receber um auxílio de formação. '
     'Cadastre-se até sexta: https://grant.example/pt',
     'a scam or phishing lure'),
    ('Super article ! Voir aussi : https://a.example/x et https://b.example/y',
     'blog-comment spam phrasing'),
]
TWELFTH_PASS_BUYERS = [
    'Somos una agencia de SEO en Monterrey y queremos comprar licencias para 12 personas. ¿Hay '
    'precio por equipo?',
    'Reprezentăm o bancă din Cluj: vrem un program pentru angajați despre phishing și '
    'escrocherii cu cripto.',
    'Somos uma cooperativa e queremos treinar a equipe sobre golpes de investimento em cripto.',
    'We are a credit union and need to train staff on crypto investment scams and phishing. Do '
    'you run simulations?',
    "I'm a learning designer in Nairobi (Storyline, 6 years). I saw you are hiring trainers. "
    'CV: https://cv.example/w I can start in March.',
    'Do you need our VAT number for the invoice?',
    'Our team of 12 people is based in Porto and we need an LMS for onboarding.',
]


# The thirteenth pass (2026-11-30, after the fifteenth blind set): the price template in more
# languages and transliterations; commodity brokers' advance-fee schemes (ICUMSA 45 sugar, EN590
# with LOI and ICPO); sellers in Dutch, Serbian, Russian and Hindi; bank details changed and
# payments said to have failed; the right person to talk to about SEO. Beside them, customers:
# heavy haulage needing escorts, a customer asking whether a message in the reader's name is
# real, a distributor applying.
THIRTEENTH_PASS_HITS = [
    ('Hei, jeg ønsket å vite prisene deres.',
     'the multilingual'),
    ('Barev, uzum ei imanal dzer giny.',
     'the multilingual'),
    ('Xin chao, toi muon biet gia cua ban.',
     'the multilingual'),
    ('Hi, main aap ki qeemat janna chahta tha.',
     'the multilingual'),
    ('We are a direct mandate for EN590 diesel. Buyer must issue LOI and ICPO before any '
     'procedure.',
     'a make-money-fast offer'),
    ('We have 300 tons of ICUMSA 45 sugar ready to ship and pay 3% commission to partners.',
     'a make-money-fast offer'),
    ('Goedendag, wij leveren gebruikte heftrucks in heel Nederland. Vraag een prijs aan: '
     'https://fork.example/nl',
     'a sales pitch'),
    ('We manufacture insulated shipping boxes. MOQ 200 pieces, best price, fast delivery.',
     'a sales pitch'),
    ('Poštovani, nudimo video nadzor za skladišta po povoljnim cenama. Besplatna '
     'demonstracija: https://cam.example/rs',
     'a sales pitch'),
    ('Добрый день! Продаём б/у рефрижераторы, склад в Казани. Скидка 15% до пятницы.',  # noqa: RUF001 (Russian)
     'a sales pitch'),
    ('Dear partner, our bank account details have changed. All payments from now on must be '
     'sent to our new account.',
     'a scam or phishing lure'),
    ('Your payment for order 5512 failed. Please send it again to our new account at a bank in '
     'Hong Kong.',
     'a scam or phishing lure'),
    ('Hi, is this the right person to talk about SEO? If not, please forward this.',
     'an SEO / backlink offer'),
    ('We buy used forklifts for cash. Pay the inspection fee of $90 to book our surveyor.',
     'a scam or phishing lure'),
]
THIRTEENTH_PASS_BUYERS = [
    "Harbour Foods runs 12 depots across Leeds. Would you do a proof of concept for our "
    "logistics team? Details: https://harbourfoods.example",
    'We need to move a 52 t transformer from Gdansk to Tbilisi: route survey, police escorts '
    'and permits included, please.',
    'Yesterday I got an SMS with your company\'s name: "Your parcel is on hold, pay the '
    'release fee here: https://release.example/pay". I did not click. Is this from you?',
    'Nous avons reçu un e-mail « votre domaine expire, payez ici ». Est-ce bien de vous ?',
    'We are a distributor of measuring instruments in Hungary and would like to add your '
    'sensors to our range.',
]


def test_a_link_to_the_senders_own_site_before_a_full_stop_is_theirs(
        policy_check: SpamMessage) -> None:
    """"... on our portal: https://health.example." ends a sentence: the full stop is not part of
    the host, so the portal is the sender's own."""
    message = ("We are a regional health authority inviting quotations for cold-chain freight "
               "in 2027. Tender documents are on our portal: {link}. Submissions by email only, "
               "no fees.")
    assert screened(policy_check, message.format(link="https://www.health.example"),
                    "procurement@health.example") == []
    assert [s.code for s in screened(policy_check,
                                     message.format(link="https://tender-docs-portal.xyz"),
                                     "procurement@health.example")] == ["message.spam_content"]


# The fourteenth pass (2026-11-30, after the sixteenth blind set): the price template in more
# wordings; suppliers of medical goods in German, Arabic and Chinese; data-protection fines and
# CEO fraud in French and Spanish; "here's more" under praise in Russian. Beside them, the
# customers of the sixteenth set's mistakes: pharmacies and clinics that name the medicines spam
# sells (own_practice), and a support ticket with patients waiting.
FOURTEENTH_PASS_HITS = [
    ("Bonjour, j'aimerais connaître vos tarifs.",
     'the multilingual'),
    ('Hi! I was wondering what your prices are.',
     'the multilingual'),
    ('Selam, fiyatını bilmek istiyordum.',  # noqa: RUF001 (Turkish dotless i)
     'the multilingual'),
    ('Guten Tag, wir liefern Einweghandschuhe direkt ab Werk. Mindestmenge eine Palette. '
     'Aktuelle Preisliste: https://gloves.example/de',
     'a sales pitch'),
    ('Hello, we have refurbished ultrasound machines in stock, tested, with warranty. Reply '
     'for photos and price.',
     'a sales pitch'),
    ('Bonjour, suite à un contrôle de la CNIL, une amende de 90 000 € est envisagée. Répondez '
     'sous 8 jours : https://cnil-dossier.example/',
     'a scam or phishing lure'),
    ("Bonjour, tu es dispo ? J'ai besoin que tu fasses un virement urgent et confidentiel. Je "
     'suis en réunion.',
     'a scam or phishing lure'),
    ('Привет! Хороший сайт. Вот ещё: https://a.example/x https://b.example/y',
     'blog-comment spam phrasing'),
]
FOURTEENTH_PASS_BUYERS = [
    'We run two community pharmacies in Cork and need stock software that keeps the controlled '
    'drugs register and flags tramadol and sildenafil dispensing.',
    'Unsere Apotheke sucht eine Warenwirtschaft mit elektronischem BtM-Buch; '
    'Semaglutid-Kontingente sollten wir auch verwalten können.',
    'Notre pharmacie cherche un logiciel qui gère le registre des stupéfiants et le suivi du '
    'tramadol.',
    "We're a men's health clinic (erectile dysfunction, testosterone). Can appointment "
    'reminders leave out the reason for the visit?',
    'The lab interface has been down since 7am, ticket #48812. We have 30 patients waiting for '
    'results.',
]


# An online pharmacy is no practice of one's own (own_practice counts no online, internet or
# mail-order pharmacy): its offer stays a pharmacy offer.
ONLINE_PHARMACIES = [(message, "a pharmacy / pills offer") for message in (
    "Buy tramadol and sildenafil online, no prescription needed: https://meds.example/shop",
    "We are an online pharmacy: cheap tramadol without prescription, discreet shipping.",
    "Our online pharmacy ships tramadol and sildenafil without prescription.",
    "Our pharmacy online: cheap sildenafil, next-day delivery.",
)]


# The fifteenth pass (2026-11-30, after the seventeenth blind set): "I wrote about your price" in
# more languages; ICPO, JP54 and dip tests; bank accounts changed in Polish, Chinese and more;
# a wire for the CEO; detailing shops and payroll apps. Beside them, customers: a tender
# announcement linking a government site, a developer asking whether a crypto-funded payment
# through a licensed exchange is accepted.
FIFTEENTH_PASS_HITS = [
    ('Dzień dobry, piszę w sprawie Państwa ceny',
     'the multilingual'),
    ('Hallo, ich habe über Ihren Preis geschrieben',
     'the multilingual'),
    ('Jambo, naandika kuhusu bei yako',
     'the multilingual'),
    ('We have D2 diesel and JP54 at Rotterdam. Buyer issues ICPO, then dip test.',
     'a make-money-fast offer'),
    ('Dzień dobry, informujemy o zmianie numeru rachunku bankowego. Prosimy o zapłatę faktury '
     '5512 na nowe konto: https://pay.example/pl',
     'a scam or phishing lure'),
    ('您好，我公司银行账户已变更，请将发票8812的货款汇入新账户：https://pay.example/cn',  # noqa: RUF001
     'a scam or phishing lure'),
    ('This is the CEO. I need a wire of $14,500 sent before noon. Do not discuss this with '
     'anyone.',
     'a scam or phishing lure'),
    ('We are a steel detailing company. We have worked with 80+ fabricators. Rates from '
     '$14/hour.',
     'a sales pitch'),
    ('Hi, who handles your payroll? Our app does timesheets and overtime. 6 weeks free: '
     'https://pay.example/app',
     'a sales pitch'),
]
FIFTEENTH_PASS_BUYERS = [
    "Dostaliśmy SMS, że konto zostało zablokowane i trzeba się zalogować przez link. To chyba "
    "oszustwo? Zgłaszam.",
    "Several of our hotel guests received messages in the booking chat saying their stay would be "
    "cancelled unless they verified their card within 24 hours, with a link to a fake payment "
    "page. Can your channel manager stop this?",
    'سلام، قیمت سرویس برای یک کلینیک دندانپزشکی چقدر است؟',
    ('招标公告：某医院门诊楼改造项目，招标文件见 '  # noqa: RUF001
     'http://www.ccgp.gov.cn/cggg/2026/t2026_1.htm ，投标截止时间3月1日。'),  # noqa: RUF001
    'We are building 40 villas in Paphos. Some investors pay in USDT through a licensed '
    'exchange; would you accept payment from that account, and which KYC documents do you need?',
]


SIXTEENTH_PASS_HITS = [
    ('Sehr geehrter Lieferant, die Bestellung liegt in unserem Portal. Bitte melden Sie sich mit '
     'Ihrer geschäftlichen E-Mail-Adresse an: https://portal.example/po',
     'a phishing lure'),
    ('Estimado proveedor, la orden de compra 4471 está lista. Inicie sesión con su correo de la '
     'empresa para descargarla: www.orders.example/po',
     'a phishing lure'),
    ('Tedarikçimiz, sipariş formunu görmek için e-posta adresinizle giriş yapın: '  # noqa: RUF001
     'https://po.example/tr',
     'a phishing lure'),
    ('Your mailbox will close today. Sign in with your work email to keep it: '
     'https://mail.example/keep',
     'a phishing lure'),
    ('Su cuenta ha sido suspendida por actividad inusual. Verifique aquí: https://b.example/v',
     'a phishing lure'),
    ('Please note that our bank details have changed after a merger; pay invoice 3391 to our new '
     'account from now on.',
     'a phishing lure'),
    ('Hi, it is Mark. Please buy four Amazon gift cards for a client and email me the codes. '
     "I'm in a meeting and can't talk.",
     'a scam or phishing lure'),
    ('Buenos días, soy el director. Necesito que hagas una transferencia hoy, es confidencial.',
     'a scam or phishing lure'),
    ('We are the official housing bureau for the Hannover fair. Hotels near the fairground are '
     'nearly sold out.',
     'a scam or phishing lure'),
    ('We are a Chinese carton manufacturer offering printed boxes. Large stock, delivery within '
     '10 days.',
     'a sales pitch'),
    ('Sponsor our HR newsletter, read by 40,000 founders and people leaders. $900 per issue.',
     'a sales pitch'),
    ('Base de datos de 8.000 directores de compras de Perú con correo y teléfono.',
     'a contact-list sale'),
    ('Inwestuj w kryptowaluty z gwarantowanym zyskiem 20% miesięcznie: https://c.example/pl',
     'a crypto / investment offer'),
    ('Selamat pagi, saya mau tanya harganya.', 'the multilingual'),
    ('Muraho, nashakaga kumenya igiciro cyanyu.', 'the multilingual'),
    ('Hujambo, ningependa kujua bei yenu.', 'the multilingual'),
    ('Hi, I wanted to know your price for the services.', 'the multilingual'),
]
SIXTEENTH_PASS_BUYERS = [
    "Hello, we are a family bakery from Porto and would like your scheduling software for our "
    "shop; do samples of the reports exist?",
    "Someone sent our staff an email asking them to log in with their work email at a strange "
    "link to see a purchase order. Can your filter block this?",
    "Our supplier says their bank details have changed. How do we verify a new account in your "
    "payments module before we pay?",
    "Hai kak, harga paket untuk 40 karyawan di Surabaya berapa? Terima kasih.",
    "We are a packaging manufacturer with 300 staff in Izmir and need payroll software; what "
    "does the plan cost per employee?",
]


SEVENTEENTH_PASS_HITS = [
    ('안녕하세요. 귀사 웹사이트를 상위 노출 보장 마케팅으로 1페이지에 올려 드립니다.', 'an SEO'),
    ('안녕하세요. 인사 담당자 DB 30,000건 보유 중입니다. 샘플이 필요하시면 연락 주세요.',
     'a contact-list sale'),
    ('Buenas, vendemos bases de datos de directores financieros de Chile, 4.000 contactos '
     'verificados.',
     'a contact-list sale'),
    ('안녕, 가격이 궁금합니다.', 'the multilingual'),
    ('Guten Tag, wie ist Ihr Preis?', 'the multilingual'),
    ('Goedemiddag, ik zou graag uw prijzen weten.', 'the multilingual'),
    ('Ihr Betrieb steht jetzt im Gewerbe-Register. Bitte Daten prüfen: https://reg.example/de. '
     'Mit der Unterschrift wird der Eintrag kostenpflichtig.',
     'a scam or phishing lure'),
    ('Security team: every employee must re-validate their MFA before Friday. Re-validate '
     'here: https://mfa.example/check',
     'a scam or phishing lure'),
    ('Bonjour, nous mettons à disposition des développeurs basés à Tunis. Puis-je vous présenter '
     'nos tarifs ?',
     'a sales pitch'),
    ('%spintax% cheap hosting https://host.example/deal %/spintax%', 'leaked spin syntax'),
]


EIGHTEENTH_PASS_HITS = [
    ("Hi HR, I moved banks. Please change my direct deposit to the new account before Friday's "
     "payroll.",
     "a phishing lure"),
    ("Hola, cambié de banco: necesito que mi nómina se deposite en mi nueva cuenta desde este mes.",
     "a phishing lure"),
    ("For the audit I need all employees' W-2 forms as PDFs today. Send them to me directly.",
     "a phishing lure"),
    ("Travail à domicile : 180 € par jour pour des tâches simples sur votre téléphone.",
     "a make-money-fast offer"),
    ("Bonjour, nous disposons d'un fichier de 20 000 directeurs financiers en Suisse.",
     "a contact-list sale"),
    ("We sell aged Reddit accounts that mention your brand in the right threads.",
     "an SEO"),
    ("Kami penyedia jasa kebersihan kantor di Jakarta. Harga bersaing, kontrak bulanan.",
     "a sales pitch"),
    ("We are a PEO looking for resellers: earn 15% recurring commission on every client. Let me "
     "know if you are interested.",
     "a sales pitch"),
]
NINETEENTH_PASS_HITS = [
    ("Olá, temos uma lista de 8.000 corretores de imóveis com e-mail e telefone. Amostra grátis?",
     "a contact-list sale"),
    ("Hi, is this Anna? Sorry if wrong number. We met at the conference. Are you still investing? "
     "My uncle trades gold on a great platform.",
     "a make-money-fast offer"),
    ("Αγαπητέ χρήστη, ο λογαριασμός σας στην εφαρμογή έχει ανασταλεί. Συνδεθείτε εδώ: "  # noqa: RUF001
     "https://acc.example/gr",
     "a phishing lure"),
    ("Hello, I want to rent your flat but I am abroad for work. I will pay the deposit by "
     "transfer, then please mail me the keys.",
     "a scam or phishing lure"),
    ("Dear tenant, all future rent payments to our new account from today. Payment is overdue: "
     "pay within 24 hours to avoid a late fee.",
     "a scam or phishing lure"),
    ("We are an immigration consultancy for investor visas. Referral fee 7% on every client.",
     "a sales pitch"),
]

TWENTIETH_PASS_HITS = [
    ("Bom dia, fabricamos etiquetas tecidas para marcas de roupa. Pedido mínimo 300 peças.",
     "a sales pitch"),
    ("Merhaba, atölyemiz İzmir'de gömlek üretimi yapmaktadır. Kataloğumuzu göndermemizi ister "  # noqa: RUF001
     "misiniz?", "a sales pitch"),
    ("Hallo, unsere virtuellen Assistentinnen beantworten Ihre Kundenmails ab 9 € pro Stunde.",
     "a sales pitch"),
    ("We guarantee a first page position on Google for 3 keywords within 60 days.",
     "an SEO / backlink offer"),
    ("Gentile cliente, hai ricevuto un nuovo documento da firmare: \"Ordine 2027\". Apri qui: "
     "https://sign-docs.example/v/88", "a scam or phishing lure"),
    ("Please log in to our vendor portal with your company email to see the tender items: "
     "https://vendor-portal.example/login", "a scam or phishing lure"),
    ("Buenas, compro 400 piezas. Mi agente de envíos pasará por la mercancía; páguele el flete "
     "usted y yo se lo reembolso con el pago.", "a scam or phishing lure"),
    ("Sua loja será suspensa em 24 horas por violação das políticas. Verifique: "
     "https://loja-verifica.example/x", "a phishing lure"),
    ("Amei seus vestidos! Confira também https://promo-vestidos.example/go",
     "blog-comment spam phrasing"),
]

# After the twenty-fourth blind set (an e-commerce inbox): a seller asking about its own
# claims, a shop owner asking whether a lure is the reader's.
OWN_COPY_AND_LURE_CUSTOMERS = [
    'Our labels say "clinically proven, 100% guaranteed results or your money back". Is that '
    "wording ok for your marketplace? We want to list 40 products.",
    "Bonjour, j'ai reçu un SMS disant que ma boutique serait fermée si je ne confirmais pas ma "
    "carte via un lien. Je n'ai pas cliqué. C'est bien vous ?",
    "Oi, chegou um e-mail pedindo para eu atualizar os dados bancários da loja num link. É de "
    "vocês? Não cliquei.",
]

TWENTY_FIRST_PASS_HITS = [
    ("Are you available? I need you to take care of a small errand for me. Reply as soon as you "
     "see this.", "a scam or phishing lure"),
    ("I am a UK army captain on duty abroad and I want to invest my savings of $740,000 in your "
     "business. Reply in confidence.", "a prize / lottery / inheritance scam"),
    ("We are a domain registration centre. A company applied for your brand in .asia and .cn. "
     "Tell us within 5 days whether that company is your distributor.", "a scam or phishing lure"),
    ("We have an order for 2 containers. Register as a supplier on our vendor portal to see it: "
     "https://po-portal.example/reg", "a scam or phishing lure"),
    ("Vendemos leads exclusivos de bombas de calor, €15 por lead. ¿Quiere una prueba gratuita?",
     "a contact-list sale"),
    ("Our appointment-setting team available for your region. Commission only, paid per signed "
     "survey.", "a sales pitch"),
    ("We are a battery rack manufacturer from Ningbo. Please send your requirement, I will quote "
     "today.", "a sales pitch"),
    ("We get clinics mentioned in real Reddit threads, 15 aged-account comments a month.",
     "an SEO / backlink offer"),
]

# After the twenty-fifth blind set (a solar installer's inbox): a job applicant answering an ad,
# customers asking whether a lure in the reader's name is theirs.
APPLICANTS_AND_LURE_CUSTOMERS = [
    "Re: Sales Engineer (ref SE-14). I sold heat pumps for four years and doubled the close rate. "
    "Glad to show the figures in an interview. CV: https://drive.example/cv.pdf",
    'Got this SMS, is it from you? "Your meter is blocked, pay the fine within 24h: '
    'https://meter-fine.example/pay". The sender used your name.',
    "A man on WhatsApp using your logo asked for a booking fee to a personal account. Is that one "
    "of your staff? I didn't pay.",
    "Buongiorno, siamo un'azienda di 300 dipendenti. Vorremmo un preventivo per 40 utenti e "
    "sapere se è possibile una prova gratuita.",
]

TWENTY_SECOND_PASS_HITS = [
    ("Dear Counsel, my former partner has agreed to pay the $900,000 he owes me, but only through "
     "a law firm. Once the cheque arrives, deduct your fees and wire the balance to me.",
     "a scam or phishing lure"),
    ("Please keep this strictly confidential and do not discuss it with the team: our counsel "
     "will call you about a wire transfer of $350,000 today.", "a scam or phishing lure"),
    ("CONVOCATION JUDICIAIRE. Sans réponse sous 48 heures, un mandat d'arrêt sera délivré.",
     "a scam or phishing lure"),
    ("Olá, ótimo site https://promo-links.example/x", "blog-comment spam phrasing"),
    ("We sell fake diplomas and transcripts from any university.",
     "counterfeit documents or goods"),
]

# After the twenty-sixth blind set (a law firm's inbox): a small agency in a spammy trade that
# needs its own contract, a client asking whether a "lawyer" who used the firm's logo is real.
OWN_TRADE_AND_LURE_CLIENTS = [
    "I run a small lead-generation agency (3 people). We sell leads to installers and need a "
    "proper reseller agreement. Fixed fee?",
    'A "lawyer" messaged me offering to recover my crypto losses for a fee. They used your logo. '
    "Is this really you?",
    # after the twenty-seventh set (an automotive inbox)
    'Got this SMS today: "Your parking fine is unpaid, pay within 24h at fines-pay.example/p". '
    "We use your reminder texts, so I want to be sure this isn't coming from your side.",
    'We get twenty emails a week from "factories" offering "best price, free samples". One uses '
    "your logo. Are you connected with them?",
]

# The twenty-third pass (after the twenty-eighth blind set, a veterinary inbox): the template in
# more languages, sellers who get the reader mentioned or write to purchasing, scams told as
# stories (pets for the shipping, a wrong number, change in cash), escaped HTML links.
TWENTY_THIRD_PASS_HITS = [
    ("Talofa, sa ou fia iloa lau tau.", "the multilingual"),
    ("Salaan, waxaan rabay inaan ogaado qiimahaaga.", "the multilingual"),
    ("Goeie dag, ek wou net jou prys weet.", "the multilingual"),
    ("Здрасти, исках да знам цената.", "the multilingual"),
    ("Demat, c'hoant am boa da c'houzout ho priz.", "the multilingual"),
    ("Sawasdee, อยากทราบราคาของคุณครับ", "the multilingual"),
    ("Hello, I want know your price.", "the multilingual"),
    ("Kia ora, i hiahia ahau ki te mohio ki to utu.", "the multilingual"),
    ("నమస్తే, మీ ధర తెలుసుకోవాలనుకున్నాను.", "the multilingual"),
    ("I run 800+ WhatsApp groups for parents in Lagos. I can post about your school in every "
     "one of them, $25 per post.", "a sales pitch"),
    ("Dear Procurement Team, we produce stainless kennels and cages. ISO certified. Ask for our "
     "2027 price list.", "a sales pitch"),
    ("Hi again, just following up on the SEO proposal for your bakery. Shall we talk?",
     "a sales pitch"),
    ("Ofrecemos asistentes virtuales bilingües. Solo 7 USD la hora.", "a sales pitch"),
    ("Two Maine Coon kittens free to a good home, you only pay the courier. Email me.",
     "a known scam script"),
    ("Sorry, wrong number! I meant to text my dentist. You seem nice though, where are you from?",
     "a known scam script"),
    ("I will send a cheque for the invoice plus extra, please give me the change in cash.",
     "a known scam script"),
    ("Lost money to a fake crypto exchange or a romance scam? No recovery, no fee.",
     "a scam or phishing lure"),
    ("PTT: gönderiniz depoda bekliyor, 25 TL ödeme yapınız: kargo-odeme.example/x",  # noqa: RUF001
     "a scam or phishing lure"),
    ('&lt;a href=&quot;https://pills.example/&quot;&gt;cheap pills&lt;/a&gt;', "HTML links"),
]

# The twenty-fourth pass (after the twenty-ninth blind set, a fitness inbox): agencies that bring
# a number of new clients a month and charge only for results, workers recruited with the visa,
# flat card fees, the overpaying buyer's own shipper in Spanish and German, copyright scares.
TWENTY_FOURTH_PASS_HITS = [
    ("We bring dental clinics 25+ new patients per month with Google Ads. You only pay for "
     "results.", "a sales pitch"),
    ("Ayudamos a academias a conseguir 30 alumnos nuevos al mes. Solo pagas por resultados.",
     "a sales pitch"),
    ("Nurses recruited from the Philippines, visa support included. Fill your open positions in "
     "30 days.", "a sales pitch"),
    ("Accept cards at 0.9% flat with free card terminals. Switch from your current provider "
     "today.", "a sales pitch"),
    ("Pagaré con cheque bancario y mi transportista recogerá la mercancía. Envíe el total.",
     "a known scam script"),
    ("Zahlung per Kreditkarte, unsere Spedition holt die Ware ab. Bitte Angebot senden.",
     "a known scam script"),
    ("Ihre Website verletzt das Urheberrecht an unseren Fotos. Beweise: bilder-beweis.example/x",
     "a false alarm"),
    ("Felicidades, ha ganado 500.000 euros en la lotería. Contacte con el agente.",
     "a prize / lottery"),
]

# The twenty-fifth pass (after the thirtieth blind set, an insurance inbox): cost per lead,
# guaranteed reviews, bank guarantees to lease, a stranger's life insurance, arrest threats, the
# card payer whose agent gets the balance, "is this still the number for ...".
TWENTY_FIFTH_PASS_HITS = [
    ("We run ads for mortgage brokers, average cost per lead $14. Want to see our case study?",
     "a sales pitch"),
    ("Get 40 reviews guaranteed in 30 days for your clinic.", "an offer to buy, post or remove"),
    ("Fresh cut SBLC from top-25 banks, available for lease. Serious buyers only.",
     "money"),
    ("Wir vergeben Kredite ohne Schufa bis 50.000 €.", "a loan"),
    ("You are the sole beneficiary of a life insurance policy of $3.2 million.",
     "a prize / lottery"),
    ("This is the cybercrime unit. Pay the fine today to avoid arrest.", "a false alarm"),
    ("I will pay by card and you will pay my driver the balance in cash.",
     "a known scam script"),
    ("Hi, is this still the number for the dentist? Let me know.", "a known scam script"),
    ("Wow, awesome. cheap essays https://essay-mill.example/x", "blog-comment spam"),
]

# The twenty-sixth pass (after the thirty-second blind set, a publishing inbox): fees asked before
# a deal, money "sent by mistake" wanted back by gift card, the cheque payer who wants the total
# and the reader's name, "is this still your number?", award nominations with a fee, e-signature
# notices, agencies and mills introducing themselves, unlinked mentions, paid guest posts.
TWENTY_SIXTH_PASS_HITS = [
    ("Great news: a producer wants your novel for a series. To start, there is a one-time "
     "reading fee of $400.", "a known scam script"),
    ("We will fly your band to Abuja and cover the hotel, but you must first pay for the visa "
     "through our travel agent.", "a known scam script"),
    ("Sorry, I accidentally paid you $800 twice. Please send the difference back via gift "
     "cards.", "a known scam script"),
    ("I will pay with a cashier's cheque for the 30 chairs; send me your total and your full "
     "name so the bank can write it.", "a known scam script"),
    ("We order 500 boxes, paid by letter of credit; our forwarder collects, you only pay the "
     "insurance.", "a known scam script"),
    ("Hello Tom? Is this still your number? It's Anna from the gym.", "a known scam script"),
    ("مبروك! لقد فزت بجائزة قدرها 50,000 دولار. راسلنا الآن", "a prize / lottery"),
    ("Ihr Hotel wurde für den Europäischen Gastro Award 2027 nominiert. Zahlen Sie die "
     "Teilnahmegebühr von 290 €.", "a scam or phishing lure"),
    ("You have received a document to review and sign: Invoice 2231. Open: "
     "sign-docs.example/x", "a phishing lure"),
    ("Hello, we are a chat and AI support agency: our bots answer your guests 24/7, setup fee "
     "waived until Friday.", "a sales pitch"),
    ("Nous sommes une agence de communication digitale. Pouvons-nous échanger 15 minutes ?",
     "a sales pitch"),
    ("We are the leading manufacturer of LED panels in Shenzhen. Share your annual volume and "
     "we will quote FOB.", "a sales pitch"),
    ("We are a recruitment agency for the hospitality industry. No placement, no fee.",
     "a sales pitch"),
    ("We help gyms grow memberships with outbound calls. Pay per signup only.", "a sales pitch"),
    ("Buongiorno, siamo una tipografia di Verona, stampiamo cataloghi a prezzi competitivi. "
     "Possiamo inviarvi un preventivo?", "a sales pitch"),
    ("Hi, your article mentions our client's product. Could you turn that mention into a link?",
     "an SEO / backlink offer"),
    ("Hallo, wij betalen € 90 per artikel voor een gastblog met link.", "an SEO / backlink offer"),
]

# The twenty-seventh pass (after the thirty-third blind set, a telecom inbox): contact databases
# in German and Spanish, the cheque payer whose forwarder collects, a small processing fee, "is
# this Mrs. X?", a confidential transfer in French, a lottery in German, voice search spelt with
# -ised, the SEO seller's breakup mail, recruiters' fees, revenue shares, SMS routes, a factory in
# Russian.
TWENTY_SEVENTH_PASS_HITS = [
    ("Verkaufe B2B-Adressen von 18.000 Einkaufsleitern in Österreich, sofort lieferbar.",
     "a contact-list sale"),
    ("Base de datos de 12.000 directores de compras en México, actualizada.",
     "a contact-list sale"),
    ("We buy 40 laptops and pay by cashier's check; my freight forwarder will collect them "
     "Monday.", "a known scam script"),
    ("We fund solar parks at 2% over 20 years; the loan is released after a small processing "
     "fee.", "a known scam script"),
    ("Hi, is this Mrs. Lopez? This is Tom from the club, just confirming Saturday.",
     "a known scam script"),
    ("Bonjour, j'ai besoin d'un virement confidentiel avant midi. Répondez uniquement par "
     "e-mail.", "a scam or phishing lure"),
    ("Sie haben 250.000 Euro in der Sonderziehung gewonnen. Kontaktieren Sie den Notar.",
     "a prize / lottery"),
    ("Is your clinic optimised for voice search? We can fix it this week.",
     "an SEO / backlink offer"),
    ("Should I close your file? I wrote twice about your rankings.", "an SEO / backlink offer"),
    ("Need drivers? We place truck drivers from Kyrgyzstan, our fee is 15% of first-year "
     "salary.", "a sales pitch"),
    ("Launch your own pet food brand in 3 weeks. Revenue share 60/40.", "a sales pitch"),
    ("Bulk SMS direct routes, from $0.004 per SMS. Skype live:routes.king", "a sales pitch"),
    ("Поставляем кабель напрямую с завода, прайс вышлем по запросу.", "a sales pitch"),  # noqa: RUF001
]

TWENTY_EIGHTH_PASS_HITS = [
    ("Jó napot, szeretném tudni az árlistájukat.", "know your price\" template"),
    ("こんにちは、価格表を教えてください。", "know your price\" template"),
    ("Hello, we want your barn for our daughter's wedding, 120 guests. My coordinator will send a "
     "certified check, please email me the total.", "a known scam script"),
    ("Bonjour, nous voulons votre domaine pour 90 invités. Ma secrétaire vous enverra un chèque, "
     "envoyez-moi le montant total.", "a known scam script"),
    ("Hola, mi organizadora pagará con cheque por la fiesta de 60 personas. Envíeme el importe "
     "total.", "a known scam script"),
    ("Salve, la mia segretaria le manderà un assegno per la cena aziendale. Mi dica il totale.",
     "a known scam script"),
    ("Guten Tag, meine Assistentin schickt Ihnen den Betrag per Scheck, bitte nennen Sie mir die "
     "Gesamtkosten.", "a known scam script"),
    ("We will take the tent; my mover will pick it up Friday and I pay by cashier's check.",
     "a known scam script"),
    ("Book the hall for my mother's 80th, I live overseas; I will pay everything now and extra "
     "for your trouble.", "a known scam script"),
    ("I'm hearing impaired and write only by email. We want a quote for a dinner for 90. "
     "Payment will be by two credit cards.", "a known scam script"),
    ("It's Mark from the crew, I broke my phone, this is my new number. Send me the payment link "
     "for Sunday's client.", "a known scam script"),
    ("Two VIP passes for sale at cost, payment through PayPal friends and family only.",
     "a known scam script"),
    ("Grüß Gott, sind Sie im Haus? Ich brauche Hilfe bei einer dringenden Überweisung. Bitte "
     "antworten Sie nur per E-Mail.", "a scam or phishing lure"),
    ("Your page ranks 14th for 'wedding venue Leeds'. We push keywords to the top 3 in a month.",
     "an SEO / backlink offer"),
    ("Can I buy a dofollow link on your blog? I will pay $40 by PayPal.",
     "an SEO / backlink offer"),
    ("Rendez vos services visibles dans les réponses des IA : audit gratuit.",
     "an SEO / backlink offer"),
    ("Buy fake birth certificates online https://docs-fast.example/order",
     "counterfeit documents or goods"),
    ("Accept crypto payments for your online shop: BTC and USDT settled in euros next day.",
     "crypto"),
    ("我们是义乌的派对用品工厂，工厂直销，欢迎询价。", "a sales pitch"),  # noqa: RUF001
    ("Looking for affordable chair covers for your banquets? We ship in 48 hours.",
     "a sales pitch"),
    ("Have you considered a photo booth for your events? We tour the whole country, packages "
     "from €390. Ask us for a quote!",
     "a sales pitch"),
    ("We import premium glassware for restaurants and hotels. Free samples sent by courier.",
     "a sales pitch"),
    ("Wir vermitteln Pflegekräfte aus Vietnam an Kliniken, Visum inklusive. Darf ich Sie "
     "anrufen?", "a sales pitch"),
    ("Besoin d'une secrétaire virtuelle pour vos appels ? 8 € de l'heure.", "a sales pitch"),
]

TWENTY_NINTH_PASS_HITS = [
    ("Ciao, qual è il vostro prezzo?", "know your price\" template"),
    ("İyi günler, fiyatlarınızı öğrenebilir miyim?", "know your price\" template"),  # noqa: RUF001
    ("Halò, bha mi airson fios fhaighinn air a' phrìs agaibh.", "know your price\" template"),
    ("We'd take 300 cases of cider for a resort; send a pro-forma invoice, our own forwarder "
     "collects.", "a known scam script"),
    ("Quick favour: could you buy four $100 Steam gift cards for a client and send me the codes? "
     "I am in a meeting.", "a known scam script"),
    ("This is the fraud desk, I'm calling from your bank: suspicious payments on the company "
     "account, call us now.", "a known scam script"),
    ("Our buyer's payment was made to your account twice; refund the excess to the account we "
     "send.", "a known scam script"),
    ("I'm abroad this month, I pay by transfer and my driver to collect the pallets on Friday.",
     "a known scam script"),
    ("Our investors need a refundable compliance deposit of $2,400 before the purchase.",
     "a known scam script"),
    ("We are a fund looking to invest $400,000 in your winery; send your bank details to start.",
     "a known scam script"),
    ("We have updated our bank details. Please pay the open invoice to the new account below.",
     "a scam or phishing lure"),
    ("Could I add a link to my guide on cider from your news page? I will pay $45.",
     "an SEO / backlink offer"),
    ("Gentile titolare, la vostra scheda Google ha poche recensioni: possiamo aiutarvi.",
     "an SEO / backlink offer"),
    ("Cannabis sour gummies, no prescription needed, discreet delivery.",
     "a pharmacy / pills offer"),
    ("Produkujemy kartony dla browarów, krótkie serie od 300 sztuk.", "a sales pitch"),
    ("We manufacture bottling lines and labelling machines. OEM welcome, reply for our latest "
     "price.", "a sales pitch"),
    ("Do you need new glassware for your taproom? We print logos on pint glasses, runs from 100 "
     "units.", "a sales pitch"),
    ("Wir vermieten Kühlanhänger für Feste. Interesse an einem Angebot?", "a sales pitch"),
    ("Nous proposons des assistantes virtuelles basées au Maroc, tarif horaire très compétitif.",
     "a sales pitch"),
    ("[img]https://cdn.example/a.jpg[/img] cheap watches", "BBCode links"),
]

THIRTIETH_PASS_HITS = [
    ("Nyob zoo, kuv xav paub nej tus nqi.", "know your price\" template"),
    ("您好，我想了解一下您们的报价。", "know your price\" template"),  # noqa: RUF001
    ("Hej, jag undrade vad ni tar.", "know your price\" template"),
    ("Buy a university degree in 10 days, fully verifiable.", "counterfeit documents or goods"),
    ("Homework help: https://essays-now.example/order", "counterfeit documents or goods"),
    ("3-MMC and a-PVP in stock, discreet shipping.", "a pharmacy / pills offer"),
    ("Claim free bitcoin today, NFT drops every Friday.", "crypto"),
]

THIRTY_FIRST_PASS_HITS = [
    ("Hei, haluaisin tietää hinnan.", "know your price\" template"),
    ("Due to a bank audit, payments to our previous account are frozen. Pay the open invoice to "
     "the new IBAN below.", "a known scam script"),
    ("We bought land in Devon; I pay your whole fee by cashier's check, please help me pay my "
     "builder from the funds.", "a known scam script"),
    ("Send your bank details and your passport so we can register you as our designer.",
     "a known scam script"),
    ("Our client would like to award you the interior design contract; a registration fee of $350 "
     "applies.", "a known scam script"),
    ("To be listed among the Top 50 Studios we ask an editorial contribution of $249.",
     "a known scam script"),
    ("I'd love to contribute a high-quality article to your blog, with one link back to my "
     "client.", "an SEO / backlink offer"),
    ("Nous sommes un bureau de dessin au Maroc, à partir de 12 € de l'heure.", "a sales pitch"),
    ("Wir sind ein CAD-Dienstleister aus Indien, Stundensatz ab 15 €, Probeauftrag kostenlos.",
     "a sales pitch"),
    ("We are manufacturers of marble tiles from Rajasthan. Contact us for trade pricing.",
     "a sales pitch"),
    ("Dear Architect, looking for drone surveys for your next project? We fly anywhere in the "
     "UK, from £290 per site.", "a sales pitch"),
]

THIRTY_SECOND_PASS_HITS = [
    ("Bonjour, je souhaite acheter votre bateau. Mon transitaire viendra le chercher après "
     "paiement par chèque.", "a known scam script"),
    ("Dzień dobry, chcę kupić Pana jacht. Zapłacę czekiem, a mój spedytor go odbierze.",
     "a known scam script"),
    ("Olá, quero comprar o seu barco e pagar por cheque. O meu transitário vai buscá-lo.",
     "a known scam script"),
    ("Merhaba, teknenizi satın almak istiyorum. Çekle ödeyeceğim, nakliyecim teslim alacak.",  # noqa: RUF001
     "a known scam script"),
    ("مرحبا، أريد شراء يختكم وسأدفع بشيك مصرفي. وكيل الشحن سيستلمه.", "a known scam script"),
    ("Ich möchte Ihr Boot kaufen und zahle per Scheck. Mein Spediteur holt es ab.",
     "a known scam script"),
    ("Quiero comprar su barco, pagaré con cheque y mi agente de transporte lo recogerá.",
     "a known scam script"),
    ("I will pay by bank transfer, but my accountant made a mistake and overpaid.",
     "a known scam script"),
    ("After the transfer please reimburse our handling commission of $4,905 to our agent in "
     "Lagos.", "a known scam script"),
    ("We will pay in advance and our agent will collect the refund for the cancelled boats.",
     "a known scam script"),
    ("Once you get the escrow email, kindly pay the $900 insurance fee to release the funds.",
     "a known scam script"),
    ("I want 20 anchors for my fleet. I will pay with card. My shipping company will collect.",
     "a known scam script"),
    ("Ihr Liegeplatz-Vertrag 2027 wartet auf Ihre Unterschrift. Dokument ansehen: "
     "http://contracts.example/", "a known scam script"),
    ("We will make your company appear in the \"People also ask\" box for 40 questions.",
     "an SEO / backlink offer"),
    ("www.acme.example Google'da \"tekne kiralama\" aramasında ilk sayfada değil.",  # noqa: RUF001
     "an SEO / backlink offer"),
    ("We are the manufacturer of floating pontoons. We can replace yours at a fraction of the "
     "cost.", "a sales pitch"),
    ("We recruit dock hands from Nepal and handle the visa process. 500 workers placed last "
     "year.", "a sales pitch"),
    ("Nous sommes une agence d'équipages pour vos bateaux, visas inclus.", "a sales pitch"),
    ("We build mobile apps for marinas: berth booking, gate access. Let's schedule a demo this "
     "week.", "a sales pitch"),
    ("Tekne ve yatlar için tik güverte üretiyoruz. Fabrika fiyatları ile hizmetinizdeyiz.",  # noqa: RUF001
     "a sales pitch"),
    ("roof repair https://gold-profit.fun/", "a link to a .fun domain and almost no other text"),
    ("cheap marine diesel no tax http://buzz-click.space/get-started",
     "a link to a .space domain and almost no other text"),
]

THIRTY_THIRD_PASS_HITS = [
    ("Pagherò con assegno e lei manderà la differenza al mio agente.", "a known scam script"),
    ("Zapłacę czekiem, a nadwyżkę prześle Pan mojemu agentowi.", "a known scam script"),
    ("Ik betaal per cheque, het verschil stuurt u naar mijn agent.", "a known scam script"),
    ("Pagaré con cheque y usted enviará la diferencia a mi agente.", "a known scam script"),
    ("Vou pagar com cheque e você envia a diferença para o meu agente.", "a known scam script"),
    ("I will send a cheque covering your fee and the hotel booking.", "a known scam script"),
    ("I will pay with my credit card but your card machine may not accept it.",
     "a known scam script"),
    ("Please transfer $480 for the \"express delivery\" of the documents.",
     "a known scam script"),
    ("Before we send the files, you must pay a registration fee of $250 to become our vendor.",
     "a known scam script"),
    ("I am looking for someone to receive payments on my behalf and forward them.",
     "a known scam script"),
    ("We produce real and registered documents for any country.", "a known scam script"),
    ("I'm a doctor working on a UN ship offshore and need a translation.", "a known scam script"),
    ("Work from home, weekly pay in USDT. You only need to buy the starter account.",
     "a known scam script"),
    ("Your domain name is being registered by a company in Asia.", "a known scam script"),
    ("Obtenez la certification ISO 17100 en 3 jours, sans audit sur place.",
     "a known scam script"),
    ("Please find the file in our secure SharePoint folder. Sign in to view: "
     "http://files.example/", "a scam or phishing lure"),
    ("We are a printing company and can print your certificates. Minimum order 100 sheets.",
     "a sales pitch"),
    ("We offer subtitling at $1.90 per minute. Let us become your subtitling vendor.",
     "a sales pitch"),
    ("Payday loans same day https://loans.ws/", "a link to a .ws domain and almost no other text"),
    ("Salam, bahaňyzy bilesim gelýärdi.", "know your price\" template"),
    ("Demat, c'hoant em boa da c'houzout ho priz.", "know your price\" template"),
    ("Hi, ya hotel uznat vashu cenu.", "know your price\" template"),
    ("Hi, I wanted to know your price for translation.", "know your price\" template"),
]

THIRTY_FOURTH_PASS_HITS = [
    ("Beste klant, ons rekeningnummer is gewijzigd. Betaal voortaan op de nieuwe rekening: "
     "https://pay.example/", "a known scam script"),
    ("Le coordinate bancarie sono cambiate. Nuovo IBAN qui: https://pay.example/",
     "a known scam script"),
    ("Реквизиты для оплаты изменились. Новые реквизиты: https://pay.example/",
     "a known scam script"),
    ("Mon comptable vous enverra un chèque, merci de reverser le surplus à mon agent.",
     "a known scam script"),
    ("I am a solicitor contacting you about the estate of a late patient of your clinic.",
     "a known scam script"),
    ("Payment will be by credit card and my shipping agent will collect the scanners.",
     "a known scam script"),
    ("Pago con tarjeta, mi transportista recogerá el pedido.", "a known scam script"),
    ("Ich bin gehörlos und schreibe über einen Vermittlungsdienst.", "a known scam script"),
    ("My wallet was stolen. Can you send me $400 by Western Union?", "a known scam script"),
    ("I am on a ship in the North Sea with no phone. I'll send a check.", "a known scam script"),
    ("I found your clinic's patient database on a dark web forum. I can remove it for a fee.",
     "a known scam script"),
    ("Buy 5 gift cards, scratch the backs and send me photos.", "a known scam script"),
    ("Il suo studio è stato premiato. Per ricevere la targa paghi 199 € di spedizione.",
     "a known scam script"),
    ("Hi Dr. Lin, is this still your number? We met at the congress.", "a known scam script"),
    ("Invoice #2890 is overdue. Please note we have updated our banking information.",
     "a scam or phishing lure"),
    ("I need a second opinion on an X-ray. File is password-protected: https://files.example/x",
     "a scam or phishing lure"),
    ("Siamo un laboratorio odontotecnico in Ucraina: corone in zirconio a 27 €. Primo lavoro "
     "gratuito.", "a sales pitch"),
    ("Wir sind ein Dentallabor in Bangladesch und fertigen Zirkonkronen für 29 € pro Einheit.",
     "a sales pitch"),
    ("We have spare dental resin at clearance price. 40% below list.", "a sales pitch"),
    ("Our scalers are OEM for famous European brands. Ask for distributor price.",
     "a sales pitch"),
    ("Struggling with insurance claims? Our billing team in India handles them.",
     "a sales pitch"),
    ("Credentialing taking forever? We get your dentists credentialed in 60 days.",
     "a sales pitch"),
    ("I'm a photographer. I'd love to shoot a brand film at your clinic. Half-day package $850.",
     "a sales pitch"),
    ("¿Quiere 30 pacientes nuevos al mes? Solo cobramos por cita.", "a sales pitch"),
    ("Diş turizmi hastası gönderiyoruz. Hasta başı komisyon ile çalışıyoruz.", "a sales pitch"),  # noqa: RUF001
    ("عيادتك لا تظهر في الصفحة الأولى على جوجل", "an SEO / backlink offer"),
    ("More than 120,000 visitors a day: http://visitors.example/lp", "an SEO / backlink offer"),
    ("Вітаю, хотіла б дізнатися ціну.", "know your price\" template"),  # noqa: RUF001
    ("Ahoj, chtěla bych vědět cenu.", "know your price\" template"),
]

THIRTY_FIFTH_PASS_HITS = [
    ("My company will pay the full year in advance. I won't be able to view the office before "
     "arrival.", "a known scam script"),
    ("Je souhaite payer d'avance. Je suis actuellement à l'étranger.", "a known scam script"),
    ("Vorremmo pagare in anticipo tramite bonifico dall'estero.", "a known scam script"),
    ("Quero pagar tudo adiantado. Estou fora do país.", "a known scam script"),
    ("Ödeme çek ile yapılacak, fazla tutarı organizatörümüze iade etmeniz gerekecek.",  # noqa: RUF001
     "a known scam script"),
    ("Mi prometido pagará con un cheque. Usted deberá pagar al catering con parte del dinero.",
     "a known scam script"),
    ("Die Zahlung erfolgt per Scheck; bitte überweisen Sie den Anteil für den Caterer.",
     "a known scam script"),
    ("Please first pay the visa-letter fees for our speakers.", "a known scam script"),
    ("My fiance is an offshore engineer so payment will come by bank draft.",
     "a known scam script"),
    ("Can I pay you $600 by card and you give him $550 of it in cash?", "a known scam script"),
    ("Could you receive a few parcels for our member and reship them?", "a known scam script"),
    ("Candidates will pay you a registration fee which you forward to us.",
     "a known scam script"),
    ("I'll take the office. My mover will pick up the keys. Send me your PayPal email.",
     "a known scam script"),
    ("Seu CNPJ possui pendências no endereço fiscal.", "a known scam script"),
    ("Your membership has been charged $899. If you did not make this purchase, call our "
     "support.", "a known scam script"),
    ("Download the RFQ (password: 2026): https://rfq.example/", "a scam or phishing lure"),
    ("How do you manage mail for your virtual office clients? Free for the first 14 days.",
     "a sales pitch"),
    ("Are your members asking for a gym? We install fitness rooms. Let's discuss your floor plan.",
     "a sales pitch"),
    ("We offer plant rental and maintenance for coworking spaces. Request a quote: "
     "plants.example/go", "a sales pitch"),
    ("We are a full-service fit-out contractor. Can we quote for your next site?",
     "a sales pitch"),
    ("We are energy brokers. Send us a recent bill and we'll show you the savings.",
     "a sales pitch"),
    ("We bring corporate events to your space and take a 20% commission. Let's schedule a call.",
     "a sales pitch"),
    ("We want to add your space to our travel app. Premium placement costs $199 per year.",
     "a sales pitch"),
    ("Ihr Google-Unternehmensprofil hat 7 Fehler.", "an SEO / backlink offer"),
]

THIRTY_SIXTH_PASS_HITS = [
    ("Ich möchte 3 E-Bikes kaufen und per Scheck bezahlen. Meine Spedition holt die Räder ab.",
     "a known scam script"),
    ("I'll send a cheque that includes the fee of our tour guide; please forward it.",
     "a known scam script"),
    ("Our accountant will send a certified check covering the rental and the crew's hotel.",
     "a known scam script"),
    ("Our German account is temporarily blocked, so kindly pay the invoice into our UK account.",
     "a known scam script"),
    ("Hemos cambiado de cuenta bancaria. Realice el pago a la nueva cuenta.",
     "a known scam script"),
    ("عزيزي العميل، تم تغيير حسابنا البنكي.", "a known scam script"),
    ("Quero pagar por transferência antecipada a mais, depois o senhor devolve a diferença.",
     "a known scam script"),
    ("I'll pay the full asking price plus $100 for holding it. Send your PayPal email.",
     "a known scam script"),
    ("Ship the samples via our DHL account, you pay the customs clearance and we refund it.",
     "a known scam script"),
    ("My husband passed away. I need help releasing his payment of US$39.3 million.",
     "a known scam script"),
    ("I'm deaf so I can only text. My assistant will pay by card.", "a known scam script"),
    ("I'll pay by credit card over the phone and my private courier will collect it.",
     "a known scam script"),
    ("Regístrese como proveedor en https://tender.example/", "a known scam script"),
    ("Please update your company entry in the Bicycle Trade Exhibitor Guide.",
     "a known scam script"),
    ("恭喜您！您的邮箱被选中获得现金大奖。", "a prize / lottery / inheritance scam"),  # noqa: RUF001
    ("Gane 900 USD a la semana desde casa.", "a make-money-fast offer"),
    ("Fichier de 4 200 magasins de cycles en France avec les emails des gérants.",
     "a contact-list sale"),
    ("Fleet manager contact lists, 9,800 records, updated monthly.", "a contact-list sale"),
    ("Get listed in 100 bicycle and outdoor directories by manual submission.",
     "an SEO / backlink offer"),
    ("Cheap LCL and FCL shipping from China. Door to door, only $45 per cbm.", "a sales pitch"),
    ("We are a bicycle assembly plant in Vietnam, looking for new brand partners.",
     "a sales pitch"),
    ("Wir vermitteln qualifizierte Termine. 15 Termine pro Monat garantiert.", "a sales pitch"),
]

THIRTY_SEVENTH_PASS_HITS = [
    ("Ons rekeningnummer is gewijzigd. Graag de openstaande facturen naar het nieuwe nummer "
     "overmaken.", "a known scam script"),
    ("Dzień dobry, zmieniliśmy numer rachunku bankowego.", "a known scam script"),
    ("We've changed our payment system; please pay into our new IBAN. The old account is "
     "closed.", "a known scam script"),
    ("您好，贵公司已中标，请先缴纳投标保证金。", "a known scam script"),  # noqa: RUF001
    ("The ministry requires a Contractor Registration Certificate, which costs $400.",
     "a known scam script"),
    ("Para recibir los pliegos debe pagar una cuota de registro de 350 USD.",
     "a known scam script"),
    ("Your staff need to pay the work permit fee ($300 each), which we refund on arrival.",
     "a known scam script"),
    ("Oferta de empleo en EE. UU., visa garantizada.", "a known scam script"),
    ("I added too much by mistake. Kindly refund the difference to my assistant by Zelle.",
     "a known scam script"),
    ("I'll send a check with extra for the storage fees; please forward that part.",
     "a known scam script"),
    ("We would like to award you a contract. Please send your bank reference letter.",
     "a known scam script"),
    ("I'm working offshore on an oil rig. I will pay through my bank agent.",
     "a known scam script"),
    ("My secretary will pay by card, and we need you to pay our event planner.",
     "a known scam script"),
    ("Lost money to a scam? Our recovery experts can get your funds back.",
     "a known scam script"),
    ("Merci de vous connecter avec vos identifiants Microsoft pour consulter le dossier.",
     "a known scam script"),
    ("Yüksek otoriteli backlink paketleri.", "an SEO / backlink offer"),
    ("Hi! Are you the person who looks after acme.example? I'd like to talk about a redesign and "
     "SEO that will bring you more cleaning contracts.", "a sales pitch"),
    ("We track 2,000,000 contracts: a list of every office building whose cleaning contract "
     "expires soon.", "a contact-list sale"),
]

THIRTY_EIGHTH_PASS_HITS = [
    ("I'm deaf and write through a relay service. I'd like ten guitar lessons for my son and "
     "will pay upfront by cheque.", "a known scam script"),
    ("Je suis sourde, je passe par un service de relais pour réserver des cours.",
     "a known scam script"),
    ("Davulunuzu almak istiyorum, fazla ödeme yapacağım.", "a known scam script"),  # noqa: RUF001
    ("Куплю ваш синтезатор. Излишек прошу вернуть моему водителю.", "a known scam script"),
    ("سأرسل لكم بشيك بمبلغ أكبر من السعر.", "a known scam script"),
    ("My mover was paid too much; please send the rest to him when the check clears.",
     "a known scam script"),
    ("I'll pay the whole booking by cheque; please send part of the money to my caterer who "
     "doesn't accept cheques.", "a known scam script"),
    ("My husband is ill in hospital, so my secretary will handle the purchase and payment.",
     "a known scam script"),
    ("The band's agency asks the venue to pay the visa fee, refunded after the show.",
     "a known scam script"),
    ("Your hotel reservation for the Frankfurt Music Fair is not yet confirmed.",
     "a known scam script"),
    ("Uw pakket met drumstokken wacht op betaling van de invoerkosten.", "a known scam script"),
    ("Here is our updated remittance details sheet; our old bank account is no longer active.",
     "a known scam script"),
    ("We need you to pay the freight forwarder first; we will add it to our payment.",
     "a known scam script"),
    ("Siamo produttori di leggii in alluminio. Wholesale discount 30% per ordini grandi.",
     "a sales pitch"),
    ("We export refurbished drum kits from Japan. Price per container on request.",
     "a sales pitch"),
    ("Our company makes flight cases. Resellers wanted in your region.", "a sales pitch"),
    ("Is your school still paying high card fees? Our terminals cut your card fees by up to "
     "35%.", "a sales pitch"),
    ("Would you like to offer interest-free financing on guitars? You get paid upfront.",
     "a sales pitch"),
    ("We do professional stage lighting rental. Commission paid for each client you refer.",
     "a sales pitch"),
    ("We have 20k real jazz fans on our Instagram page and can feature your store in our "
     "stories.", "a marketing-services pitch"),
]

THIRTY_NINTH_PASS_HITS = [
    ("Still scheduling crews with spreadsheets? Our app is the software built for removal "
     "companies.", "a sales pitch"),
    ("Book a quick demo: https://crm-for-movers.example/start and see the CRM built for movers.",
     "a sales pitch"),
    ("Vos utilitaires sont-ils géolocalisés ? Essai gratuit de notre boîtier GPS.",
     "a sales pitch"),
    ("Take cards in every van: 1.2% per transaction. Order your free card reader now.",
     "a sales pitch"),
    ("We install access control for self-storage sites. Please advise a convenient time for a "
     "call.", "a sales pitch"),
    ("Hello, we rent out skilled drivers from Nepal. All paperwork handled by us.",
     "a sales pitch"),
    ("Are you still buying packing tape? Container price is the lowest anywhere. Reply for "
     "price list.", "a sales pitch"),
    ("Hi, I'm Sam. I saw your number in my contacts; are you the plumber from last spring?",
     "a known scam script"),
    ("I am a UN engineer abroad and need you to keep my diplomatic baggage until I arrive.",
     "a known scam script"),
    ("Soy militar estadounidense en misión y necesito guardar una caja.", "a known scam script"),
    ("I'll pay by card for the job and the shipper's fee; then you pay my shipper via Zelle.",
     "a known scam script"),
    ("For our vendor registration send a copy of your director's passport.",
     "a known scam script"),
    ("Payment will come from my client's account in Dubai by wire.", "a known scam script"),
    ("Your firm is at risk of being struck off; pay the late fee here: late-fee.example",
     "a known scam script"),
    ("Wir möchten einen gesponserten Artikel auf Ihrer Seite veröffentlichen.",
     "an SEO / backlink offer"),
    ("Would you consider updating one of your older articles on storage with a link to our new "
     "guide?", "an SEO / backlink offer"),
    ("Hello, I need your price please.", 'the multilingual "I wanted to know your price" '
     "template"),
    ("Grüezi, ich hett gern Ihre Priis gwüsst.", 'the multilingual "I wanted to know your '
     'price" template'),
]

FORTIETH_PASS_HITS = [
    ("I want 30 olive trees for my villa abroad. I will pay with my credit card and my private "
     "forwarder will collect them.", "a known scam script"),
    ("Our approved shipping agent picks up; payment by card only.", "a known scam script"),
    ("Do you take credit cards? I need 20 benches; my freight agent will call you.",
     "a known scam script"),
    ("Płacę kartą, mój kurier odbierze zamówienie.", "a known scam script"),
    ("Pago con tarjeta, mi transportista pasa a recoger.", "a known scam script"),
    ("Zahlung per Kreditkarte, mein Spediteur holt alles ab.", "a known scam script"),
    ("Paiement par carte, mon transporteur passera.", "a known scam script"),
    ("Pago con carta di credito, il mio corriere ritira.", "a known scam script"),
    ("You must prepay the freight and we will refund it with the order.", "a known scam script"),
    ("Please pay the forwarder's fee first; it comes back with our payment.",
     "a known scam script"),
    ("There is a customs fee of 240 EUR to release your parcel.", "a known scam script"),
    ("We need your bank reference letter to open a supplier account.", "a known scam script"),
    ("Leider haben sich unsere Bankdaten geändert, bitte zahlen Sie auf das neue Konto.",
     "a known scam script"),
    ("Le informamos que hemos cambiado de cuenta bancaria.", "a known scam script"),
    ("Just following up on my last message about your site's rankings.",
     "an SEO / backlink offer"),
    ("Семена конопли с доставкой по всей стране.", "a pharmacy / pills offer"),  # noqa: RUF001
    ("Fabricamos macetas de cerámica. Buscamos distribuidores en Europa.", "a sales pitch"),
    ("We are a seed company offering private label packs. Please advise your demand.",
     "a sales pitch"),
    ("We have stock of 20,000 rose bushes at a clearance price.", "a sales pitch"),
    ("We sell used mini diggers for landscapers. See our stock: www.diggers.example",
     "a sales pitch"),
    ("Nnali njagala okumanya omuwendo gwammwe.", 'the multilingual "I wanted to know your '
     'price" template'),
]

FORTY_FIRST_PASS_HITS = [
    ("Zapłacę kartą, a mój kurier przyjedzie po meble.", "a known scam script"),
    ("Pagaré con tarjeta y mi transitario lo recogerá.", "a known scam script"),
    ("Kredi kartıyla ödeyeceğim, nakliyecim alacak.", "a known scam script"),  # noqa: RUF001
    ("Je paierai par carte et mon transporteur passera.", "a known scam script"),
    ("Payment by card; my mover will pick the wardrobes up.", "a known scam script"),
    ("Our buyer pays by card only and our forwarder handles the freight.",
     "a known scam script"),
    ("Please split it over two credit cards and charge each one apart.",
     "a known scam script"),
    ("Tell me which cards you accept; I have a shipper for everything I buy.",
     "a known scam script"),
    ("Payment by letter of credit once you cover the LC processing fee.",
     "a known scam script"),
    ("The NGO funds it, but you pay a registration fee before the contract is signed.",
     "a known scam script"),
    ("Quick one: can you make a wire transfer today before noon?", "a known scam script"),
    ("Neue Rechnung verfügbar (Office 365 Login erforderlich).", "a known scam script"),
    ("Наши банковские реквизиты изменились, оплачивайте по новым.", "a known scam script"),
    ("Buy six gift cards for the team and send me the codes by email.",
     "a known scam script"),
    ("我们是深圳的台面工厂，欢迎询价。", "a sales pitch"),  # noqa: RUF001
    ("Somos uma fábrica de portas. Preço de fábrica.", "a sales pitch"),
    ("Need staff for your warehouse? We place drivers within a day.", "a sales pitch"),
    ("We can provide teams of fitters. Day rate negotiable.", "a sales pitch"),
    ("Nous vous apportons des rendez-vous qualifiés chaque semaine.", "a contact-list sale"),
]

FORTY_SECOND_PASS_HITS = [
    ("Please process the attached payment today, it's urgent. Don't call, I'm boarding.",
     "a known scam script"),
    ("We overpaid your invoice by mistake; please refund the difference by wire.",
     "a known scam script"),
    ("Hi, is this Tom? Sorry, I saved your number wrong.", "a known scam script"),
    ("I pay by card, please hurry, my courier is waiting outside.", "a known scam script"),
    ("Votre pharmacie fait l'objet d'une amende administrative. Réglez en ligne.",
     "a known scam script"),
    ("Before we buy your shop our lawyer needs a due-diligence deposit.",
     "a known scam script"),
    ("I saw your profile; are you interested in getting to know each other?",
     "a known scam script"),
    ("Pagamento com cartão, a minha transportadora recolhe tudo.", "a known scam script"),
    ("Ons rekeningnummer is gewijzigd; gelieve het bedrag over te maken.",
     "a known scam script"),
    ("Are you still interested in ranking for \"pharmacy near me\"?", "an SEO / backlink offer"),
    ("Your rival was mentioned in 9 AI answers this month.", "an SEO / backlink offer"),
    ("We help clinics win public tenders. First consultation free.", "a sales pitch"),
    ("Our call centre in Kenya answers your patients. We compare 5 suppliers for free.",
     "a sales pitch"),
    ("Wir vermitteln Pflegekräfte aus Asien. Haben Sie offene Stellen?", "a sales pitch"),
    ("Locum cover headaches? Post a shift and get it filled tonight.", "a sales pitch"),
]

FORTY_THIRD_PASS_HITS = [
    ("My brother will bring the card to the office; send me your bank details.",
     "a known scam script"),
    ("Charge the first card; if a card declines, I have more.", "a known scam script"),
    ("To be registered as a vendor you must pay the vetting fee first.", "a known scam script"),
    ("A registration fee of $300 applies to all suppliers.", "a known scam script"),
    ("We overpaid by mistake; please return it to the new account.", "a known scam script"),
    ("We will pay 15% extra for priority if you confirm today.", "a known scam script"),
    ("Il nostro IBAN è cambiato, pagate sul nuovo conto.", "a known scam script"),
    ("Please confirm by logging in to our supplier portal.", "a known scam script"),
    ("Charge an extra 300 and give it in cash to my driver at the airport.",
     "a known scam script"),
    ("Nous avons une base de 50 000 entreprises, emails vérifiés.", "a contact-list sale"),
    ("We are an invoice factoring company. Get paid on your contracts in 48 hours.",
     "a sales pitch"),
    ("We can list your hotel on 30 booking sites. Setup in one day.", "a sales pitch"),
    ("We sell diesel at fleet prices. Ask for a quote today.", "a sales pitch"),
]

# Forty-fourth pass (data/blind52, a car dealership group): buyers abroad paying by money order
# or cashier's check with their shipper's cost, the surplus to the courier, letters of credit
# with a fee, payroll diverted, paused payouts, a parcel's fee; odometer fraud behind a link;
# buyers of the dealer's used cars for export, wrappers, trackers, key-programming kits; the
# price template in Swedish and Swahili.
FORTY_FOURTH_PASS_HITS = [
    ("I am stationed overseas with the army, my husband will send a money order for the car.",
     "a known scam script"),
    ("I work offshore on a rig and cannot view it; I will send a certified check.",
     "a known scam script"),
    ("Payment by bank cheque including the cost of my own shipper, who collects on Friday.",
     "a known scam script"),
    ("Chcę kupić auto, zapłacę z nadwyżką, proszę przelać różnicę kurierowi.",
     "a known scam script"),
    ("Please pay $4,200 for the LC processing so we can open the credit.", "a known scam script"),
    ("Please update my direct deposit details before Friday's payroll.", "a known scam script"),
    ("Your payouts have been paused due to missing documents.", "a known scam script"),
    ("Votre colis est en attente : frais de 2,49 € à régler ici.", "a known scam script"),
    ("odometer programmer for all makes www.km-tool.example.live", "counterfeit"),
    ("Wir kaufen Ihre Gebrauchtwagen, Abholung bundesweit.", "a sales pitch"),
    ("We wrap cars and vans. Trade prices for dealerships.", "a sales pitch"),
    ("Hallo, wir liefern Diagnosegeräte, supplied with training, for dealer workshops.",
     "a sales pitch"),
    ("Hej, jag skulle vilja veta era priser.", 'the multilingual "I wanted to know your price"'),
    ("Habari, naomba kujua bei.", 'the multilingual "I wanted to know your price"'),
]

# Forty-fifth pass (data/blind53, a boarding school): bank details changed in Portuguese, French,
# Chinese and Turkish, card payers whose driver the reader is to pay, deposits paid twice,
# sponsors' excess passed on, grants released after a fee; parent databases, school software,
# teachers recruited for schools; a broken link's "resource", diplomas bought; the template in
# Greek.
FORTY_FIFTH_PASS_HITS = [
    ("Prezados, alteramos os nossos dados bancários. Paguem a fatura na nova conta.",
     "a known scam script"),
    ("您好，我们公司的收款账户已变更，请汇入新账户。", "a known scam script"),  # noqa: RUF001
    ("You charge the total on my card and pay the driver by bank transfer.",
     "a known scam script"),
    ("I paid the deposit twice, please refund it to my new account.", "a known scam script"),
    ("From the excess amount please pay the travel agent for the visas.", "a known scam script"),
    ("Your grant will be released after payment of the processing fee.", "a known scam script"),
    ("We have a verified database of 2,000 parents in Dubai. Sample free.",
     "a contact-list sale"),
    ("Olá, temos uma plataforma de gestão escolar. Demonstração gratuita.", "a sales pitch"),
    ("We help international schools fill places. We charge per enrolled student.",
     "a sales pitch"),
    ("Bonjour, nous recrutons des enseignants qualifiés pour les écoles internationales. "
     "Aucun frais avant l'arrivée.", "a sales pitch"),
    ("One of the links is broken on your page; here is a resource to use instead.",
     "an SEO / backlink offer"),
    ("Acheter un diplôme du bac en ligne", "counterfeit"),
    ("Καλημέρα, θα ήθελα να μάθω την τιμή.",  # noqa: RUF001
     'the multilingual "I wanted to know your price"'),
]

# Forty-sixth pass (data/blind54, a plumbing and heating installer): government projects' unit
# orders, buyers of the business with a transfer fee, a cheque's surplus and the boss's discreet
# transfer in German, the card payer "via" card; a page "ranking #29"; factories, certificate
# apps, training at group rates, equipment on monthly finance, leaflets for plumbers; replicas
# behind a link; the Swedish template in the present tense.
FORTY_SIXTH_PASS_HITS = [
    ("We are purchasing 300 units of boilers for a government housing project abroad.",
     "a known scam script"),
    ("I am interested in buying your business; my lawyer will explain the transfer fee.",
     "a known scam script"),
    ("Ich zahle per Scheck, den Überschuss überweisen Sie bitte an meine Spedition.",
     "a known scam script"),
    ("Hier ist die Geschäftsführung. Bitte diskret behandeln und sofort überweisen.",
     "a known scam script"),
    ("I will pay via credit card, please use my freight forwarder.", "a known scam script"),
    ("Your boiler page is ranking #14. A few strong links would push it up.",
     "an SEO / backlink offer"),
    ("Our factory produces radiators. We are looking for importers. Catalogue on request.",
     "a sales pitch"),
    ("We offer leak detection cameras on monthly finance. Trade demo vans visiting your area.",
     "a sales pitch"),
    ("We design and print door hangers for plumbers. Winter special discount.", "a sales pitch"),
    ("Great post! replica watches -> https://shop.example.top/", "counterfeit"),
    ("Hej, jag undrar vad ni tar i pris.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (forty-sixth pass): a customer asking "Is this email
# genuine?" of a quoted lure, a Russian customer asking about an SMS in the company's name, a
# radiator buyer asking for a catalogue, a merchant's price rise.
FORTY_SIXTH_PASS_CUSTOMERS = [
    'Is this email genuine? "Your grant is approved. To release the £7,500 please confirm your '
    'bank details at grant-release.example within 48 hours."',
    "Пришло СМС от вашего имени: «Срочная поверка газового оборудования, оплатите по ссылке "  # noqa: RUF001
    "gaz.example». Это вы?",
    "We are looking for a new radiator for the lounge; could you send a catalogue?",
    "Our price list changes on 1 January; copper fittings rise by 4%. Catalogue on request.",
    # data/blind55: a present supplier offering samples of something new
    "Hi, we supply your eco board. We've launched a plastic-free alternative made from paper "
    "honeycomb and I'd love to drop off two sample sheets for your flatbed. No obligation.",
]

# Forty-seventh pass (data/blind58, a recruitment and temporary-staffing agency): a database of
# HR managers in German, workers from abroad offered to agencies (English, Polish), factoring
# for staffing agencies; crypto at a percentage a day in Russian, work from home paid by the
# day in German, Arabic and Russian, fake references; a Portuguese cheque's excess to an agent,
# a wrong-number opener; a fax waiting behind a link, a penalty within days; the price template
# in Turkish and Chinese.
FORTY_SEVENTH_PASS_HITS = [
    ("Guten Tag, unsere Datenbank mit 80.000 Geschäftsführern im Mittelstand ist ab sofort "
     "erhältlich.", "a contact-list sale"),
    ("Trained caregivers from Kenya available now, we are looking for agencies to place them.",
     "a sales pitch"),
    ("Mamy pracowników z Nepalu dla agencji pracy, szybkie terminy.", "a sales pitch"),
    ("Инвестируйте в криптовалюту: стабильный рост с доходом 3% в день.",  # noqa: RUF001
     "a crypto / investment offer"),
    ("Nebenjob online, einfach anmelden.", "a make-money-fast offer"),
    ("العمل من المنزل براتب أسبوعي ممتاز", "a make-money-fast offer"),
    ("Fake payslips for visa applications, delivered fast.", "counterfeit"),
    ("Enviaremos um cheque e o senhor devolve a diferença ao motorista.", "a known scam script"),
    ("Oops, wrong number I think. Anyway, nice to meet you! Where do you live?",
     "a known scam script"),
    ("Your office has received a new voicemail. Listen here: vm-inbox.example.top",
     "a scam or phishing lure"),
    ("Licence review: pay the fine of £900 within 5 days: gov-fines.example.top/pay",
     "a scam or phishing lure"),
    ("Merhaba, fiyat öğrenmek istiyorum.", 'the multilingual "I wanted to know your price"'),
    ("你好，请问一下价格是多少钱", 'the multilingual "I wanted to know your price"'),  # noqa: RUF001
]

# ... and the customers beside them (forty-seventh pass): suppliers whose quote, ideas or
# samples the reader's own staff asked for, in English, German, French and Spanish, and
# listings of jobs paid daily that a temp asks about.
FORTY_SEVENTH_PASS_CUSTOMERS = [
    "Hello, we make branded lanyards. Your office manager Priya asked us for a quote for 200 "
    "with your logo; it's attached. Happy to adjust the colours.",
    "Hi, I'm a wedding florist and you asked me for a quote for the office party flowers. "
    "Prices from £180, photos of past work on my page.",
    "Guten Tag, Ihre Einkaufsleiterin Frau Berg hat uns um ein Angebot gebeten: 300 "
    "Warnwesten mit Logo, Preis anbei.",
    "Bonjour, votre responsable de site Karim nous a demandé un devis pour 40 casques. Vous le "
    "trouverez en pièce jointe.",
    "Hola, su jefe de almacén Luis nos pidió un presupuesto de 20 transpalets. Se lo envío "
    "adjunto.",
    "Здравствуйте, в объявлении были вакансии с ежедневной оплатой на складе. Они ещё "  # noqa: RUF001
    "актуальны?",
]

# Forty-eighth pass (data/blind56, a funeral director): the trade's scam scripts (a widow abroad
# whose late husband's company pays, the charges deducted and the rest sent on, caskets paid by
# an attorney's wire, the bereaved abroad paying by cheque in five languages, an agent paid from
# the balance, above the asking price), payouts paused, a wrong contact that asks where the
# reader is based; drone filming, photo restoration, rates for funeral homes, factory prices;
# the price template in Yoruba, Swahili, Greek and Hebrew.
FORTY_EIGHTH_PASS_HITS = [
    ("My late mother's insurance company will send you the money for the service.",
     "a known scam script"),
    ("Please deduct your fees and forward the remainder to our family pastor.",
     "a known scam script"),
    ("Two coffins please. Payment will be by wire transfer from my lawyer.",
     "a known scam script"),
    ("I'm currently overseas, so payment with a cashier's check is easiest.",
     "a known scam script"),
    ("Moro no exterior e pagarei com cheque, mande o valor.", "a known scam script"),
    ("Vivo en el extranjero y pagaré con cheque el entierro.", "a known scam script"),
    ("Mia nonna è morta nella vostra città, pagherò con un assegno.", "a known scam script"),
    ("Ich lebe im Ausland, Zahlung per Scheck über die Bank.", "a known scam script"),
    ("Kindly pay my shipping agent from the balance after you charge me.",
     "a known scam script"),
    ("Payouts to your account have been paused. Verify here: pay-check.example.top",
     "a known scam script"),
    ("Sorry, wrong number it seems. By the way, where are you from?", "a known scam script"),
    ("We offer drone videography for weddings. Bulk rates for funeral homes too.",
     "a sales pitch"),
    ("We do photo restoration of old portraits, special rates for undertakers.",
     "a sales pitch"),
    ("Is your salon ready for Christmas? Gift boxes at factory prices.", "a sales pitch"),
    ("Mo fe mo owo re", 'the multilingual "I wanted to know your price"'),
    ("Habari, nilitaka kujua bei", 'the multilingual "I wanted to know your price"'),
    ("Καλημέρα, ήθελα να ρωτήσω την τιμή", 'the multilingual "I wanted to know your price"'),  # noqa: RUF001
    ("שלום, רציתי לשאול מה המחיר", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (forty-eighth pass): a supplier's price-rise notice to its
# customers, a customer paying by cheque at home, a family asking where the reader is based,
# a payment provider's notice that asks nothing, a CV "to resume" work.
FORTY_EIGHTH_PASS_CUSTOMERS = [
    "Dear customer, our oak board prices rise by 4% from 1 March. Orders placed before 20 "
    "February will be invoiced at current prices. New catalogue: https://www.example-board.com "
    "Thank you for your custom.",
    "My father died last night at home. Can we pay by cheque when we come in on Monday?",
    "Hello, we might have the wrong number for the florist. By the way, do you do flowers?",
    "Our payouts were paused last week by our bank; can you invoice us instead this month?",
    "I'd like to resume work after my leave; my manager said to contact you.",
]

# Forty-ninth pass (data/blind59, a laundry and workwear-rental company): list sellers in German
# and French, SEO follow-ups and hooks, cost-cutting, directory, surplus-stock and van-wrap
# pitches, a production fee to be a podcast's guest; a lonely stranger with her age, parcel and
# payment-request fees in Portuguese and Dutch; an inheritance without heirs in Spanish, the
# boss's transfer by WhatsApp, a commission for the buyer, a Pix by mistake, a training kit paid
# first, the class's wrong-number opener; the Chinese template without "I".
FORTY_NINTH_PASS_HITS = [
    ("Kontakte von 30.000 Arztpraxen in Deutschland mit E-Mail, Probedatensatz gratis.",
     "a contact-list sale"),
    ("Fichier qualifié de 12 000 restaurants, extrait gratuit sur demande.",
     "a contact-list sale"),
    ("Just circling back on the SEO proposal for your site, any thoughts?",
     "an SEO / backlink offer"),
    ("Two competitors are outranking you for dry cleaning near me.",
     "an SEO / backlink offer"),
    ("Are you the right person to talk to about getting more leads from your website?",
     "an SEO / backlink offer"),
    ("Are you overpaying for energy? We compared 40 suppliers for you.", "a sales pitch"),
    ("We buy surplus stock of towels. Any quantity, we collect.", "a sales pitch"),
    ("Full fleet wraps fitted at your depot, from £900.", "a sales pitch"),
    ("Be a guest on our show, a small booking fee of $199 applies. Reply to book.",
     "a sales pitch"),
    ("Hello, I think you are a very caring person. I am Anna, 31, a teacher.",
     "a scam or phishing lure"),
    ("Sua encomenda foi tributada. Pague a taxa de R$ 9,90 aqui: correio.example.top",
     "a scam or phishing lure"),
    ("Un cliente fallecido con el apellido de usted dejó una herencia de 2.000.000 sin "
     "herederos.", "a known scam script"),
    ("The MD approved an urgent payment to a new vendor; I'll send the bank details via "
     "WhatsApp.", "a known scam script"),
    ("The order is yours if you agree to a 7% commission for me.", "a known scam script"),
    ("Caiu um Pix de R$ 300 por engano, devolva o valor para a chave do e-mail.",
     "a known scam script"),
    ("You got the job! Pay $60 for your starter kit today.", "a known scam script"),
    ("Hi, is this Maria? It's Lena from the spin class", "a known scam script"),
    ("你好，想了解一下您的报价", 'the multilingual "I wanted to know your price"'),  # noqa: RUF001
]

# ... and the customers beside them (forty-ninth pass): a customer asking for a rival's
# proposal, a buyer of surplus stock, a classmate writing with more to say, a hotel asking a
# sample of the reader's linen, a customer paying a fee the reader asked for.
FORTY_NINTH_PASS_CUSTOMERS = [
    "Our old agency sent an SEO proposal last year; can you review it against yours?",
    "Do you sell your surplus stock of hotel towels? We would take any quantity.",
    "Hi, is this the laundry? It's Lena from the Hotel Sole, we spoke on Monday about "
    "napkins for our restaurant; could you send the price for 200 a week?",
    "Could we get a sample of your table linen before we sign the contract?",
    "We paid the delivery fee you asked for; when will the uniforms arrive?",
]

# Fiftieth pass (data/blind60, a zoo and aquarium): exotic animals for sale in five languages, an
# overpayment refunded by wire, every vendor's open invoices, a Spanish wrong-number opener; a
# supplier portal's log-in, a register's annual fee; a list of event planners; pest control,
# fish exporters, tank cleaning, staff with visa sponsorship, web design in Arabic; the Luganda
# template's past tense.
FIFTIETH_PASS_HITS = [
    ("Two baby lemurs and a capuchin monkey available to good homes, papers included.",
     "a known scam script"),
    ("Sprzedam papugi ara, z dokumentami, wysyłka.", "a known scam script"),
    ("Verkaufe Löwenbabys mit Papieren, Versand möglich.", "a known scam script"),
    ("Yavru maymun ve papağan satılık, belgeli.", "a known scam script"),  # noqa: RUF001
    ("أشبال نمور للبيع مع أوراق", "a known scam script"),
    ("We pay by company cheque; any overpayment can be refunded by Western Union.",
     "a known scam script"),
    ("Send me the list of all our vendors and their unpaid invoices before noon.",
     "a known scam script"),
    ("Hola, ¿eres Pedro? Te escribo de parte de Ana, me pasó tu número.",
     "a known scam script"),
    ("Annual fee: €790. To keep your listing active, return the signed form.",
     "a scam or phishing lure"),
    ("We have a list of 8,000 school trip organisers and teachers. Pricing on request.",
     "a contact-list sale"),
    ("We are a feed exporter, packed for zoos and safari parks. Request a visit: +1 555 0100",
     "a sales pitch"),
    ("Our vets from Kenya are ready to relocate with visa sponsorship. Can we send CVs?",
     "a sales pitch"),
    ("Ki kati, nnabadde njagadde okumanya omuwendo gwo",
     'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fiftieth pass): a zoo arranging an animal transfer with its
# permits, a member who paid twice, an accountant asking for the reader's open invoices, a
# school asking for a visit, a visitor who heard of the reader from a friend.
FIFTIETH_PASS_CUSTOMERS = [
    "Our two red pandas are ready for the transfer to your park; the CITES permits are signed.",
    "I paid my membership twice by mistake, could you refund one of them to my card?",
    "For our audit, could you send a statement of our open invoices with you?",
    "Could our class of 30 request a visit to the aquarium in March?",
    "Hola, me escribo de parte de mi amiga Ana, que trabaja con ustedes: ¿hay visitas guiadas?",
    "Facebook'ta sizin adınıza satılık papağan ilanı var, kapora istiyorlar. Bu siz misiniz?",  # noqa: RUF001
]

# Fifty-first pass (data/blind61, an optician chain): appointments sold in French, a tender
# fronted for a commission, the wrong contact trading gold futures, a loan with no collateral,
# "visit mine too", lenses without prescription; bulk SMS, makers in a named city, private
# label, product uploads, penetration tests, trade chains; the template in Czech, Serbian and
# Hindi.
FIFTY_FIRST_PASS_HITS = [
    ("Besoin de prospects ? Nous générons des rendez-vous qualifiés pour vos équipes.",
     "a contact-list sale"),
    ("We need a foreign company to front the tender; your commission is 15%.",
     "a known scam script"),
    ("Oops, wrong contact I think. Nice to meet you though! Where are you from?",
     "a known scam script"),
    ("We can finance your expansion with $250,000, no collateral required.",
     "a loan / business-funding offer"),
    ("Great blog, visit mine too https://blog.example.top/", "comment"),
    ("Coloured contact lenses without prescription, fast shipping.", "counterfeit"),
    ("Bulk SMS for dental practices at 2p per SMS.", "a sales pitch"),
    ("We are a frame factory in Wenzhou. Hot models for 2027 are ready.", "a sales pitch"),
    ("Your own label: eye drops under your brand, private label from 5,000 pcs.",
     "a sales pitch"),
    ("Is your customer data safe? We run penetration tests for independent retailers.",
     "a sales pitch"),
    ("Dobrý den, jaká je vaše cena?", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-first pass): a patient asking about lenses without a
# new prescription, a franchisee's own brand, a retailer asking about data safety.
FIFTY_FIRST_PASS_CUSTOMERS = [
    "Can I reorder my contact lenses without a new prescription if my test was last year?",
    "Could our new store carry frames under your brand, or only the house brand?",
    "Is my patient data safe with you after the breach in the news? Please reply.",
]

# Fifty-second pass (data/blind57, a hotel group): the card payer whose surplus the hotel pays
# on, in nine languages, a group's cheque split with the bus company, several cards, job offer
# letters sold; a renovation loan; a register's paid listing, a booking account suspended in
# Arabic; a website slow on mobile (German); the template in Bulgarian, Mongolian, Tongan, Hindi.
FIFTY_SECOND_PASS_HITS = [
    ("Je paie par carte et vous réglerez le photographe avec la différence.",
     "a known scam script"),
    ("Zapłacę kartą, a nadwyżkę proszę przelać kierowcy.", "a known scam script"),
    ("Ik betaal met creditcard en u betaalt het restant aan de chauffeur.",
     "a known scam script"),
    ("Pago con carta e voi pagherete il trasporto.", "a known scam script"),
    ("Оплачу картой, а разницу отправьте водителю.", "a known scam script"),  # noqa: RUF001
    ("Our travel company will need to be paid from the same card.", "a known scam script"),
    ("Need a loan for your spa renovation? Low interest.", "a loan / business-funding offer"),
    ("حسابكم على بوكينج سيتم إيقافه اليوم", "a scam or phishing lure"),
    ("Ihre Website lädt auf dem Handy zu langsam. Wir optimieren das in 24 Stunden für 99 €.",
     "a sales pitch"),
    ("Здрасти, искам да знам цената.", 'the multilingual "I wanted to know your price"'),
    ("Malo e lelei, na'a ku fie 'ilo ho'o totongi",
     'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-second pass): a wedding couple paying by card, a
# firm paying its staff's rooms by card, a guest asking about a booking message.
FIFTY_SECOND_PASS_CUSTOMERS = [
    "Je paie par carte à l'arrivée ; le traiteur est déjà réglé de notre côté.",
    "We will pay the rooms by company card; our travel company books the flights separately.",
    "I got a message saying my Booking.com account will be suspended, is that from you?",
]

FIFTY_THIRD_PASS_HITS = [
    ("Agence de recrutement de saisonniers. Nous avons des candidats disponibles dès janvier. "
     "Contactez-nous : +33 6 12 34 56 78", "a sales pitch"),
    ("We can get you guaranteed bookings from Korean tour groups. Pay per booking, "
     "interested?", "a sales pitch"),
    ("I'm Leo from Fastmail Labs. We help entertainment brands automate their email marketing. "
     "Would you be the right person to talk to, or could you point me to the right person?",
     "a sales pitch"),
    ("Aerial shots of your venue in 8K. Rate: €1,400/day, we have 2 days free in May.",
     "a sales pitch"),
    ("Dear manager, this is the family of the guest who stayed in room 8. We found something "
     "important in the photos, please look: https://photos-share.example/x",
     "a scam or phishing lure"),
    ("Dzień dobry, Państwa firma nie jest wpisana do rejestru. Grozi kara do 5000 zł. "
     "Rejestracja: https://rejestr-firm.example/", "a scam or phishing lure"),
    ("Our sponsor pays everything by card, including the bus fee, which you will kindly "
     "forward to the coach company.", "a known scam script"),
    ("Hello, is this still the contact of Mrs Ana? I'm her friend from the pottery class, I "
     "lost her number.", "a known scam script"),
    ("Hello dear, I found your email on the cinema club website. I am an engineer working "
     "abroad and I would like to know you better.", "a known scam script"),
    ("Oi, é a sua filha, mudei de número. Me chama no WhatsApp.", "a known scam script"),
    ("Same day loans, why not? https://quick-cash.example/apply",
     "a loan / business-funding offer"),
]

# ... and the customers beside them (fifty-third pass): a school asking for its own staffing
# agency's cover, a group leader paying by card, a guest who lost a friend's number, a
# customer with the family's photos of their stay.
FIFTY_THIRD_PASS_CUSTOMERS = [
    "Our staffing agency says they have candidates available for the kitchen; can your chef "
    "call them?",
    "Our sponsor pays the group booking by card; the coach company invoices us separately.",
    "I lost her number: could you pass my thanks to your instructor Maria for the lessons?",
    "We found something important in the photos we took: our son left his jacket in the hall. "
    "Can you check lost property?",
]

FIFTY_FOURTH_PASS_HITS = [
    ("Enhorabuena, su teatro ha ganado el premio 2026. Para recibir el trofeo debe abonar 250 € "
     "de gastos.", "a known scam script"),
    ("Gratulacje! Opłata za dyplom wynosi 900 zł.", "a known scam script"),
    ("My assistant pays by card and the photographer will be paid through you.",
     "a known scam script"),
    ("Hey, is this still Maria's number? We met at the book club.", "a known scam script"),
    ("Hi, wrong number I think. Anyway, do you invest in crypto?", "a known scam script"),
    ("We will launch a DDoS attack on your booking site unless you pay 0.1 BTC.",
     "an extortion threat"),
    ("Sind Sie gerade im Büro? Ich brauche Hilfe bei einer dringenden Überweisung.",
     "a scam or phishing lure"),
    ("We can list your gym in 80 local directories for $49.", "an SEO / backlink offer"),
    ("Hello, we are an event catering company. Can we be on your preferred supplier list?",
     "a sales pitch"),
    ("We manufacture inflatable event screens. Free shipping to Europe this month.",
     "a sales pitch"),
    ("Hi, we print branded cups and trays for venues. Minimum 3,000 pcs.", "a sales pitch"),
    ("Szia, szeretném tudni az áraikat.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-fourth pass): a winner asking about a real award's
# ceremony, a caterer booking a room, a customer asking for free shipping, a member who lost a
# friend's number.
FIFTY_FOURTH_PASS_CUSTOMERS = [
    "We won your short film award last year; is the trophy collected at the ceremony or posted?",
    "We are an event catering company and would like to hire screen 2 for our staff party.",
    "Do you offer free shipping to Europe for gift cards bought online?",
    "Is this still the box office number? The phone keeps ringing out.",
]

FIFTY_FIFTH_PASS_HITS = [
    ("My planner sends a certified cheque which covers the venue and the band. Please transfer "
     "the band's part to them.", "a known scam script"),
    ("Hi, it's me Tomas. I changed my number, can you resend the payment link?",
     "a known scam script"),
    ("Hello, is this Marta? We met at the club dinner, I hope you remember me!",
     "a known scam script"),
    ("Uw betaling voor het abonnement is mislukt. Werk uw betaalgegevens bij via deze link: "
     "https://abonnement-nl.example/", "a scam or phishing lure"),
    ("Ваш домен истекает сегодня, продлите: https://domain-renew.example/",
     "a scam or phishing lure"),
    ("Just following up on my email about your website's rankings, any thoughts?",
     "an SEO / backlink offer"),
    ("Are you open to a paid link on your resources page? $150 a year.",
     "an SEO / backlink offer"),
    ("We are the official distributor of electric scooters in Spain. We are looking for "
     "partners in your country.", "a sales pitch"),
    ("Ndewo, achọrọ m ịma ọnụahịa gị.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-fifth pass): suppliers changing bank details who ask
# for a call at the usual number, a member who changed phone number.
FIFTY_FIFTH_PASS_CUSTOMERS = [
    "Our bank details change on 1 March. Please confirm the new IBAN by phone on the usual "
    "number, not by email. The invoice is on the customer portal.",
    "Nos coordonnées bancaires changent. Merci de confirmer le nouveau RIB par téléphone au "
    "numéro habituel. La facture est disponible sur l'espace client.",
    "I changed my phone number, please update my membership record with the new one.",
]

FIFTY_SIXTH_PASS_HITS = [
    ("I put together a competitor analysis for your salon: the keywords your competitors rank "
     "for and their links. Shall I send it?", "an SEO / backlink offer"),
    ("We would like to buy an advertorial on your blog about garden tools. What is the price?",
     "an SEO / backlink offer"),
    ("I checked your visibility after Google's update last month hit your sector: you are down "
     "40%. Free call?", "a sales pitch"),
    ("We manufacture vacuum stations for car washes, direct from our factory. Would you like a "
     "brochure?", "a sales pitch"),
    ("Sell our organic products in your store with a 35% margin, no minimum order for the first "
     "order.", "a sales pitch"),
    ("Hi, I'm the new finance director at your packaging supplier. Our new account is in Dubai "
     "for tax reasons; please update it before the next payment.", "a known scam script"),
    ("This is the CEO. I need a favour, don't mention this to anyone yet. Email me now.",
     "a known scam script"),
    ("Acme Ltd has sent you a document to review and sign: Service Agreement 2027. Open: "
     "https://docs-sign.example/x", "a scam or phishing lure"),
    ("Hello dear, you have a kind smile on your profile photo. I would love to know you more.",
     "a scam or phishing lure"),
    ("Hello, is this Mr Novak? I was told you are selling the blue Audi. Is it still "
     "available?", "a known scam script"),
    ("我在银行做黄金投资，这个月收益40%，加我微信。", "a crypto / investment offer"),  # noqa: RUF001
    ("Get a merchant cash advance of up to $20,000 within 48 hours.",
     "a loan / business-funding offer"),
    ("Sorry for posting here. https://pills-online.example/buy", "blog-comment spam phrasing"),
    ("Look at my profile https://www.kzdoam.example/offer/59976", "blog-comment spam phrasing"),
    ("Купить права без экзамена быстро: https://prava.example/",
     "counterfeit documents or goods"),
    ("Kula kepengin ngertos reginipun panjenengan.",
     'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-sixth pass): a customer quoting a document-to-sign
# e-mail, a wrong number on the website, newcomers, a present importer offering samples, a
# job seeker's LinkedIn profile, a deli that wants to resell the beans.
FIFTY_SIXTH_PASS_CUSTOMERS = [
    "We got an email saying 'Harbor Wash has sent you a document to review and sign' with a "
    "link. Is this really from you?",
    "I think I have the wrong number for your Leeds site, the one on the website rings out. "
    "Can someone call me?",
    "We are new in town and looking for a monthly wash plan for our two cars.",
    "Can we set up a call next week to discuss the fleet contract you sent?",
    "I was told you are selling gift vouchers, can I buy five for our staff?",
    "Does the first 3 months free offer on your website apply to my second car?",
    "Bitte beachten Sie unsere neue Rechnungsadresse. Telefonisch bin ich diese Woche nicht "
    "erreichbar, bitte per E-Mail antworten.",
    "Hi, I'm the new finance director at Harbor Logistics, one of your fleet customers; please "
    "send invoices to me from now on.",
    "Would you like samples of our beans before we sign? We are your green coffee importer.",
    "Can you send me the trade price list? We want to sell your beans in our deli with a "
    "decent margin.",
    "Look at my profile https://www.linkedin.com/in/jdoe",
    "Do you also sell screenwash in bulk?",
    "社用車が4台あります。月額契約は可能でしょうか。",
]

FIFTY_SEVENTH_PASS_HITS = [
    ("Buongiorno, produciamo dispenser di sapone per hotel. Cerchiamo rivenditori in Italia.",
     "a sales pitch"),
    ("We are a trading company in Thailand exporting rubber gloves. Please advise your import "
     "needs.", "a sales pitch"),
    ("Our smart trap detects mice and sends alerts. We are looking for cleaning companies to "
     "resell it.", "a sales pitch"),
    ("We make LED signs in Shenzhen, your logo printed on every unit for orders over 300 pcs.",
     "a sales pitch"),
    ("Ihre Firma wurde wegen Verstoß gegen die Datenschutzverordnung gemeldet. Bußgeld: 450 €. "
     "Zahlung unter https://fine-pay.example/", "a scam or phishing lure"),
    ("Hello, I want 40 units for my clinic. I will call my card supplier to pay.",
     "a known scam script"),
    ("I am a foreign investor looking to invest in your business. Contact my secretary.",
     "a known scam script"),
    ("Get an instant cash advance today. Text LOAN to 555 0101.",
     "a loan / business-funding offer"),
    ("Nous générons des demandes de devis pour les plombiers. Paiement au lead.",
     "a contact-list sale"),
    ("Hello, sorry to bother you, is this Marco? We talked at the conference.",
     "a known scam script"),
    ("Güzel site, teşekkürler! https://x.example/", "blog-comment spam phrasing"),
]

# ... and the customers beside them (fifty-seventh pass): a buyer's own tender on SharePoint, a
# buyer looking for contractors, drones asked for, wraps damaged in the wash, a declined card,
# a site induction's requirements.
FIFTY_SEVENTH_PASS_CUSTOMERS = [
    "Our tender documents are on our SharePoint: https://ourcompany.sharepoint.com/tender, "
    "deadline 30 January.",
    "We are looking for pest control companies to quote for our three warehouses.",
    "Do you sell drones for bird control? We need two for our farm.",
    "Our van wraps are peeling after the wash, can you recommend a gentler programme?",
    "My card supplier declined the payment, can you send an invoice instead?",
    "Please advise your requirements for the site induction before your technician visits.",
]

FIFTY_EIGHTH_PASS_HITS = [
    ("Dzień dobry, Pani salon example.com nie pojawia się w Google na frazę „fryzjer w "
     "pobliżu”. Wypozycjonujemy go do TOP 3 w 90 dni.", "an SEO / backlink offer"),
    ("Please charge this card and send the gift codes by email, I'm travelling and can't call.",
     "a known scam script"),
    ("Necesito que compres unas tarjetas regalo hoy, es confidencial.", "a known scam script"),
    ("Important: https://x-offer.example/", "blog-comment spam phrasing"),
    ("We develop custom inventory software for breweries. Quote within 24h.", "a sales pitch"),
    ("Njagala okumanya omuwendo gwo.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (fifty-eighth pass): a traveller paying by the card on
# file, an office move announced as important, a salon asking about its own listing.
FIFTY_EIGHTH_PASS_CUSTOMERS = [
    "I'm travelling next week, can you charge my card on file for the renewal?",
    "Important: our office moves on Monday, please update the address.",
    "Our salon does not appear in Google on the phrase 'barber near me' - is that something "
    "you can check on your booking page listing?",
]

FIFTY_NINTH_PASS_HITS = [
    ("It's me, new number. Can you help me with a payment today? I'll pay you back tomorrow.",
     "a known scam script"),
    ("We have detected a virus on your website. Call our security team now.",
     "a false alarm about the business's website or listing"),
    ("Your sitemap is broken and a few pages return 404. Happy to do a full audit.",
     "a sales pitch"),
    ("Invoice attached. Please review and pay by end of day. Our account details have been "
     "updated: https://pay-now.example/", "a scam or phishing lure"),
    ("Want to appear on Google Maps in 30 nearby towns? Our virtual location service does it.",
     "an SEO / backlink offer"),
]

# ... and the customers beside them (fifty-ninth pass): a supplier's usual invoice, a customer's
# own virus warning, an applicant reporting a broken careers page.
FIFTY_NINTH_PASS_CUSTOMERS = [
    "Our new invoice is attached; please pay within 30 days as usual.",
    "Our website shows a virus warning since yesterday, could your IT team check our shared "
    "hosting?",
    "I noticed your sitemap is broken on the careers page, the link to apply returns 404.",
]

# ... and after the seventieth blind set: a tradesperson relocating who asks whether a named
# branch is hiring, with a portfolio link.
SEVENTIETH_SET_APPLICANTS = [
    "Hello, I'm a qualified piercer (APP member, 6 years) relocating to Dublin. Are you hiring "
    "at the Dublin studio? My portfolio: https://www.instagram.com/pierced.by.example/",
    "I am a certified barber moving to Leeds. Are you hiring in your Leeds shop?",
]

SIXTIETH_PASS_HITS = [
    ("Abbiamo cambiato le coordinate bancarie: i prossimi pagamenti sul nuovo IBAN, per favore.",
     "a scam or phishing lure"),
    ('Review document: docs-review.example - Priya has sent you "Supply Agreement" to review '
     "and sign.", "a scam or phishing lure"),
    ("Pay the demurrage charge of $300 via Western Union to release it.", "a known scam script"),
    ("I invested $200 and now have $5,400. My account manager can help you too.",
     "a crypto / investment offer"),
    ("We organise study trips to trade fairs in Asia. Would any of your staff like to join?",
     "a sales pitch"),
    ("我想知道你嘅價錢", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (sixtieth pass): a charity fair's free spot, a client who saw
# the reader's photo of their work, a buyer asking a wholesale price, an order sent through the
# reader's own portal.
SIXTIETH_PASS_CUSTOMERS = [
    "We'd like to offer your studio a spot at our charity fair, free of charge.",
    "I saw your photo on your website, you did my sister's wedding hair - can I book the same "
    "stylist?",
    "Our supplier says we have great margins for your shop if we stock your aftercare, what's "
    "the wholesale price?",
    'Our customer has sent you "Order 4411" to review and sign on your own supplier portal - '
    "did it arrive?",
]

# After the seventy-first blind set (a driving school chain): a licence sold without a test, a
# fine to pay by link, the MD on a flight, an investor's client, an instructor's new account,
# pages "crawled - currently not indexed", a podcast's sponsorship slots, a debt collector, an
# energy broker, the price template in Tibetan and Guarani.
SIXTY_FIRST_PASS_HITS = [
    ("Führerschein ohne Prüfung, echter Führerschein, Lieferung in einer Woche. WhatsApp: "
     "+44 7700 900123", "counterfeit documents or goods"),
    ("DGT: multa de tráfico pendiente de pago. Pague hoy: https://dgt-pagos.example.org/",
     "a phishing lure"),
    ("This is Anna from the CEO's office: process a payment of $9,800 to a new supplier today. "
     "Do not call, I'm on a flight.", "a known scam script"),
    ("I have a client who wishes to invest $2m in motorcycle schools. Kindly reply.",
     "a known scam script"),
    ("Your site has 37 pages with 'Crawled - currently not indexed'. I can fix that this week.",
     "an SEO / backlink offer"),
    ("Sponsorship slots from $300 per episode on our road-safety podcast. Interested?",
     "a marketing-services pitch"),
    ("We are a debt recovery agency: pupils who owe you money? We collect no win no fee.",
     "a marketing-services pitch"),
    ("བཀྲ་ཤིས་བདེ་ལེགས། ཁྱེད་ཀྱི་གོང་ཚད་ཤེས་འདོད་བྱུང་།",
     'the multilingual "I wanted to know your price"'),
    ("Mba'éichapa, aipota kuri aikuaa pe repy.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (sixty-first pass): a learner exchanging a foreign licence,
# a learner asking whether a fine text is real, a parent paying the monthly lessons.
SIXTY_FIRST_PASS_CUSTOMERS = [
    "Can I swap my Indian licence for a UK driving licence without a test, or do I need lessons?",
    "Is 'DGT: multa de tráfico pendiente de pago' with a link real? I got it this morning.",
    "Hi, I changed my bank - can I pay this month's lessons by card instead?",
]

# After the seventy-second blind set (a florist): a flower farm exporting direct to florists,
# dropshipping add-ons, a fair's stand, staff via work visas, an order paid by card with the
# balance sent on, a freight agent paid first, a tender behind a login, ranking before a date,
# "how much is your price" said whole.
SIXTY_SECOND_PASS_HITS = [
    ("We are a rose grower in Ecuador exporting premium stems direct to florists across the EU.",
     "a supplier's unsolicited offer"),
    ("Gift hampers dropshipping from our warehouse, you keep 30% margin.",
     "a supplier's unsolicited offer"),
    ("Book your stand at our Autumn Bridal Fair, early-bird £250.",
     "a supplier's unsolicited offer"),
    ("Seasonal pickers and drivers supplied via work visas, ready in six weeks.",
     "a supplier's unsolicited offer"),
    ("I'd like 30 table arrangements, $6,200. Please charge my two cards and transfer the "
     "balance to my planner.", "a known scam script"),
    ("Can you ship 20 wreaths abroad? You must use our freight agent, whose fee you pay first.",
     "a known scam script"),
    ("Tender for 50 arrangements - login to view the tender: https://tenders.example.best/",
     "a phishing lure"),
    ("We can get you ranking before Mother's Day if you sign up now.", "an SEO / backlink offer"),
    ("Hello, how much is your price?", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (sixty-second pass): a deaf customer paying by card, a
# supplier the reader buys from, a bride asking about the fair, a buyer asking a price for a
# named bouquet.
SIXTY_SECOND_PASS_CUSTOMERS = [
    "I'm deaf, so email only please: a funeral wreath for Friday, I can pay by card on the site.",
    # a deaf booker paying by one card was a scam script until the sixty-second pass
    "I'm hearing impaired and write only by email. We want a quote for a dinner for 90. "
    "Payment will be by credit card.",
    "Your usual rose farm here: order 4471 ships Tuesday, stems 60 cm as agreed.",
    "We met at your stand at the Spring Wedding Show - can we book a consultation?",
    "Hello, how much is the large peony bouquet with delivery to Leeds?",
]

# After the seventy-third blind set (an entertainment centre): the entertainer's fee added to
# the card payment, ID "for verification", an expo's housing by wire, a caterer cheaper than the
# present one, terminals beating the reader's rates, a best-of list by sponsored placement, a
# profile link, the template in Hindi (Latin letters), Ukrainian and Luo.
SIXTY_THIRD_PASS_HITS = [
    ("Party for 20 kids, I pay by card. The magician doesn't take cards, so I will add his $900 "
     "to my payment and you pass it on.", "a known scam script"),
    ("Please send your bank details and ID for verification before our company pays.",
     "a known scam script"),
    ("Show hotels still available near the venue. Reserve with a deposit by wire today.",
     "a known scam script"),
    ("We're a bakery with party platters, cheaper than what you have now. Menu attached?",
     "a supplier's unsolicited offer"),
    ("Our merchant team will beat your current rates on every card payment.",
     "a supplier's unsolicited offer"),
    ("Top 10 climbing walls of 2027: inclusion is by sponsored placement only ($400).",
     "a marketing-services pitch"),
    ("my profile https://www.example-funnels.biz/join", "blog-comment spam phrasing"),
    ("Namaste, mujhe aapki price janni thi.", 'the multilingual "I wanted to know your price"'),
    ("Добрий день, яка ваша ціна?", 'the multilingual "I wanted to know your price"'),
    ("Misawa, ne adwaro ng'eyo nengo mari.", 'the multilingual "I wanted to know your price"'),
]

# ... and the customers beside them (sixty-third pass): a parent paying the whole party by card,
# a job seeker's LinkedIn profile, a price asked for a named package.
SIXTY_THIRD_PASS_CUSTOMERS = [
    "Party for 20 kids on Saturday, I'll pay the deposit by card - is the magician included?",
    "my profile https://www.linkedin.com/in/jane-doe-events",
    "Добрий день, яка ваша ціна на вечірку для 15 дітей у суботу?",  # noqa: RUF001
]

# After the seventy-fifth blind set (a scrap and skip-hire company): copper cathodes below the
# LME with the inspection paid first, an unclaimed deposit, new bank details for the next
# payments, a licence expiring with a fine, a neighbour's complaint behind a link, insurers who
# love it, LinkedIn outreach, "want to rank for those?".
SIXTY_FOURTH_PASS_HITS = [
    ("We offer 500 t copper cathode at LME minus 12%. SGS inspection fee payable in advance.",
     "a known scam script"),
    ("Продаём медный катод, ниже биржи, предоплата за инспекцию обязательна.",
     "a known scam script"),
    ("You have an unclaimed deposit of $4,200 from a cancelled contract. Message us on Telegram.",
     "a known scam script"),
    ("Veuillez noter nos nouvelles coordonnées bancaires pour vos prochains paiements.",
     "a phishing lure"),
    ("We received a complaint from your neighbour about noise: https://complaints.example.top/f",
     "a phishing lure"),
    ("Our dust suppression cannons for yards: insurers love it. Brochure?",
     "a supplier's unsolicited offer"),
    ("We do LinkedIn outreach to facility managers for you, 800 connections a month guaranteed.",
     "a supplier's unsolicited offer"),
    ("People search 'skip hire near me' daily. Want to rank for those? Reply for details.",
     "an SEO / backlink offer"),
]

# ... and the customers beside them (sixty-fourth pass): a mill buying scrap at an LME-linked
# price, a customer whose bank changed, a neighbour complaining in their own words.
SIXTY_FOURTH_PASS_CUSTOMERS = [
    "We buy No. 2 copper at LME minus 8%, collected from your yard. Can you do 20 t a month?",
    "We have new bank details since our merger; I will call your accounts team to confirm them.",
    "I live next to your yard and the dust on our cars is getting worse. Can someone call me?",
    "A firm emailed me offering copper cathode under LME with an SGS inspection fee paid in "
    "advance. Is this normal? Sounds dodgy.",
]

# 2026-12-03, sixty-fifth pass (data/blind74 misses): gift cards asked for from a meeting, a
# soldier's trunk of millions for a trusted person, an overpayment to pass on, lessons paid by
# cheque with the total asked, a friend's number and "is this the ...?", "long time no see",
# a child's casting profile with a fee, a scholarship's application fee, a festival place paid
# per performer (English, Spanish), a trophy or diploma to pay for (English, Russian), the
# reader's name as a Chinese domain, bank statements and ID for a buyer, a job's medical fee,
# WhatsApp and a paid partnership, "how are you doing today? ... to know you better", a
# bookkeeper paid on commission, a bot blocker sold to a site "getting spam, right?",
# wholesale production (Russian), the template in Malayalam and Lingala.
SIXTY_FIFTH_PASS_HITS = [
    ("Quick favour, I'm in a meeting all afternoon. Can you buy some iTunes gift cards for the "
     "clients? I'll explain later.", "a known scam script"),
    ("I am Sergeant Mills of the UN peacekeeping mission and need a trusted person to receive "
     "a trunk containing US$8.5 million.", "a known scam script"),
    ("I'll send payment for the order and a little extra for the transport company which you "
     "will pass on.", "a known scam script"),
    ("My daughter is deaf and I want her to take 10 lessons. I'll pay upfront by cheque, reply "
     "with the total and your address.", "a known scam script"),
    ("Hi, I got your number from a friend. Is this the roofer Dave?", "a known scam script"),
    ("Casting call for a TV advert! Register your child's profile today, a small portfolio fee "
     "applies.", "a known scam script"),
    ("Your students can win a full scholarship to Boston. Application fee $45 at our site.",
     "a known scam script"),
    ("Your choir has been invited to perform in Vienna! Only a registration and visa fee of "
     "$390 per singer.", "a known scam script"),
    ("Su colegio ha sido seleccionado para el torneo de Dubái. Solo debe abonar 300 € por "
     "jugador.", "a known scam script"),
    ("Ваша компания включена в рейтинг лучших. Для получения диплома оплатите взнос.",
     "a known scam script"),
    ("We are a registrar in Shanghai; a firm wants to register your company name as .cn "
     "domains and internet keyword.", "a known scam script"),
    ("I want to buy your business, cash. Send a copy of your bank statements and ID.",
     "a known scam script"),
    ("Successful candidates must pay $300 for medical checks.", "a known scam script"),
    ("Can we chat on WhatsApp about a paid brand partnership? +44 7700 900123",
     "a known scam script"),
    ("Hello dear, how are you doing today? I wish to know you better.", "a known scam script"),
    ("I do bookkeeping for salons on Xero. Pay per month, commission only.", "a sales pitch"),
    ("Hello, your website is getting spam, right? Our plug-in blocks bots for roofing "
     "websites. $49/month.", "a sales pitch"),
    ("Производство спецодежды. Опт от 50 шт. Каталог по запросу.", "a sales pitch"),
    ("ഹലോ, എനിക്ക് നിങ്ങളുടെ വില അറിയണമായിരുന്നു.",
     'the multilingual "I wanted to know your price" template'),
    ("Mbote, nazalaki na mposa ya koyeba ntalo na bino.",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (sixty-fifth pass): a customer whose filter blocks bots
# badly, a troupe invited to perform that rents a studio, a friend's recommendation, an old
# pupil's "long time no see", a sponsor asking for its link, a call centre buying cleaning.
SIXTY_FIFTH_PASS_CUSTOMERS = [
    "We keep getting spam through our contact form and our filter blocks bots badly. Can your "
    "team help?",
    "Our troupe was invited to perform at a festival in Lyon; can we rent your studio to "
    "rehearse? Budget 300 EUR per day.",
    "I got your number from a friend who had her roof done by you. Could you quote for ours?",
    "Hi, it's Jo from the summer school, long time no see! Do you have space in the Tuesday "
    "class?",
    "Could you add our link to your partners page? We sponsored your show last month.",
    "We are a call centre in Manchester looking for office cleaning, 3 floors.",
]

# 2026-12-03, sixty-sixth pass (data/blind76 misses): plans behind a link to download, a
# subcontract's tender document fee, a buyer's courier with bank details asked, net 30 shipped
# to a forwarder, a tender behind a login (French), a tax refund (German), trade rates with a
# trade account to open, van tracking with trackers free, wholesale prices, a listing with a
# link at a price, a follow-up about an SEO report, 100% approval, the template in Samoan.
SIXTY_SIXTH_PASS_HITS = [
    ("Hi, the plans are in this file: https://drive-plans.example.top/p. Please download and "
     "reply today.", "a known scam script"),
    ("My firm subcontracts a warehouse re-roof worth $400,000. Please pay the tender document "
     "fee of $150 first.", "a known scam script"),
    ("Is the van still available? I'll send a courier to pick it up, send me your full name "
     "and bank details.", "a known scam script"),
    ("We want 50 ladders, payment by purchase order net 30, ship to our freight forwarder in "
     "Miami.", "a known scam script"),
    ("Appel d'offres : dossier disponible ici (connexion requise) : "
     "https://ao-portail.example.top/x", "a known scam script"),
    ("Finanzamt: Sie haben Anspruch auf eine Steuerrückerstattung. Formular: "
     "https://x.example.top", "a known scam script"),
    ("We sell roofing felt at trade rates across Kent. Open a trade account today.",
     "a sales pitch"),
    ("Hi, we provide van tracking for builders. First 2 trackers free.", "a sales pitch"),
    ("Wholesale prices for UK roofing companies on EPDM. Call us for a valuation of your old "
     "stock.", "a sales pitch"),
    ("Inclusion with a link is £80. Shall I reserve your spot?", "a sales pitch"),
    ("Following up on my last 4 emails about the SEO audit for your site.",
     "an SEO / backlink offer"),
    ("Funding for builders: no paperwork, 100% approval, cash today.",
     "a loan / business-funding offer"),
    ("Talofa, na ou fia iloa lau tau.",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (sixty-sixth pass): drawings on an architect's own site, a
# buyer paying on net 30 as usual, a council's tender portal, a seller of old scaffolding, a
# builder asking for a trade account, a charity asking for a link.
SIXTY_SIXTH_PASS_CUSTOMERS = [
    "I've attached the plans; the drawings are in this file: "
    "https://www.smitharchitects.co.uk/p/22 - could you quote?",
    "We will pay on net 30 as usual, invoice to our accounts team.",
    "Our tender documents are on our portal, login required: https://procure.kent.gov.uk",
    "We sell our old scaffolding, any interest?",
    "Can you open a trade account for us? We're builders in Leeds.",
    "Could you put a link to our charity in your footer?",
]

# 2026-12-03, sixty-seventh pass (data/blind77 misses): a stolen passport and a loan by
# MoneyGram, a deaf client's cheque (Spanish), a Microsoft sign-in to see details updated on a
# OneDrive, a token "50x guaranteed", photos sold as NFTs, photo editing from abroad with a free
# trial (Arabic), followers sold (Arabic), a keyword, an arrow and a link.
SIXTY_SEVENTH_PASS_HITS = [
    ("My passport was stolen in Lisbon, can you lend me $300 via MoneyGram?",
     "a known scam script"),
    ("Soy sorda; le pagaré con cheque que incluye el transporte.", "a known scam script"),
    ("We have updated our event details on our OneDrive. Please sign in with your Microsoft "
     "account to see them: https://onedrive-docs.example.top/x", "a scam or phishing lure"),
    ("New token before launch, 50x guaranteed!", "a crypto / investment offer"),
    ("We manage your stock portfolio and split the earnings. Interested in selling your photos "
     "as NFTs?", "a crypto / investment offer"),
    ("نحن نقدم خدمة تصميم بأسعار منافسة. تجربة مجانية", "a sales pitch"),
    ("شراء متابعين تيك توك", "a marketing-services pitch"),
    ("shoes => https://cheap-shoes.example.top/", "an SEO / backlink offer"),
]

# ... and the customers beside them (sixty-seventh pass): a customer whose wallet was stolen at
# the studio, a buyer of stock photography, a portfolio behind an arrow, a deaf customer paying
# by card, a brief on SharePoint behind a sign-in.
SIXTY_SEVENTH_PASS_CUSTOMERS = [
    "My wallet was stolen at your studio yesterday, did anyone hand it in?",
    "We use stock sites to sell our photos; can you shoot for Adobe Stock?",
    "Portfolio -> https://www.behance.net/annak",
    "I'm deaf (soy sordo), can we communicate by email? I'll pay by card.",
    "Our brief is on SharePoint; sign in with your Microsoft account to view it if you're a "
    "guest.",
]

# 2026-12-03, sixty-eighth pass (data/blind78 misses): a prince's fortune "for discretion", a
# foreign student paying extra for a visa letter, a double payment refunded by Western Union,
# bank details asked for the sender's accountant, a directory fee for a company found in the
# register (German), test results without the exam, diplomas sold (Portuguese), technical errors
# counted (French), "wanted to know your price list" said whole.
SIXTY_EIGHTH_PASS_HITS = [
    ("Hello, I write on behalf of a Saudi prince who will invest $20 million in your school. "
     "For discretion please reply only to x@y.com", "a known scam script"),
    ("I will pay extra for your help with my student visa letter.", "a known scam script"),
    ("I paid for the course by mistake twice, please refund $3,200 to this account via Western "
     "Union.", "a known scam script"),
    ("Send me your bank details so my accountant can pay the fees.", "a known scam script"),
    ("Wir haben Ihre Firma im Handelsregister gefunden. Die Gebühr beträgt 490 €.",
     "a known scam script"),
    ("Get TOEFL 110 without taking the test, 100% verifiable.", "counterfeit documents or goods"),
    ("Vendemos diplomas universitários, entrega rápida.", "counterfeit documents or goods"),
    ("Nous avons analysé votre site : 14 erreurs techniques.", "an SEO / backlink offer"),
    ("Hi, wanted to know your price list, thanks",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (sixty-eighth pass): a parent whose daughter has her IELTS
# score, a school asking for bank details for its accountant, a double payment refunded to a
# card, a visa letter asked about, a lost student card, a tutoring site quoting its homepage.
SIXTY_EIGHTH_PASS_CUSTOMERS = [
    "Our daughter got IELTS 7.5; can she skip the test at your school or must she sit it again?",
    "Can you send your bank details so our accountant can pay the invoice?",
    "I paid twice by mistake for the course, could you refund one to my card?",
    "Is the student visa letter included in the fee?",
    "We lost our student ID card, how do we get a new one?",
    'Hi, I run a tutoring site and our homepage says "GUARANTEED GRADE IMPROVEMENT OR YOUR MONEY '
    'BACK". We want a quote for moving our bookings to your platform, 9 tutors.',
]

# 2026-12-03, sixty-ninth pass (data/blind79 misses): a logistics agent's handling fee, a buyer's
# agent who pays, a cheque with the buyer's mover, net 30 collected by the buyer's freight
# company, "you gave me your number ... wrong number", an agency placing workers with visa
# support, a link in place of a broken one, "look here" (German), "nice blog! check <link>", the
# template in Bambara.
SIXTY_NINTH_PASS_HITS = [
    ("Please send pro forma invoice; our logistics agent will contact you for the handling fee.",
     "a known scam script"),
    ("My agent in Paris will make the payment and collect.", "a known scam script"),
    ("I will send a cheque and my mover will collect the sofa.", "a known scam script"),
    ("We will pay on net 30 terms and collect with our freight company.", "a known scam script"),
    ("Is this Maria? You gave me your number at the fair, sorry if wrong number!",
     "a known scam script"),
    ("We are agency placing nurses from Kenya. Visa support included. Reply for CVs.",
     "a sales pitch"),
    ("I found a broken link on your Resources page. I have a similar guide that could replace "
     "it. Could you add my link instead?", "a sales pitch"),
    ("Hallo, schau mal hier https://x.example.top und www.y.example.top",
     "blog-comment spam phrasing"),
    ("nice blog! check https://x.example.top and https://z.example.top",
     "blog-comment spam phrasing"),
    ("I ni ce, n tun b'a fɛ ka i ka sɔngɔ dɔn.",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (sixty-ninth pass): a buyer of container loads, a purchase
# order collected by the buyer's own van, a customer reporting a broken link, "nice site!"
# before a question.
SIXTY_NINTH_PASS_CUSTOMERS = [
    "We ship container loads of clay from your plant? Please quote per tonne.",
    "Our purchase order is on net 30 terms; we collect with our own van.",
    "I found a broken link on your kiln page, the PDF manual 404s.",
    "Nice site! Could you check my order status?",
]

# 2026-12-03, seventieth pass (data/blind80 misses): a card terminal that "will stop working",
# work from home paid by the day (French, Italian), a contact "from a friend" asking for the
# owner, a film adaptation with a pitch package to pay, a deceased client with the reader's
# surname (Spanish), gift cards paid by card over email, "is this ...? We met at ...", exporters
# of anything, leased machines on a revenue share, a free survey of the shops, the template in
# Aymara and Guaraní.
SEVENTIETH_PASS_HITS = [
    ("ALERT: your shop's card terminal will stop working tonight. Call us now.",
     "a known scam script"),
    ("Travail à domicile : noter des produits, 150 € par jour. Telegram.", "a known scam script"),
    ("Lavoro online da casa, 250 € al giorno. WhatsApp.", "a known scam script"),
    ("Sorry to bother you, I got your contact from a friend. Are you the owner?",
     "a known scam script"),
    ("Your novel was shortlisted for a film adaptation; a pitch package costs $900.",
     "a known scam script"),
    ("Soy abogado. Un cliente fallecido con su apellido dejó 2 millones.", "a known scam script"),
    ("I need 30 gift cards; can I pay by card over email? Please send me the total.",
     "a known scam script"),
    ("Hi, is this Tom? We met at the trade fair, you gave me your number.",
     "a known scam script"),
    ("We are exporters of frozen fish. Interested?", "a supplier's unsolicited offer"),
    ("We lease coffee machines to offices, revenue share model.", "a sales pitch"),
    ("Hi, get a CCTV system for your shops; we'll survey your shops for free.", "a sales pitch"),
    ("Kamisaki, chanimax yatiñ munayäta.",
     'the multilingual "I wanted to know your price" template'),
    ("Mba'éichapa, aipota aikuaa pe repy.",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (seventieth pass): a shop whose card terminal stopped, a
# contact met at a fair, an applicant for an advertised post (a real lead of blind80 drawn
# twice), exporters buying print.
SEVENTIETH_PASS_CUSTOMERS = [
    "Our card terminal stopped working at midnight, can you help?",
    "We met at the book fair, you gave me your number and said to write here about the event.",
    "I'm applying for the bookseller position you advertised; CV attached.",
    "Hi, I'm applying for the SEO & content executive position you advertised on LinkedIn. "
    "Portfolio and CV here: https://www.notion.so/cv-content-seo-4be1a7 . I wrote the product "
    "descriptions for a small bookshop's Shopify site last year.",
    "We are exporters ourselves and need 500 catalogues printed.",
]

# 2026-12-03, seventy-first pass (data/blind81 misses): a soldier abroad with a box of money and
# a trusted partner, "kindly confirm receipt" of a payment sent in error, a deaf text-only booker
# paying months ahead by bank details, the cheque payer's difference to a mover, a buyer who pays
# after the reader pays an agent for an import licence, the reader's name registered as a domain
# and trademark, a members' program for clubs with a trial (German), Meta Ads for gyms with a
# hook question (Spanish), a unit price from a minimum order, review management, a
# pay-per-view fight streamed free, the template in Slovene and in Hindi in Latin letters.
SEVENTY_FIRST_PASS_HITS = [
    ("I am a captain with the U.S. Army in Iraq and hold a trunk of gold bars for a partner.",
     "a known scam script"),
    ("Please kindly confirm receipt of the payment we sent by mistake yesterday.",
     "a known scam script"),
    ("My wife is deaf, we can only communicate by email. Send your bank details and we pay "
     "the whole term in advance.", "a known scam script"),
    ("I will post a cheque above the fee, please send the balance to our movers.",
     "a known scam script"),
    ("Big order for our gym in Doha. We pay once the goods ship, after you pay our customs "
     "agent for the import permit.", "a known scam script"),
    ("Urgent: a firm in Hong Kong has applied to register your company name as a trademark.",
     "a known scam script"),
    ("Guten Tag, unser Kursplan-Programm für Vereine und Tanzstudios. Jetzt kostenlos testen.",
     "a sales pitch"),
    ("¿Necesitas más clientes? Campañas de Google Ads para gimnasios.", "a sales pitch"),
    ("We print custom patches with embroidery, 0.8 USD per piece from 200 pcs.",
     "a sales pitch"),
    ("Watch the title fight PPV free here.", "counterfeit documents or goods"),
    ("Pozdravljeni, rada bi vedela vašo ceno.",
     'the multilingual "I wanted to know your price" template'),
    ("Namaste, aapki price kya hai?",
     'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (seventy-first pass): a double payment to refund, a deaf
# parent texting, a serving soldier booking classes, a club looking for membership software,
# a customer asking for a unit price, a referral from a sergeant.
SEVENTY_FIRST_PASS_CUSTOMERS = [
    "I paid the invoice twice by mistake, please refund to the account below: IBAN DE89 3704.",
    "My son is deaf and I can only communicate by text. Can he join the kids class on Monday?",
    "I am a sergeant in the US Army, back from deployment in March. Can my son start then?",
    "Unser Verein sucht ein Programm für die Mitgliederverwaltung. Können wir Ihre App testen?",
    "What would 40 belts cost per piece? We need them for our club's grading in May.",
]

# 2026-12-03, seventy-second pass (data/blind82 misses): a story for an editorial fee, payroll
# asking the reader's staff to re-enter their bank details, a business proposal worth a sum, an
# unclaimed trust fund, a site brought "to the top for" keywords and "100% white-hat", thanks
# and "my blog: <link>", devices installed for agencies with trade prices, nurses of a named
# country at a fee per head, "Fast turnaround.", the template in Slovak, Croatian and Danish.
SEVENTY_SECOND_PASS_HITS = [
    ("We would love to run a feature on your clinic; there is a £200 publication fee.",
     "a known scam script"),
    ("Payroll here: please tell your staff to update their bank details on the new portal.",
     "a known scam script"),
    ("Dear friend, I have a business proposal worth $4,500,000 for you.", "a known scam script"),
    ("My late client left an unclaimed family trust fund in your surname.",
     "a known scam script"),
    ("We can bring your shop to the top of Google for 'bike repair'.",
     "an SEO / backlink offer"),
    ("Safe links only, 100% white-hat, from $50.", "an SEO / backlink offer"),
    ("Thanks for the article on hip surgery! My blog: https://health-tips.example/go",
     "blog-comment spam phrasing"),
    ("Hello, we install LED mirrors and styling chairs for salons. Trade prices for salons.",
     "a sales pitch"),
    ("We have welders from Vietnam ready to start. Placement fee $2,000 per worker.",
     "a sales pitch"),
    ("Ahoj, aká je vaša cena?", 'the multilingual "I wanted to know your price" template'),
    ("Bok, koja je vaša cijena?", 'the multilingual "I wanted to know your price" template'),
    ("Hej, hvad er jeres pris?", 'the multilingual "I wanted to know your price" template'),
]

# ... and the customers beside them (seventy-second pass): a buyer asking for trade prices, a
# customer quoting the payroll message, a home in a hurry, a relative's thanks with a care
# plan, a journalist with no fee.
SEVENTY_SECOND_PASS_CUSTOMERS = [
    "Do you have trade prices for agencies? We place about 20 clients a year.",
    "Hi, we got an email saying this is payroll and asking all carers to re-enter their bank "
    "details. Is it from you?",
    "Our nursing home needs a fast turnaround. Can you quote for 3 carers?",
    "Thank you for the information about respite care! My mum's care plan: "
    "https://drive.google.com/file/d/1x",
    "I'm a journalist at the Yorkshire Post; we'd like to feature your agency. There is no "
    "publication fee.",
]

# 2026-12-03, seventy-third pass (data/blind83 misses): "if I could get your park ranking", the
# reader's pages "not ranking at all", Google Business Profiles optimised, a guest's complaint
# with photos behind a link, a transfer's surplus for the booker's forwarder (German), a
# proforma invoice for the buyer's own supplier, a purchase order "shared with you", deaf
# workers paid for by card, a factory's price, internet installed across holiday parks with a
# free survey, a wholesaler's price, old stock bought for cash, a better price than the
# reader's supplier.
SEVENTY_THIRD_PASS_HITS = [
    ("If I could get your site ranking for 'glamping Devon' in 30 days, worth a chat?",
     "an SEO / backlink offer"),
    ("Love the photos, but your pages for lodges for sale are not ranking at all.",
     "an SEO / backlink offer"),
    ("We optimise Google Business Profiles for campsites. Free call?", "an SEO / backlink offer"),
    ("Dear partner, a guest has left a complaint with photos. Please verify: https://x.example/c",
     "a known scam script"),
    ("Wir buchen 3 Mobilheime; bitte den Mehrbetrag an unsere Spedition überweisen.",
     "a known scam script"),
    ("Kindly send the pro forma invoice to our supplier at the address below.",
     "a known scam script"),
    ('OneDrive: Lee Park has shared "Order 5512.pdf" with you. View: https://docs.example/x',
     "a known scam script"),
    ("Booking 4 lodges for deaf employees of my firm; I will pay by card, send the total.",
     "a known scam script"),
    ("Our factory produces bell tents, 5m, cotton canvas. FOB price USD 900 per set.",
     "a sales pitch"),
    ("We install mesh Wi-Fi across caravan parks. Free coverage survey this month.",
     "a sales pitch"),
    ("We are a garden furniture wholesaler: from £120 per set when you order 20+. Can I send "
     "specs?", "a sales pitch"),
    ("We buy your used static caravans for cash. Please reply with your stock list.",
     "a sales pitch"),
    ("Towel hire for holiday lodges. Better price than your current supplier, guaranteed.",
     "a sales pitch"),
]

# ... and the customers beside them (seventy-third pass): a customer whose own pages do not
# rank, a guest who sent a complaint, a buyer who is a wholesaler, a hot tub owner asking about
# hire, a deaf guest or a charity paying by card, a file shared by a planner, a balance paid on
# arrival (German), a supplier's customer who once had a factory.
SEVENTY_THIRD_PASS_CUSTOMERS = [
    "Since the redesign our lodge pages are not ranking at all. Who built your site?",
    "I sent a complaint with photos last week and nobody replied, please check it.",
    "A guest has left a complaint on TripAdvisor about our noise - can you check what you saw?",
    "We are a wholesaler in Dubai. Please send your price list for 40 static caravans.",
    "Do you do hot tub hire for holiday lodges? We own three lodges near you.",
    "We are a charity for deaf workers and would like to book 3 caravans in May; can we pay by "
    "credit card?",
    'Dropbox: I have shared "Site plan.pdf" with you, please have a look before Monday.',
    "Ich möchte 2 Wohnmobile buchen, den Restbetrag zahlen wir bei Ankunft an die Agentur?",
    "Our factory makes curtains; we need a quote for blinds for 40 lodges.",
]

# 2026-12-03, seventy-fourth pass (data/blind84 misses): "getting more ... leads from Google", a
# page-one promise in Czech, a database of homeowners "who requested" quotes, a voicemail notice
# with a count, a Dutch bank card "expiring", drone surveys, paid per contact (Italian), a
# special price for trade buyers this month, partnership rates, "shall I send the price list?"
# (Spanish), "Ask for a quote.", "Dear Buyer", a client taken "from 4 to 61", fitting partners
# sought (Polish), a log-in with the reader's business e-mail (German).
SEVENTY_FOURTH_PASS_HITS = [
    ("Are you the person to ask about getting more orangery enquiries from Google?",
     "an SEO / backlink offer"),
    ("Dostaneme vás do TOP 5 na Googlu do měsíce.", "an SEO / backlink offer"),
    ("A database of 12,000 landlords who asked for boiler quotes this year, with phone numbers.",
     "a contact-list sale"),
    ("You have (2) new voicemails. Play: https://vm.example/play", "a known scam script"),
    ("Beste klant, uw betaalpas verloopt morgen.", "a known scam script"),
    ("We do drone roof inspections. Partnership rates for builders.", "a sales pitch"),
    ("Vi offriamo nominativi di clienti in zona, pagamento a contatto. Siamo un'agenzia.",
     "a sales pitch"),
    ("We are a wholesaler of scaffolding towers. Special price for trade customers this week.",
     "a sales pitch"),
    ("Fabricamos puertas de aluminio en Portugal. ¿Le envío nuestra tarifa?", "a sales pitch"),
    ("We supply temporary fencing for building sites. Ask for a quote!", "a sales pitch"),
    ("Dear Purchasing Manager, we are a leading manufacturer of door handles.", "a sales pitch"),
    ("We took a roofer in Leeds from 3 to 40 calls a month. Want the same?", "a sales pitch"),
    ("Jesteśmy producentem drzwi. Szukamy partnerów handlowych w Niemczech.", "a sales pitch"),
    ("Die Ausschreibung finden Sie hier: https://x.example/t. Bitte melden Sie sich mit Ihrer "
     "geschäftlichen E-Mail-Adresse an.", "a scam or phishing lure"),
]

# ... and the customers beside them (seventy-fourth pass): a buyer asking for a trade price, a
# customer asking for a quote, a house seller, a Polish buyer looking for partners, a surveyor
# who does drone work asking for glass.
SEVENTY_FOURTH_PASS_CUSTOMERS = [
    "Do you have a special price for trade buyers this month?",
    "Hi. Can I ask for a quote? 6 windows.",
    "Dear buyer of our house, we left the window keys in the drawer.",
    "Szukamy partnerów handlowych do dystrybucji w Polsce, czy sprzedajecie hurtowo?",
    "We do drone surveys ourselves; can you quote glass for a roof lantern?",
]

# 2026-12-04, seventy-fifth pass (data/blind85 misses): the template asking for the price list
# (Vietnamese, Arabic, Hungarian, Afrikaans), with the familiar "your" (Albanian), with the
# pronoun joined (Hausa), in longer wordings (Malayalam, Bashkir, Dhivehi); guest posts bought by
# the month, future card sales bought, "need a new logo?" and a link, an exclusive offer, a
# manufacturer introducing itself (Italian), "I help salons get", a price offer (Arabic); shares
# "invested through your website", a fee to pay on for the sender, kittens given away over
# WhatsApp (German), puppies for sale behind a link.
TEMPLATE = "the multilingual \"I wanted to know your price\" template"
SEVENTY_FIFTH_PASS_HITS = [
    ("Chào anh, em muốn biết bảng giá.", TEMPLATE),
    ("أردت أن أعرف قائمة أسعاركم", TEMPLATE),
    ("Szia, szeretném tudni az árlistát!", TEMPLATE),
    ("Goeie dag, ek wou jou pryslys weet.", TEMPLATE),
    ("Tungjatjeta, doja të di çmimin tënd.", TEMPLATE),
    ("Sannu, ina son sanin farashinku.", TEMPLATE),
    ("നമസ്കാരം, എനിക്ക് നിങ്ങളുടെ വില അറിയണമെന്നുണ്ടായിരുന്നു", TEMPLATE),
    ("Сәлам, мин һеҙҙең хаҡты белергә теләнем", TEMPLATE),
    ("ހަލޯ، އަޅުގަނޑު ބޭނުންވީ ތިޔަ އަގު ދެނެގަތުމަށް", TEMPLATE),
    ("Our travel blog buys 3 guest posts per month in the pets niche. Send your traffic stats.",
     "an SEO / backlink offer"),
    ("Slow season? We buy your future credit card sales for cash upfront.",
     "a loan / business-funding offer"),
    ("Hello, need a new logo? www.logofast.example", "a web-design / app-development pitch"),
    ("We have an exclusive offer on grooming tables this month. Free quote.", "a sales pitch"),
    ("Siamo un'azienda specializzata in recinzioni. Possiamo inviarvi un preventivo?",
     "a sales pitch"),
    ("I help salons get 20 new bookings a week. Want to see how?",
     "a sales pitch"),
    ("نحن شركة متخصصة في تصميم المتاجر الإلكترونية. هل تودون الحصول على عرض سعر؟",
     "a sales pitch"),
    ("I invested in your company's shares online and was told to write here.",
     "a known scam script"),
    ("I pay by card only, tell me the total and I will add the transport fee so you can pay "
     "him.", "a known scam script"),
    ("Süße Kätzchen abzugeben, geimpft. Kontakt per WhatsApp +44 7700 900123",
     "a known scam script"),
    ("Puppies for sale, all breeds, https://pups.example delivery nationwide",
     "a known scam script"),
]

# ... and the customers beside them (seventy-fifth pass): a price question with its context
# (Vietnamese, Hungarian), a helper of neighbours booking daycare, a customer whose own site
# broke, a breeder whose puppies are sold asking for boarding, a customer asking about a
# referral program.
SEVENTY_FIFTH_PASS_CUSTOMERS = [
    "Mình muốn biết giá gửi mèo 5 ngày ạ",
    "Szeretném tudni az árlistát a kutyakozmetikára és a panzióra.",
    "I help my neighbours get their dogs walked; can I book daycare for three dogs?",
    "Need a new website? Ours broke last week, can you recommend who built yours?",
    "Our puppies are all sold, sorry! I only need a boarding place for the mother in May.",
    "Do you have a referral program for customers who bring a friend?",
]

# 2026-12-04, seventy-sixth pass (data/blind86 misses): the template in Luo, Twi and Kikuyu; a
# form-blasting service, a message "sent to" so many contact forms; posts in local Facebook
# groups at a campaign price, SMS to the reader's customers with open rates, groups brought in
# on commission, a marketing agency (Portuguese), made to measure at sharp prices (Dutch), a
# manufacturer asking who buys, competitive prices and "can we send the offer?" (Arabic); a
# refund to claim by a form behind a link (French), a tax office opening the message (Italian),
# a domain registrar in China, a sponsorship after a fee, a fee for the sender's shipping agent,
# a discount behind a link (Spanish).
SEVENTY_SIXTH_PASS_HITS = [
    ("Ɛte sɛn, mepɛ sɛ mehu wo bo.", TEMPLATE),
    ("Wĩmwega, ndendaga kũmenya thogora waku", TEMPLATE),
    ("Hi, ne adwaro ng'eyo nengo mari", TEMPLATE),
    ("Want more clients? Our form-blasting service reaches 80,000 sites a week.",
     "a contact-form advertising offer"),
    ("Your offer sent to 40,000 contact forms tomorrow, like this one reached you.",
     "a contact-form advertising offer"),
    ("We post your salon in 120 local Facebook groups. Two-week campaign $59.", "a sales pitch"),
    ("Send 3000 SMS a month to your customers for $39, 97% open rates.", "a sales pitch"),
    ("We can bring 15 corporate groups a month into your venue. We work on commission only.",
     "a sales pitch"),
    ("Olá! Somos uma agência de marketing especializada em clínicas. Planos a partir de "
     "199 €/mês. Vamos conversar?", "a sales pitch"),
    ("Wij leveren sportvloeren op maat voor sporthallen. Scherpe prijzen en snelle levering.",
     "a supplier's unsolicited offer"),
    ("We are a leading manufacturer of rubber flooring in Vietnam. Who handles purchasing at your "
     "company?", "a supplier's unsolicited offer"),
    ("مرحبا، نحن مصنع للأبواب. نقدم أسعاراً تنافسية. هل يمكننا إرسال العرض؟", "a sales pitch"),
    ("Vous avez droit à un remboursement de 89,00 €. Remplissez le formulaire : "
     "https://x.example/r", "a scam or phishing lure"),
    ("Agenzia delle Entrate: risulta un rimborso a tuo favore.", "a scam or phishing lure"),
    ("Dear Director, we are a domain name registration company in Hong Kong. Someone wants to "
     "register your brand as .hk domains.", "a known scam script"),
    ("We would like to sponsor your running club with $5,000; please pay the $120 agreement fee "
     "first.", "a known scam script"),
    ("Please charge $900 extra for my shipping agent and pay him by wire.", "a known scam script"),
    ("Zapatillas de escalada 60% de descuento: https://x.example",
     "counterfeit documents or goods"),
]

EIGHTY_SECOND_PASS_HITS = [
    ("We rank the 10 best day trips in Wales on our site. There's a one-time fee of £40 to be "
     "listed. Interested?", "an SEO / backlink offer"),
    ("We'd like to book every evening slot in August for our guests, paid by card from overseas. "
     "Send me your card terminal details and we will charge it.", "a known scam script"),
    ("Je vous envoie un chèque de 3 000 euros, mon agent ajoutera ses frais et vous lui "
     "rembourserez la différence.", "a known scam script"),
]

# ... and the customers beside them (eighty-second pass): a supplier the reader asked for an
# alternative quote, replying with a cheaper offer on its own site (blind92's one real lead
# flagged); a supplier asking whether listing costs a fee; a customer whose card terminal
# failed.
EIGHTY_SECOND_PASS_CUSTOMERS = [
    "Hello, I'm a van-leasing broker. You asked for a comparison quote for two crew vans: our "
    "offer is 30% cheaper than your current lease. https://www.vanline.example",
    "Is there a fee to be included in your list of local suppliers?",
    "Our card terminal isn't working, can I pay by transfer?",
]

EIGHTY_FIRST_PASS_HITS = [
    ("Ndewo, achoro m ima onuahia gi.", TEMPLATE),
    ("Hi, I'm a conversion designer. I audited your checkout and found 7 friction points. Want "
     "my Loom video? Free.", "a sales pitch"),
    ("Guten Tag, brauchen Sie Entlastung im Kundendienst? Unser Team in Marokko arbeitet "
     "deutschsprachig.", "a sales pitch"),
    ("Please order 40 hives to be shipped to Australia. My card is ready. Tell me the total "
     "with your freight, reply urgently.", "a known scam script"),
    ("Guten Tag, wir möchten 2 Tonnen Wachs kaufen, Zahlung per Bankscheck. Rechnung bitte.",
     "a known scam script"),
    ("We want 40 drums of honey. Kindly send pro forma invoice and open our buyer portal link "
     "to confirm.", "a known scam script"),
    ("Good day, I am a lonely widow from Kyiv and I hope to find a serious gentleman.",
     "a known scam script"),
    ("Hello, sorry, is this Maria? We talked at the craft fair on Sunday.", "a known scam script"),
    ("Votre dossier nécessite une mise à jour pour recevoir un remboursement : "
     "https://remb-fr.example/", "a scam or phishing lure"),
    ("Olá, blog muito legal. Confira o meu: https://promo-links.example/",
     "blog-comment spam phrasing"),
]

# ... and the customers beside them (eighty-first pass): a customer who found mistakes on the
# booking page, a customer offering a screen recording of a bug, a buyer whose card is ready
# and wants the total, a proforma and the buyer's own supplier portal, a German café paying by
# invoice or asking about a cheque, a student looking for customer-service work, a customer
# asking how to get a refund, a compliment on the site with a question.
EIGHTY_FIRST_PASS_CUSTOMERS = [
    "Hi, I went through your booking page and found 3 places where the course dates differ.",
    "Can I send you a Loom video of the error I get when I pay for the course?",
    "My card is ready. What's the total with shipping to Cork? Please reply asap, it's a gift.",
    "Please send a proforma invoice and log in to our supplier portal to register as a vendor.",
    "Wir möchten 20 kg Honig für unser Café kaufen, Zahlung per Rechnung bitte.",
    "Wir möchten 12 Gläser kaufen. Ist Zahlung per Scheck möglich?",
    "Brauchen Sie Unterstützung im Kundenservice? Ich bin Studentin und suche einen Nebenjob.",
    "J'ai retourné le kit, que dois-je faire pour recevoir un remboursement ?",
    "Site muito bom! Vocês entregam em Portugal?",
]

EIGHTIETH_PASS_HITS = [
    ("請問您的價格是多少？", TEMPLATE),  # noqa: RUF001 (a full-width question mark)
    ("Báwo, mo fẹ́ mọ owó rẹ.", TEMPLATE),
    ("Maayong adlaw, unsa man ang presyo nimo?", TEMPLATE),
    ("أردت أن أعرف سعركم", TEMPLATE),
    ("We'll pay you $40 to insert our link into your old post about open-water safety.",
     "an SEO / backlink offer"),
    ("Following up: did you check my free audit of harbourpool.example? Offer ends Monday.",
     "an SEO / backlink offer"),
    ("Get WAVE coin before listing on Bybit. 50x potential, presale ends Sunday.",
     "a crypto / investment offer"),
    ("We are a student placement agency: interns from Portugal and Greece, we handle visas.",
     "a sales pitch"),
    ("We provide trained stewards for festivals and pools. Next-day start, no contract.",
     "a sales pitch"),
    ("Instagram Support: your account has violated our community guidelines and will be "
     "removed. Verify here: https://ig-check.example/login", "a scam or phishing lure"),
    ("Mi agente le enviará un cheque por 9.000 euros; descuente el alquiler y devuelva el resto.",
     "a known scam script"),
    ("My company pays 6 months in advance by transfer. Send your bank account; any overpayment "
     "will be refunded later.", "a known scam script"),
]

# ... and the customers beside them (eightieth pass): a parent who paid by cheque and asks for
# the rest back, a buyer settling a difference later, a lifeguard looking for work, a club
# that provides lifeguards and hires the pool, a club asking for its fixtures page to be
# linked, a teenager asking whether the pool is hiring.
EIGHTIETH_PASS_CUSTOMERS = [
    "Hola, le envié un cheque por la matrícula de mi hija; si sobra, devuelva el resto.",
    "We'll pay the deposit now; any difference will be settled later once numbers are final.",
    "Hi, I'm a qualified lifeguard looking for summer work. I can do a same-week start.",
    "We provide lifeguards for open-water events and would like to hire your pool on Sundays.",
    "Could you add a link to our club's fixture page in your article about the gala? Thanks!",
    "Hi, are you hiring lifeguards for the summer? I'm 18 and have my NPLQ.",
]

SEVENTY_NINTH_PASS_HITS = [
    ("Agoo, mepɛ sɛ mehu mo boɔ.", TEMPLATE),
    ("Azul, bɣiɣ ad ẓreɣ ssuma-nkent.", TEMPLATE),  # noqa: RUF001 (Kabyle gamma)
    ("We're building a guide to moving house in 2026 and would love to include "
     "www.shiftyboxes.example as a source. Thanks!", "an SEO / backlink offer"),
    ("Loved your post on packing. Could you add a link to our moving guide on your blog?",
     "an SEO / backlink offer"),
    ("Bad credit okay, cash in 1 hour: https://quickcash.example/go",
     "a loan / business-funding offer"),
    ("Fake passports and ID cards for any country: www.papers.example",
     "counterfeit documents or goods"),
    ("Hi and bye https://linkdrop.example/", "blog-comment spam phrasing"),
    ("We sell dashcams for delivery fleets. Fitted in a day, from £9 a month.", "a sales pitch"),
    ("Hello, we are a pest control company. Our annual contract keeps your warehouse "
     "rat-free.", "a sales pitch"),
    ("Sou assistente virtual nas Filipinas. Atendo e-mails e agenda por 8 USD a hora.",
     "a sales pitch"),
    ("Our payroll company in Nepal offers remote payroll for small firms. From £90 a month.",
     "a sales pitch"),
    ("We supply smart locks for self-storage sites, with an app for tenants.", "a sales pitch"),
    ("I need your biggest van for a month for my daughter. I'll pay by PayPal with an extra "
     "£250 for you to pay the removal driver.", "a known scam script"),
    ("We will pay 12 months upfront by bank transfer for 4 units; my shipping agent will "
     "handle everything.", "a known scam script"),
]

# ... and the customers beside them (seventy-ninth pass): the price of a unit of a named size
# (blind89's false positive, in other words) in Polish, English, German and French, a customer
# who won a storage auction, a security firm storing its barriers, a kitchen supplier needing
# a unit, a business paying months ahead whose partner delivers the goods.
SEVENTY_NINTH_PASS_CUSTOMERS = [
    "Dzień dobry, chciałbym zapytać o cenę boksu 8 m².",
    "Hi, what's the price of a 75 sq ft unit from January?",
    "Guten Tag, was kostet ein Abteil mit 6 m² im Monat? Preis bitte.",
    "Bonjour, quel est le prix d'un box de 10 m3 ?",
    "Hi, I won unit 14 at your auction last week. Please send me the payment link and the gate "
    "code, I'll send my driver on Tuesday.",
    "Hello, we are a security company in Leeds and need to store 40 barriers. What does a "
    "10x10 cost?",
    "We supply kitchens for UK businesses and need a 200 sq ft unit for stock.",
    "Could you quote for 3 units? We'll pay 6 months upfront. Our logistics partner will "
    "deliver the goods.",
]

SEVENTY_EIGHTH_PASS_HITS = [
    ("Hello, I'm a friend of Marta. I'm abroad; can you receive a payment for my order? You keep "
     "5% commission.", "a known scam script"),
    ("I am a purchasing agent for a cruise line. We will pay 30% upfront by wire; send your "
     "banking information.", "a known scam script"),
    ("Please charge £900 for my driver on my card and send him the difference by transfer.",
     "a known scam script"),
    ("Vorrei 3 caldaie. Pagamento con assegno, ritira il mio spedizioniere.",
     "a known scam script"),
    ("Nebenjob gefunden: Produkte bewerten, 150 € pro Tag, schreib mir.", "a known scam script"),
    ("Wij leveren tuinmeubelen aan tuincentra. Scherpe prijzen dit seizoen.", "a sales pitch"),
    ("Vi säljer granved på pall till återförsäljare. Bra priser inför vintern.",
     "a sales pitch"),
    ("Vendemos carbón vegetal para tiendas y distribuidores. Precio por camión completo.",
     "a sales pitch"),
]

# ... and the customers beside them (seventy-eighth pass): a customer quoting a parcel-fee SMS
# in French (blind88's false positive, in other words) and in English, a friend's
# recommendation, a buyer paying a deposit by wire, a garden centre ordering by the pallet.
SEVENTY_EIGHTH_PASS_CUSTOMERS = [
    "J'ai reçu un SMS « La Poste : colis en attente, frais de 2,10 € » après ma commande chez "
    "vous. C'est vous ?",
    'I got a text "Royal Mail: your parcel is on hold, pay 1.99 GBP" after ordering from you. Do '
    "you use Royal Mail?",
    "I'm a friend of Sam, who says you fitted his stove. Could you quote for mine?",
    "We will pay a 30% deposit by wire once you send the invoice.",
    "Our garden centre would like 20 bags of logs delivered on a pallet; what is the price?",
]

SEVENTY_SEVENTH_PASS_HITS = [
    ("שלום, אני כותבת בקשר למחירים שלכם", TEMPLATE),
    ("Buorre beaivi, háliidin diehtit din haddi", TEMPLATE),
    ("貴社の価格について知りたいです。", TEMPLATE),
    ("Does yourshop.example have an llms.txt? AI search can't read your menu. We can set it up "
     "for you for $99.", "an SEO / backlink offer"),
    ("Your organic traffic fell 24% this quarter. Reply REPORT and I'll send the details.",
     "an SEO / backlink offer"),
    ("Hej! Er salong syns inte på Google. Vill ni ha en gratis analys?",
     "an SEO / backlink offer"),
    ("Garden cabins delivered and installed in 3 days. 10% spring discount on all orders.",
     "a sales pitch"),
    ("Mobil ofis konteynerleri üretiyoruz, ihracat yapıyoruz. Fiyat listesi göndermemizi ister "  # noqa: RUF001
     "misiniz?", "a sales pitch"),
    ("Window cleaning for dance schools, mobile team, all counties. Block booking rates for 5+ "
     "studios.", "a sales pitch"),
    ("Benötigen Sie Fachkräfte? Wir vermitteln Köche und Kellner aus Osteuropa.",
     "a sales pitch"),
    ("I help dental clinics run Google ads. One of my clients got 60 new patients in a month. "
     "Want me to do the same for you?", "a sales pitch"),
    ("We supply kiln-dried logs in bulk bags. Request a price: sales@x.example",
     "a sales pitch"),
    ("CBD paste for dogs, stops barking in minutes https://x.example/cbd",
     "a pharmacy / pills offer"),
    ("I would like a week of swimming lessons for my two sons. I will pay by card and include "
     "the fee of my driver, whom you will pay from the money.", "a known scam script"),
    ("We are a church choir of 20 and will pay in full by cheque. Please confirm the total with "
     "meals.", "a known scam script"),
    ("Money is no object, I want your best mare for my daughter. My shipper will collect on "
     "Friday.", "a known scam script"),
    ("Kindly send quotation and your bank details for the 300 units.", "a known scam script"),
    ("Please send proforma; 100% advance payment after confirmation. Our agent will contact "
     "you from the other address.", "a known scam script"),
    ("نريد ٥٠ خوذة. سندفع بشيك ويأتي وكيل الشحن لاستلامها.", "a known scam script"),  # noqa: RUF001
    ("My resume is in this link: https://x.example/cv (password: 7788)",
     "a known scam script"),
]

# ... and the customers beside them (seventy-seventh pass): a school booking that pays by
# cheque without asking a total, a parent for whom money is no object collecting the pony
# herself, a buyer asking for the reader's bank details after an invoice, a customer whose
# clients received a fake invoice, an applicant's CV behind a plain link.
SEVENTY_SEVENTH_PASS_CUSTOMERS = [
    "Our school would like to book 6 lessons for a class of 12; we normally pay by cheque, is "
    "that ok?",
    "Money is no object for the right pony; I will collect her myself with my own trailer.",
    "Thanks for the invoice. Could you send your bank details again so I can pay the deposit?",
    "One of our clients received a fake invoice in your name yesterday. Is it yours?",
    "Hello, I am applying for the groom post. My CV: https://drive.google.com/file/d/1x/view",
]

# ... and the customers beside them (seventy-sixth pass): a neighbour proposing a flyer swap
# (blind86's one false positive, in other words), a buyer asking who handles the team kit, a
# firm whose sales staff work on commission booking a team day, a customer asking about a
# refund notice, a booking paid by card.
SEVENTY_SIXTH_PASS_CUSTOMERS = [
    "Hi, we run the café next door to your gym. Would you fancy a flyer swap, 10% off for each "
    "other's customers? No money involved.",
    "Can you tell me who handles purchasing for the team kit? I want to order 20 shirts.",
    "Our sales staff work on commission only; can we book a team day for 12 in March?",
    "I got a letter saying I have a refund, 'vous avez droit à un remboursement'. Is it from you?",
    "Please charge the deposit to my card and send me the total for 25 people.",
]

# ... and the customers beside them (forty-fifth pass): an embassy writing a letter, a parent
# quoting a bank change in the school's name, a school asking a supplier for a free demo, a
# freelance copywriter's "I write to apply".
FORTY_FIFTH_PASS_CUSTOMERS = [
    "Dear Admissions Officer, I write from the Embassy regarding two children of a diplomat. "
    "The Embassy will pay the fees directly. Please send the forms and your bank details on "
    "official letterhead.",
    "We received an email saying 'alteramos os nossos dados bancários' in your name. Is this "
    "real?",
    "Could your team give our school a free demo of the timetable module next week?",
    "I write to apply for the Digital Marketing Officer post; my CV is attached.",
]

# ... and the customers beside them (forty-fourth pass): a private seller retelling a buyer's
# overpaying cheque and asking whether it is a scam, a customer asking whether a car's mileage
# was rolled back, a fleet customer who has bought the reader's cars for years, a Swedish
# customer asking prices of named tyres, an exporter buying from the reader.
FORTY_FOURTH_PASS_CUSTOMERS = [
    "Estoy vendiendo mi coche y un comprador de Londres quiere pagarme con un cheque por más "
    "del precio para que pague la diferencia a su transportista. ¿Esto es una estafa?",
    "I'm selling my van privately and a buyer wants to pay me by cheque for more than the "
    "price. Is this a scam?",
    "Подозреваю скрутку пробега у машины, купленной у вас. "  # noqa: RUF001
    "Можно проверить историю?",
    "Nous achetons vos véhicules depuis dix ans pour notre flotte ; pouvez-vous nous faire une "
    "offre pour 12 Clio ?",
    "Hej, jag skulle vilja veta era priser för vinterdäck 235/55 R19 till en Volvo XC60.",
    "We are exporters to Ghana and would like to buy five used Corollas from your stock.",
]

# ... and the customers beside them (forty-third pass): a customer paying with two cards, a
# traveller whose daughter brings the booking reference.
FORTY_THIRD_PASS_CUSTOMERS = [
    "Can I split the payment over two credit cards? The total is a bit high for one.",
    "My daughter will bring the booking reference to the desk.",
]

# ... and the customers beside them (forty-second pass): a pharmacy customer asking the price of
# a named pill and strength, a customer quoting a message that claims to be from the reader, a
# locum asking about open posts.
FORTY_SECOND_PASS_CUSTOMERS = [
    "how much for 28 atorvastatin 20mg",
    'I got a text that claims to be from you: "your prescription is on hold, pay 1.99 here". '
    "Looks dodgy. Is it?",
    "I'm a locum pharmacist. Are there any shifts this weekend?",
]

# ... and the customers beside them (forty-first pass): a customer paying by card whose
# removal firm collects a sofa across town, a customer asking which cards the shop takes, a
# customer asking whether the showroom needs staff.
FORTY_FIRST_PASS_CUSTOMERS = [
    "Which cards do you accept in the showroom? Amex?",
    "Do you need staff for your Saturday shifts? I'm a trained fitter.",
    "Can you send the invoice for the LC? Our bank needs it before it pays.",
]

# ... and the customers beside them (fortieth pass): a customer paying by card whose own van
# collects, a buyer asking whether the reader takes cards, a customer who quotes a fake ad in
# the reader's name, a customer quoting a bank-change letter to ask whether it is real.
FORTIETH_PASS_CUSTOMERS = [
    "I'll pay by card in the shop on Saturday and take the plants home myself.",
    "Do you take credit cards for trade orders, or only bank transfer?",
    'Someone shared a Facebook ad that says "everything 80% off, shop closing" with your logo. '
    "That's not you, is it?",
    "We have stock of your terracotta pots from last year; can we return the unsold ones?",
]

# ... and the customers beside them (thirty-ninth pass): a customer asking to pay the crew by
# Zelle, a customer asking about a free trial, a buyer who says what it manufactures and what
# it needs, a customer asking whether grants are available.
THIRTY_NINTH_PASS_CUSTOMERS = [
    "Can I pay the two movers by Zelle on the day, or do you need a card?",
    "Is there an essai gratuit for your storage app before we sign?",
    "We manufacture kitchen cabinets and need 40 m3 of storage for three months.",
    "Are government grants available for moving a care home's residents?",
]

# ... and the customers beside them (thirty-eighth pass): a parent who pays the term by
# cheque, a deaf adult booking lessons, a customer whose card payment went through twice, a
# dealer writing as the reader's existing supplier, a school asking about finance for parents.
THIRTY_EIGHTH_PASS_CUSTOMERS = [
    "Can I pay the autumn term by cheque? I'll drop it at the front desk on Monday.",
    "I am deaf; can the teacher write instructions down during the lesson?",
    "We are your Stentor dealer for the north; our new price list is attached.",
    "Do you offer 0% finance for parents buying a first piano?",
]

# ... and the customers beside them (thirty-seventh pass): a supplier's own customer asking about
# a new account it was told of, a cleaner asking about a work permit, a customer who overpaid.
THIRTY_SEVENTH_PASS_CUSTOMERS = [
    "We received a letter saying your account number has changed; is that right?",
    "I am a cleaner from Nepal; do you help with the work permit?",
    "I paid my invoice twice by mistake, could you refund the difference to my card?",
]

# ... and the customers beside them (thirty-sixth pass): a customer who changed banks and says
# so, a club asking about a cheque it sent, a widow asking about her late husband's order, a
# customer reporting a lure about a suspended account (data/blind19).
THIRTY_SIXTH_PASS_CUSTOMERS = [
    "We changed banks; please refund the deposit to the new account I gave at the counter.",
    "Our club sent a cheque covering the group rental last week; has it arrived?",
    "My husband passed away last month; can I return the e-bike he ordered?",
    'FYI: I got an SMS pretending to be you: "Your merchant account is suspended, verify at '
    'hxxp://pay-verify-login[.]top". I didn\'t click.',
]

# ... and the customers beside them (thirty-fifth pass): a company paying a year ahead that has
# seen the office, a member's question about receiving parcels, a member's tax question, a
# customer who manages mail for clients and asks how the reader does.
THIRTY_FIFTH_PASS_CUSTOMERS = [
    "We visited last week and would like to pay the full year in advance; please send the "
    "invoice.",
    "Can you receive parcels for me while I travel? I'm a member at your Kreuzberg space.",
    "Preciso do endereço fiscal para o meu CNPJ, vocês oferecem?",
    "We run a law office. How do you handle mail for virtual office clients?",
]

# ... and the customers beside them (thirty-fourth pass): a supplier's real note on its new
# account without a link, a buyer paying by card who collects in person, a patient whose X-ray
# is attached, a dental lab asking the reader's price for crowns, a translator asking whether a
# cheque payer who named the reader is theirs (data/blind40).
THIRTY_FOURTH_PASS_CUSTOMERS = [
    "Our bank has changed; the new IBAN is on the invoice we posted to you.",
    "I will pay by card at the counter and pick up the aligners myself.",
    "Here is my X-ray from last year, could you tell me if the implant is fine?",
    "We are a dental lab in Debrecen; what do you charge for zirconia crowns?",
    "Bonjour, j'ai reçu un chèque de 2 700 € d'un « client » avec demande de rembourser la "
    "différence par mandat cash. Il dit venir de votre part. Pouvez-vous confirmer ?",
]

# ... and the customers beside them (thirty-third pass): a translator applying to the reader's
# pool with her rate, a CV and a test; a school paying its invoice by cheque; a customer asking
# the price of a certified translation in detail.
THIRTY_THIRD_PASS_CUSTOMERS = [
    "Hello, I am a freelance translator, Japanese>English, 9 years. My rate is USD 0.11 per "
    "word, minimum fee USD 40. CV and sample: https://cv.example/me.pdf. I would be happy to "
    "take a test.",
    "Our school will pay the invoice by cheque as usual; please send it to the bursar.",
    "Hi, I wanted to know your price for a certified translation of my birth certificate "
    "from Polish to English, and how long it takes.",
]

# ... and the customers beside them (thirty-second pass): a customer paying an invoice by
# cheque, a member whose berth contract awaits a signature, a broker's own commission, a
# customer's own site on a throwaway domain named with "our", a longer message with such a link.
THIRTY_SECOND_PASS_CUSTOMERS = [
    "Je vous envoie le chèque pour la facture de mars par la poste.",
    "Mein Liegeplatzvertrag wartet auf Ihre Unterschrift, ich habe ihn gestern abgegeben.",
    "Our broker charges a commission of 10%; is that included in your charter price?",
    "Our new site: acme.online",
    "Hello, we are a sailing school and would like a quote for ten berths, see sail-school.online",
]

# ... and the customers beside them: a genuine price inquiry in Korean and a price list asked
# for in Indonesian (both written by writers of genuine messages), a buyer's pro-forma, a
# customer who bought gift cards, a bank's own customer, an importer asking for a quote.
TWENTY_NINTH_PASS_CUSTOMERS = [
    "가격 문의드립니다",
    "Boleh minta daftar harga?",
    "Please send a pro-forma invoice for 40 cases of the 2023 Bacchus; we pay by transfer.",
    "I bought three gift cards on your site last week. Could you send me the codes again?",
    "We are a distributor for craft breweries in Finland. Can we get your export price list?",
    "My bank flagged your invoice as suspicious; can you confirm your IBAN by phone?",
    # the thirtieth pass: a quotation asked with the quantity, a researcher's question on a drug
    "嗨，我想了解一下你们的报价，我们需要500个。",  # noqa: RUF001
    "Do you supply ketamine-free anaesthesia protocols for rodent studies?",
    # after the thirty-eighth set: a critic or journalist asking questions for a piece
    "I'm a design critic for a weekly paper, writing on small heritage practices. Can I send "
    "you five questions? No charge, no advertising.",
    # the thirty-first pass: a client who signs an NDA, a homeowner paying the surveyor, a
    # practice looking for a drawing office, a genuine hook question
    "We can sign your NDA before you send the brief; our bank details are on the invoice.",
    "Looking for an architect for your area? We need plans for a loft conversion in Frome.",
    "Our surveyor is paid directly by us. Could you quote for the planning drawings?",
]

# ... and the customers beside them: a planner paying a deposit by check, a deaf customer
# asking to be written to, a customer with a new number, referrals by name, a customer asking
# whether they may pay by PayPal, an importer buying.
TWENTY_EIGHTH_PASS_CUSTOMERS = [
    "Hi, our wedding planner will send a check for the deposit once we sign. Could you send the "
    "contract?",
    "I'm deaf, so please reply by email rather than phone. We'd like a quote for 120 guests in "
    "June.",
    "I lost my phone, this is my new number, please update my account.",
    "Is this the caterer Mrs Doyle recommended? We got your number from her and would love a "
    "quote.",
    "Can we pay the deposit via PayPal? We are a couple from Bergen.",
    "We import wine for restaurants in Oslo and would like to order your Riesling.",
    "Have you considered adding a vegan menu? We need one for 20 guests.",
    "Have you considered a second room for your guests? We would need space for 40 more.",
]

# ... and the customers beside them: lures quoted with "Is this real?", "a text said:",
# "Phishing, right?", a victim who thinks they have been scammed, and buyers of SMS routes,
# partnerships and dealer prices.
TWENTY_SEVENTH_PASS_CUSTOMERS = [
    'Is this real? "Your parcel is held, pay 1.99 here: bit.ly/x9" I did not order anything.',
    'A text said: "Your number will be deactivated today, confirm at vel-id.example/x". Is it '
    "yours?",
    "Got a mail with your logo offering a refund if I enter my card. Phishing, right? I "
    "forwarded it to your abuse team.",
    "They promised pay for liking videos, then asked for a deposit of 200 USDT. I think I've "
    "been scammed.",
    "We need an SMS aggregator for OTPs to Kenya and Nigeria. What is your price per SMS?",
    "Who handles partnerships at your company? We are a school and want a group discount.",
    "We are a reseller of your routers in Porto; can we get the dealer price list?",
]

# ... and the customers beside them: a reader reporting a pirated copy for sale, parents and
# authors asking whether an offer or a fee is the reader's, an agency asking for a media kit,
# and Welsh that the gibberish detector read as random strings before it learnt Welsh words.
TWENTY_SIXTH_PASS_CUSTOMERS = [
    "Someone is selling a pirated PDF of your travel guide on a marketplace for $3: "
    "shop.example/item/22. Just so you know.",
    "Mi madre recibió un SMS con un enlace para pagar 2 € de envío de su pedido. ¿Es de ustedes?",
    "Une autre maison d'édition me demande 2 000 € pour publier mon roman. Est-ce que c'est "
    "vous ?",
    "Another publisher offered to print my book for 3,000 euros. Do you also charge authors?",
    "Другое издательство предлагает издать книгу за 90 000 рублей. Вы тоже берёте деньги?",
    "Our agency plans a podcast campaign for a bank client. Can we see your media kit and the "
    "price for 6 host-read ads?",
    "Hoffwn ganslo fy nhanysgrifiad.",
    "Diolch yn fawr am y cylchgrawn, hoffwn archebu tri chopi arall.",
    "Our forms get bots every night, can you help?",
]

# ... and the customers beside them: a client asking "is this your company?" of a quoted lure,
# buyers following up on a quote, a distributor looking for products, a pet owner rehoming.
TWENTY_THIRD_PASS_CUSTOMERS = [
    'Is this your shop? "Your order is on hold, pay 2.99 to release it: shop-hold.example/pay". '
    "I bought a lead from you last week.",
    "Following up on the quote you sent for our 12 clinics: can we start in March?",
    "We are a distributor in Kenya looking for veterinary suppliers. Do you export?",
    "Our dog was rehomed to us last year; can you transfer his records from the old vet?",
    "We pay by cheque only (municipal rules). Is that fine for the annual licence?",
    # terse price questions some writers' genuine customers send: not the template
    "Send me your price list pls",
    "가격 문의드립니다",
    "你好，想了解一下价格。",  # noqa: RUF001
    "Bonjour, quels sont vos tarifs ?",
    # beside the twenty-fourth pass: a buyer quoting FOB terms, a gym describing its own growth
    "Kindly quote your best price for 200 kettlebells, FOB Ningbo and CIF Durban.",
    "We sign up about 40 new members a month and need a booking system that copes.",
    "We want to switch from our current provider; can you migrate our members' direct debits?",
    # beside the twenty-fifth pass: a buyer asking about reviews, a client of an SBLC desk
    "How many reviews do you guarantee to respond to per month in the Pro plan?",
    "Our bank issues SBLCs for trade finance; can your platform track their expiry dates?",
    "I wanted to know your price for 3 licences of the Pro plan, billed yearly.",
    # after the thirty-first set (a charity's inbox): Welsh for "I would like to volunteer",
    # whose first word the gibberish detector misreads, and a donor quoting a smishing text
    "Hoffwn wirfoddoli.",
    'We got a text saying "Your payment to Kids First failed, update details: bit.ly/x1". '
    "I never gave to them. Is this a scam using your platform?",
]

# After the twenty-second blind set (an HR-software inbox): staffing firms buying an ATS, whose
# own service has a "guaranteed placement" or sends workers abroad.
STAFFING_BUYERS = [
    "We run a nurse staffing agency with a guaranteed placement within 21 days. We need pricing "
    "for 8 recruiter seats; can you quote monthly and annual?",
    "We are a licensed recruiting agency sending welders to Qatar, with no fees charged to the "
    "workers. We want an ATS where the employer can confirm that. Is there anything like that?",
]


# After the twenty-first blind set (a security firm's inbox): customers whose staff received
# phishing, malware or a ransom note, quoting it and asking what to do.
SECURITY_INBOX_CUSTOMERS = [
    'Our accountant received the email below: "Your Microsoft 365 password expires today, keep '
    'it here: https://m365.example/keep". She clicked the link. Is this dangerous?',
    "A customer forwarded us a fake invoice that asks to download the PDF from a link within 24 "
    "hours. We suspect it is malware; can you look at it?",
    'Une collaboratrice a reçu un mail "votre compte sera suspendu, vérifiez ici" et a cliqué. '
    "Capture : https://prnt.sc/abc123 Est-ce dangereux ?",
    "Our NAS got encrypted last night and the note asks for 1.2 bitcoin within 48 hours. Should "
    "we pay? Do you do incident response?",
    'Our Google Workspace mailbox for sales@ shows "storage full, messages will be deleted" since '
    "Monday. Screenshot: https://imgur.com/a/x1 Can you fix it?",
    'Ein Kollege hat eine Mail "Ihr Postfach ist voll, jetzt hier erweitern" bekommen und auf den '
    "Link geklickt. Screenshot: https://prnt.sc/x2 Was müssen wir tun?",
    "We got an email from a 'registration center' saying someone wants our brand as .cn domains "
    "and we must reply within 5 days. We think it's a scam; is it connected to your platform?",
    "Our agency says our listings on your marketplace outrank our own site. Can we add a backlink "
    "to our website in the description?",
    'One of our letting agents got one of those "I recorded you with your webcam, send $900 in '
    'bitcoin within 48 hours" emails, with an old password in it. Was that password leaked from '
    "your platform?",
]


# quoted_lure takes 2 off only for a customer who received the message: a Polish pitch opening
# "Zgłaszam się" and a crypto pitch asking "Is this a scam?" stay spam.
PITCHES_THAT_MENTION_SCAMS = [
    "Dzień dobry, zgłaszam się z ofertą pozycjonowania stron. Gwarantujemy TOP 10 w Google w 30 "
    "dni. Cennik: https://seo.example/pl",
    "Is this a scam? No! Our crypto trading bot earns 5% a day. Join now: https://bot.example/join",
    "Is this dangerous? Your site has 14 vulnerabilities. Our team fixes them for $99 a month: "
    "https://fix.example/offer",
]


def test_a_cooperative_quoting_the_broker_offers_it_receives_is_a_customer(
        policy_check: SpamMessage) -> None:
    """After the twentieth blind set: the sender keeps getting commodity brokers' offers and
    quotes their words (ICUMSA 45, EN590, MT760) while asking whether the marketplace checks
    buyers; the same words as an offer stay spam."""
    quoted = ("Our farmers' cooperative keeps getting emails from brokers offering ICUMSA 45 sugar "
              "and EN590 diesel against an MT760. Do you check buyers before they can write to "
              "sellers?")
    assert signals(policy_check, quoted) == []
    assert signals(policy_check, "We offer ICUMSA 45 sugar and EN590 diesel. Buyer issues "
                                 "ICPO, seller sends SCO.") != []


def test_quoted_spam_counts_only_when_the_sender_says_it_received_it(
        policy_check: SpamMessage) -> None:
    """After the twenty-third blind set: a customer quoting the spam its inbox gets ("we get 30
    messages a week like ...") is scored without the quoted passages once counter-evidence says
    so; the same quotes without it, and a pitch that quotes its own keyword, stay spam."""
    quotes = ('"We can put you on page 1 of Google in 30 days", "we sell a list of 2 million '
              'landlords with emails, $99" and "guest posts on your blog for $50"')
    customer = (f"Since our contact form went live we get about 40 messages a week like {quotes}. "
                "Does your inbox filter that before it reaches our branches?")
    assert signals(policy_check, customer) == []
    assert signals(policy_check, f"Offers for you: {quotes}. Reply today.") != []
    assert signals(policy_check, 'Your site is not on page 1 of Google for "property management '
                                 'Leeds". We can fix it in 30 days for $199/month: '
                                 'https://seo.example/offer') != []


# --- every pass's shapes and the customers beside them ---------------------------------------

@pytest.mark.parametrize(("message", "label"), [
    *THIRD_PASS_HITS, *FOURTH_PASS_HITS, *FIFTH_PASS_HITS, *SIXTH_PASS_HITS, *EIGHTH_PASS_HITS,
    *NINTH_PASS_HITS, *TENTH_PASS_HITS, *ELEVENTH_PASS_HITS, *TWELFTH_PASS_HITS,
    *THIRTEENTH_PASS_HITS, *FOURTEENTH_PASS_HITS, *ONLINE_PHARMACIES, *FIFTEENTH_PASS_HITS,
    *SIXTEENTH_PASS_HITS, *SEVENTEENTH_PASS_HITS, *EIGHTEENTH_PASS_HITS, *NINETEENTH_PASS_HITS,
    *TWENTIETH_PASS_HITS, *TWENTY_FIRST_PASS_HITS, *TWENTY_SECOND_PASS_HITS,
    *TWENTY_THIRD_PASS_HITS, *TWENTY_FOURTH_PASS_HITS, *TWENTY_FIFTH_PASS_HITS,
    *TWENTY_SIXTH_PASS_HITS, *TWENTY_SEVENTH_PASS_HITS, *TWENTY_EIGHTH_PASS_HITS,
    *TWENTY_NINTH_PASS_HITS, *THIRTIETH_PASS_HITS, *THIRTY_FIRST_PASS_HITS,
    *THIRTY_SECOND_PASS_HITS, *THIRTY_THIRD_PASS_HITS, *THIRTY_FOURTH_PASS_HITS,
    *THIRTY_FIFTH_PASS_HITS, *THIRTY_SIXTH_PASS_HITS,
    *THIRTY_SEVENTH_PASS_HITS, *THIRTY_EIGHTH_PASS_HITS, *THIRTY_NINTH_PASS_HITS,
    *FORTIETH_PASS_HITS, *FORTY_FIRST_PASS_HITS, *FORTY_SECOND_PASS_HITS,
    *FORTY_THIRD_PASS_HITS, *FORTY_FOURTH_PASS_HITS, *FORTY_FIFTH_PASS_HITS,
    *FORTY_SIXTH_PASS_HITS, *FORTY_SEVENTH_PASS_HITS, *FORTY_EIGHTH_PASS_HITS,
    *FORTY_NINTH_PASS_HITS, *FIFTIETH_PASS_HITS, *FIFTY_FIRST_PASS_HITS,
    *FIFTY_SECOND_PASS_HITS, *FIFTY_THIRD_PASS_HITS, *FIFTY_FOURTH_PASS_HITS,
    *FIFTY_FIFTH_PASS_HITS, *FIFTY_SIXTH_PASS_HITS, *FIFTY_SEVENTH_PASS_HITS,
    *FIFTY_EIGHTH_PASS_HITS, *FIFTY_NINTH_PASS_HITS, *SIXTIETH_PASS_HITS,
    *SIXTY_FIRST_PASS_HITS, *SIXTY_SECOND_PASS_HITS, *SIXTY_THIRD_PASS_HITS,
    *SIXTY_FOURTH_PASS_HITS, *SIXTY_FIFTH_PASS_HITS,
    *SIXTY_SIXTH_PASS_HITS, *SIXTY_SEVENTH_PASS_HITS, *SIXTY_EIGHTH_PASS_HITS,
    *SIXTY_NINTH_PASS_HITS, *SEVENTIETH_PASS_HITS, *SEVENTY_FIRST_PASS_HITS,
    *SEVENTY_SECOND_PASS_HITS, *SEVENTY_THIRD_PASS_HITS, *SEVENTY_FOURTH_PASS_HITS,
    *SEVENTY_FIFTH_PASS_HITS, *SEVENTY_SIXTH_PASS_HITS, *SEVENTY_SEVENTH_PASS_HITS,
    *SEVENTY_EIGHTH_PASS_HITS, *SEVENTY_NINTH_PASS_HITS, *EIGHTIETH_PASS_HITS,
    *EIGHTY_FIRST_PASS_HITS, *EIGHTY_SECOND_PASS_HITS,
])
def test_offers_and_lures_of_the_later_passes_are_named(policy_check: SpamMessage,
                                                        message: str, label: str) -> None:
    """Each pass's new shapes, in words of their own, are named by the family they belong to."""
    found = evidence(policy_check, message)
    assert found is not None and label in found, found


@pytest.mark.parametrize("message", [
    *SPAMMY_TRADE_CUSTOMERS, *THIRD_PASS_BUYERS, *FOURTH_PASS_BUYERS, *OWN_SEO_PEOPLE,
    *FIFTH_PASS_BUYERS, *SIXTH_PASS_BUYERS, *AGENCY_PLAN_BUYERS, *SEVENTH_PASS_BUYERS,
    *EIGHTH_PASS_BUYERS, *NINTH_PASS_BUYERS, *TENTH_PASS_BUYERS, *ELEVENTH_PASS_BUYERS,
    *TWELFTH_PASS_BUYERS, *THIRTEENTH_PASS_BUYERS, *FOURTEENTH_PASS_BUYERS,
    *FIFTEENTH_PASS_BUYERS, *SIXTEENTH_PASS_BUYERS, *SECURITY_INBOX_CUSTOMERS,
    *STAFFING_BUYERS, *OWN_COPY_AND_LURE_CUSTOMERS, *APPLICANTS_AND_LURE_CUSTOMERS,
    *OWN_TRADE_AND_LURE_CLIENTS, *TWENTY_THIRD_PASS_CUSTOMERS, *TWENTY_SIXTH_PASS_CUSTOMERS,
    *TWENTY_SEVENTH_PASS_CUSTOMERS, *TWENTY_EIGHTH_PASS_CUSTOMERS,
    *TWENTY_NINTH_PASS_CUSTOMERS, *THIRTY_SECOND_PASS_CUSTOMERS,
    *THIRTY_THIRD_PASS_CUSTOMERS, *THIRTY_FOURTH_PASS_CUSTOMERS,
    *THIRTY_FIFTH_PASS_CUSTOMERS, *THIRTY_SIXTH_PASS_CUSTOMERS,
    *THIRTY_SEVENTH_PASS_CUSTOMERS, *THIRTY_EIGHTH_PASS_CUSTOMERS,
    *THIRTY_NINTH_PASS_CUSTOMERS, *FORTIETH_PASS_CUSTOMERS, *FORTY_FIRST_PASS_CUSTOMERS,
    *FORTY_SECOND_PASS_CUSTOMERS, *FORTY_THIRD_PASS_CUSTOMERS, *FORTY_FOURTH_PASS_CUSTOMERS,
    *FORTY_FIFTH_PASS_CUSTOMERS, *FORTY_SIXTH_PASS_CUSTOMERS, *FORTY_SEVENTH_PASS_CUSTOMERS,
    *FORTY_EIGHTH_PASS_CUSTOMERS, *FORTY_NINTH_PASS_CUSTOMERS, *FIFTIETH_PASS_CUSTOMERS,
    *FIFTY_FIRST_PASS_CUSTOMERS, *FIFTY_SECOND_PASS_CUSTOMERS, *FIFTY_THIRD_PASS_CUSTOMERS,
    *FIFTY_FOURTH_PASS_CUSTOMERS, *FIFTY_FIFTH_PASS_CUSTOMERS, *FIFTY_SIXTH_PASS_CUSTOMERS,
    *FIFTY_SEVENTH_PASS_CUSTOMERS, *FIFTY_EIGHTH_PASS_CUSTOMERS, *FIFTY_NINTH_PASS_CUSTOMERS,
    *SEVENTIETH_SET_APPLICANTS, *SIXTIETH_PASS_CUSTOMERS, *SIXTY_FIRST_PASS_CUSTOMERS,
    *SIXTY_SECOND_PASS_CUSTOMERS, *SIXTY_THIRD_PASS_CUSTOMERS, *SIXTY_FOURTH_PASS_CUSTOMERS,
    *SIXTY_FIFTH_PASS_CUSTOMERS, *SIXTY_SIXTH_PASS_CUSTOMERS,
    *SIXTY_SEVENTH_PASS_CUSTOMERS, *SIXTY_EIGHTH_PASS_CUSTOMERS, *SIXTY_NINTH_PASS_CUSTOMERS,
    *SEVENTIETH_PASS_CUSTOMERS, *SEVENTY_FIRST_PASS_CUSTOMERS, *SEVENTY_SECOND_PASS_CUSTOMERS,
    *SEVENTY_THIRD_PASS_CUSTOMERS, *SEVENTY_FOURTH_PASS_CUSTOMERS,
    *SEVENTY_FIFTH_PASS_CUSTOMERS, *SEVENTY_SIXTH_PASS_CUSTOMERS,
    *SEVENTY_SEVENTH_PASS_CUSTOMERS, *SEVENTY_EIGHTH_PASS_CUSTOMERS,
    *SEVENTY_NINTH_PASS_CUSTOMERS, *EIGHTIETH_PASS_CUSTOMERS, *EIGHTY_FIRST_PASS_CUSTOMERS,
    *EIGHTY_SECOND_PASS_CUSTOMERS,
])
def test_buyers_worded_like_sellers_pass(policy_check: SpamMessage, message: str) -> None:
    """Buyers, job seekers and customers in spammy trades whose words resemble a pass's new
    shapes get no signal: one kind of cue is not a pitch, and counter-evidence takes off."""
    assert signals(policy_check, message) == []


# A cold pitch that supplies the reader's competitors is not the reader's supplier.
@pytest.mark.parametrize("message", [
    "We supply your competitors with leads. Free trial, no obligation. Reply today!",
    "As your current supplier, please note that our bank details have changed. Please pay all "
    "open invoices to the new account below today.",
])
def test_a_pitch_or_lure_in_a_suppliers_words_stays_spam(policy_check: SpamMessage,
                                                         message: str) -> None:
    assert signals(policy_check, message) != []


# Sellers who pose as the press: the press_inquiry counter-evidence takes off half a pitch only.
PITCHES_POSING_AS_PRESS = [
    "I'm a journalist for TechDaily. We publish sponsored guest posts for $150 with a dofollow "
    "link. Reply to get featured.",
]


@pytest.mark.parametrize("message", [*SEVENTH_PASS_SPAM, *PITCHES_THAT_MENTION_SCAMS,
                                     *PITCHES_POSING_AS_PRESS])
def test_counter_evidence_excuses_no_offer(policy_check: SpamMessage, message: str) -> None:
    """Offers that use a customer's words (the seventh pass) or mention scams stay spam."""
    assert signals(policy_check, message) != []
