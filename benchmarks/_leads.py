"""Real-looking leads for the benchmarks: mostly genuine inquiries, some form spam.

Domains come from tests/dnsserver.default_zone() (companies, free and disposable providers,
domains without mail) plus names the zone does not hold (NXDOMAIN), so every lead gets a real
DNS answer from the loopback server. Names and titles repeat as they do in real traffic; every
mailbox name and message is distinct, so per-string caches do not make the figures look better
than they are. Seeded: the same arguments give the same leads.
"""

from __future__ import annotations

import random
from typing import Any

from _harness import REPO  # noqa: F401  (puts the repository on sys.path for tests.dnsserver)

from tests.dnsserver import COMPANIES, DISPOSABLE_PROVIDERS, FREE_PROVIDERS

COMPANY_DOMAINS = (*(domain for domain, _, _ in COMPANIES), "startup-forwarding.com",
                   "privacy-relay.org", "a-only-corp.com", "aaaa-only-corp.com",
                   "truncated-corp.com")
FREE_DOMAINS = tuple(domain for domain, _ in FREE_PROVIDERS)
DISPOSABLE_DOMAINS = (*(domain for domain, _ in DISPOSABLE_PROVIDERS), "burner-unlisted.net")
NO_MAIL_DOMAINS = ("nomail-corp.com", "empty-corp.com", "no-such-company-xyz.com")
# Typos of free providers and unregistered business names: NXDOMAIN on the loopback server.
UNKNOWN_DOMAINS = ("gmial.com", "yaho.com", "hotmial.com", "outlok.com", "gmail.co",
                   "brightpath-analytics.com", "nordlicht-logistik.de", "sunrise-dental.co.uk",
                   "quantumleaf.io", "bluewater-realty.com", "casa-verde.es", "kowalski-it.pl")
# Only names the zone answers at once: servfail-corp.com and hang-corp.com are left out.
ZONE_DOMAINS = COMPANY_DOMAINS + FREE_DOMAINS + DISPOSABLE_DOMAINS + NO_MAIL_DOMAINS

FIRST_NAMES = ("Jane", "John", "Maria", "Wei", "Aisha", "Lukas", "Sofia", "Mateo", "Priya",
               "Olivia", "Hiroshi", "Fatima", "Liam", "Chloé", "Jakub", "Ngozi", "Emma",
               "Carlos", "Anna", "Mohammed", "Sarah", "Tomasz", "Yuki", "Daniel", "Elena",
               "Kwame", "Isabella", "Ahmed", "Sven", "Léa", "Rahul", "Grace", "Mikhail",
               "Zoe", "Diego", "Hannah", "Björn", "Amara", "Pedro", "Ingrid")
LAST_NAMES = ("Doe", "Smith", "García", "Chen", "Khan", "Müller", "Rossi", "Nowak", "Patel",
              "Johnson", "Tanaka", "Okafor", "Brown", "Dubois", "Kowalski", "Silva", "Nguyen",
              "Hernández", "Schmidt", "Ivanova", "O'Brien", "Lindqvist", "Mensah", "Kim",
              "van der Berg", "Yilmaz", "Andersson", "Moreau", "Haddad", "Novak")
GIBBERISH_NAMES = ("asdfgh", "Xkqzvw", "qwerty", "Jfhdjs", "Davidfug", "zxcvbnm", "Hjkl",
                   "Mnbvcx", "Robertlof", "Lkjhgf")
TITLES = ("VP Marketing", "Head of Growth", "CTO", "Software Engineer", "Marketing Manager",
          "Operations Director", "Founder & CEO", "Procurement Lead", "IT Manager",
          "Senior Data Analyst", "Office Manager", "Sales Operations Specialist",
          "Director of Customer Success", "Product Manager", "CFO", "HR Business Partner",
          "Geschäftsführer", "Responsable des achats", "Kierownik projektu", "Head of IT")
JUNK_TITLES = ("asdf", "n/a", "CEO of Myself", "-", "xxx", "Boss", "none", "test")
COMPANY_NAMES = ("Acme Corp", "Example Widgets", "Firma Nowak", "Müller Bau GmbH",
                 "Tanaka Shoji", "Brightpath Analytics", "Nordlicht Logistik", "Sunrise Dental",
                 "Quantumleaf", "Bluewater Realty", "Casa Verde SL", "Kowalski IT")
COUNTRIES = ("US", "GB", "DE", "FR", "PL", "JP", "ES", "IN", "BR", "NG", "SE", "CA")
PRODUCTS = ("your analytics plan", "the enterprise tier", "a pilot", "SSO and audit logs",
            "the API", "onboarding for our support team", "a volume discount")
INQUIRIES = (
    "Hi, we'd like a demo of {product} for {seats} seats. Is {day} possible?",
    "Hello, could you send pricing for {product}? We're about {seats} people in {country}.",
    "We are evaluating vendors for Q{quarter}. Please get in touch about {product}.",
    "Our team of {seats} is moving off spreadsheets. Does {product} integrate with Salesforce?",
    "Can someone walk us through {product}? Our contract with the current vendor ends in "
    "{months} months.",
    "Guten Tag, wir interessieren uns für {product} für {seats} Mitarbeiter.",
    "Bonjour, nous aimerions un devis pour {product} ({seats} utilisateurs).",
)
SPAM = (
    "Hi, I wanted to know your price. {n}",
    "We will boost your Google ranking with {n} high quality backlinks! Guaranteed first page.",
    "Earn ${n} a day with our crypto trading bot, sign up now http://bit.ly/x{n}",
    "Dear business owner, I can redesign your website for only ${n}. Reply for portfolio.",
    "Buy cheap viagra online http://pharma-{n}.example.ru no prescription",
    "Guest post offer: DA {n} sites, dofollow links, reply with your budget.",
)
DAYS = ("Monday", "Tuesday", "Thursday", "next week", "Friday morning")


def _local_part(rng: random.Random, first: str, last: str, n: int, spammy: bool) -> str:
    first, last = (_ascii(first), _ascii(last))
    if spammy and rng.random() < 0.4:
        return "".join(rng.choice("bcdfghjklmnpqrstvwxz") for _ in range(rng.randint(6, 10)))
    style = rng.random()
    if style < 0.35:
        return f"{first}.{last}"
    if style < 0.55:
        return f"{first[0]}{last}{n % 100 if rng.random() < 0.5 else ''}"
    if style < 0.70:
        return f"{first}{n % 1000}"
    if style < 0.90:
        return f"{first}_{last}"
    return rng.choice(("info", "sales", "contact", "office", "hello"))


def _ascii(name: str) -> str:
    folded = name.lower().translate(str.maketrans("áéèíóúüöäßłçñ'", "aeeiouuoaslcn-"))
    return "".join(ch for ch in folded if ch.isalnum() or ch == "-")


def lead(rng: random.Random, n: int, *, unknown_share: float = 0.05,
         spam_share: float = 0.2) -> dict[str, Any]:
    """One lead in the request shape of POST /v1/screen; `n` makes it distinct."""
    spammy = rng.random() < spam_share
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    if rng.random() < unknown_share:
        domain = rng.choice(UNKNOWN_DOMAINS)
    elif spammy:
        domain = rng.choice(DISPOSABLE_DOMAINS + FREE_DOMAINS + NO_MAIL_DOMAINS)
    else:
        domain = rng.choice(COMPANY_DOMAINS + FREE_DOMAINS + FREE_DOMAINS)
    body: dict[str, Any] = {"email": f"{_local_part(rng, first, last, n, spammy)}@{domain}",
                            "lead_id": f"crm-{n}"}
    if spammy and rng.random() < 0.5:
        first, last = rng.choice(GIBBERISH_NAMES), rng.choice(GIBBERISH_NAMES)
    body["first_name"], body["last_name"] = first, last
    if rng.random() < 0.3:
        body["full_name"] = f"{first} {last}"
    if rng.random() < 0.7:
        body["company"] = rng.choice(COMPANY_NAMES)
    if rng.random() < 0.8:
        body["job_title"] = rng.choice(JUNK_TITLES if spammy and rng.random() < 0.5 else TITLES)
    if rng.random() < 0.5:
        body["phone"] = f"+1 415 555 {rng.randint(0, 9999):04d}"
    if rng.random() < 0.4:
        body["website"] = f"https://{domain}"
    body["country"] = rng.choice(COUNTRIES)
    if spammy:
        body["message"] = rng.choice(SPAM).format(n=rng.randint(10, 9999))
    elif rng.random() < 0.9:
        body["message"] = rng.choice(INQUIRIES).format(
            product=rng.choice(PRODUCTS), seats=rng.randint(3, 500), day=rng.choice(DAYS),
            country=body["country"], quarter=rng.randint(1, 4), months=rng.randint(1, 12))
    body["honeypot"] = "http://spam.example" if spammy and rng.random() < 0.2 else ""
    body["elapsed_ms"] = rng.randint(300, 2500) if spammy and rng.random() < 0.3 else \
        rng.randint(6000, 240000)
    # Every lead from its own address: a repeated one would (rightly) hit form.velocity.
    body["ip"] = (f"{rng.choice((24, 45, 62, 81, 88, 103, 151, 176, 185, 201))}."
                  f"{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}")
    body["user_agent"] = "Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0"
    return body


def leads(count: int, *, seed: int = 7, unknown_share: float = 0.05,
          spam_share: float = 0.2) -> list[dict[str, Any]]:
    """`count` leads, each with an email address of its own (as distinct people have), so that
    replaying them does not hit form.velocity's per-email limit."""
    rng = random.Random(seed)
    made = []
    seen: set[str] = set()
    for n in range(1, count + 1):
        body = lead(rng, n, unknown_share=unknown_share, spam_share=spam_share)
        local, _, domain = body["email"].partition("@")
        address, suffix = body["email"], 1
        while address in seen:
            suffix += 1
            address = f"{local}{suffix}@{domain}"
        seen.add(address)
        body["email"] = address
        made.append(body)
    return made
