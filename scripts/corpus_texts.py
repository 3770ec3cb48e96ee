"""Hand-written message grammars for scripts/build_corpus.py: set A trains, set B is held out.

A message is composed part by part (greeting, introduction, request, detail, closing), each
part drawn from its own pool, so the corpus has thousands of distinct texts rather than a few
dozen templates. Sets A and B were written separately and share no sentence; B also covers
languages A lacks (Italian, Portuguese, Dutch, Japanese, Chinese, Russian, Polish, Swedish).
Slots in {braces} are filled by build_corpus.TextMaker.fill.
"""

from __future__ import annotations

import random
from collections.abc import Callable

Grammar = dict[str, list[str]]

LEGIT_A: dict[str, Grammar] = {
    "en": {
        "greet": ["Hi,", "Hello,", "Hi team,", "Good morning,", "Dear sales team,", "", "",
                  "Hey there,", "Hi {first},", "Good afternoon,"],
        "intro": ["I'm the {role} at {company}.", "We are a {size} company based in {city}.",
                  "I work in {dept} at {company}.", "", "", "I lead the {dept} team here.",
                  "{company} is growing fast and we need a better process.",
                  "We're a {size} team in {city}."],
        "ask": ["We'd like a demo for about {n} seats.", "Could you send pricing for {n} users?",
                "Is an annual plan cheaper than monthly?",
                "Do you support SSO with Okta or Azure AD?",
                "Please send a quote for {n} licenses.",
                "Does it integrate with Salesforce and HubSpot?",
                "Can we extend our trial by two weeks?",
                "Do you offer an on-premise version?",
                "What does onboarding look like for a team our size?",
                "Is there a discount for non-profits or education?",
                "Can I book a call with someone from sales this week?",
                "We need a security questionnaire and your SOC 2 report.",
                "How long does a typical rollout take?",
                "Do you have customers in {industry} we could talk to?",
                "What are the API rate limits on the standard plan?",
                "Can invoices be paid by bank transfer?",
                "Is there a partner program for agencies?",
                "Could you walk us through the reporting features?",
                "I wanted to know your price for {n} licenses.",
                "We are an SEO agency and want to protect our clients' forms. Pricing?",
                "We're a mortgage broker; our loan application form gets flooded with junk.",
                "Our online pharmacy needs to screen sign-ups. Is that a fit?",
                "We sell crypto hardware wallets and get fake orders. Can you help?",
                "Our web design studio builds sites for {n} clients a year; reseller terms?",
                "What's the price per 1000 screenings?",
                "Can we pay in GBP and get a VAT invoice?",
                "Is there a free tier for testing?",
                "We want to screen leads from our website and from trade shows.",
                "Does the review queue support multiple moderators?",
                "Could you share a case study from a SaaS company?"],
        "detail": ["We currently use {tool}.", "Budget is approved for Q{q}.",
                   "Our timeline is {month}.", "", "", "You can reach me at {phone}.",
                   "Our website is https://{domain}", "Procurement will need a W-9.",
                   "About {n} people would use it daily.", "We evaluate two other vendors."],
        "close": ["Thanks,", "Best regards,", "Thank you!", "Cheers,", "Regards, {first}", "",
                  "Thanks in advance.", "Looking forward to hearing from you."],
    },
    "de": {
        "greet": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", ""],
        "intro": ["ich bin {role} bei {company}.", "wir sind ein Team von {n} Personen.", ""],
        "ask": ["bitte senden Sie uns ein Angebot für {n} Lizenzen.",
                "wir interessieren uns für eine Demo.",
                "gibt es eine Schnittstelle zu SAP?",
                "können Sie die Daten in Deutschland hosten?",
                "was kostet die Enterprise-Version?"],
        "detail": ["Wir nutzen derzeit {tool}.", "", "Erreichbar unter {phone}."],
        "close": ["Viele Grüße", "Mit freundlichen Grüßen", "Danke!", ""],
    },
    "fr": {
        "greet": ["Bonjour,", "Madame, Monsieur,", ""],
        "intro": ["je suis {role} chez {company}.", "nous sommes une équipe de {n} personnes.", ""],
        "ask": ["nous souhaitons une démonstration.", "pouvez-vous nous envoyer un devis ?",
                "proposez-vous une facturation annuelle ?",
                "l'outil est-il conforme au RGPD ?", "quels sont vos tarifs pour {n} postes ?"],
        "detail": ["Nous utilisons actuellement {tool}.", ""],
        "close": ["Cordialement,", "Merci d'avance.", "Bien à vous,", ""],
    },
    "es": {
        "greet": ["Hola,", "Buenos días,", "Estimados,", ""],
        "intro": ["soy {role} en {company}.", "somos una empresa de {n} empleados.", ""],
        "ask": ["¿podrían enviarnos información de precios?", "queremos agendar una demo.",
                "¿tienen soporte en español?", "necesitamos una cotización para {n} usuarios."],
        "detail": ["Actualmente usamos {tool}.", ""],
        "close": ["Saludos,", "Gracias.", "Un saludo,", ""],
    },
}

LEGIT_B: dict[str, Grammar] = {
    "en": {
        "greet": ["Hello there,", "Dear team,", "Morning,", "Hi folks,", "", "To whom it may "
                  "concern,", "Hi again,"],
        "intro": ["{company} runs {n} sites across {city} and nearby.",
                  "I'm evaluating tools for our {dept} group.", "", "",
                  "Our {dept} lead asked me to reach out.",
                  "We met your colleague at the trade fair last month."],
        "ask": ["What would a three-year contract cost for {n} seats, paid upfront?",
                "Could a solutions engineer join a call with our CTO?",
                "Is there a sandbox we can try before committing?",
                "Do you sign a data processing agreement for GDPR?",
                "How do you handle data residency in the EU?",
                "We need EUR invoicing with a PO number on each invoice. Possible?",
                "Is SCIM provisioning included or an add-on?",
                "Can the product run in our own AWS account?",
                "Would you do a proof of concept for our {dept} team?",
                "What is your uptime commitment in the SLA?",
                "Can we migrate our history from {tool}?",
                "Do you have a reseller in our region?",
                "Are training sessions for admins included?",
                "We would like references from similar-sized customers."],
        "detail": ["Current contract ends in {month}.", "", "",
                   "Decision is expected by end of Q{q}.", "Details: https://{domain}",
                   "Direct line: {phone}", "Roughly {n} seats to start."],
        "close": ["Kind regards,", "Many thanks,", "Best,", "", "Speak soon,",
                  "Appreciate your help."],
    },
    "it": {"greet": ["Buongiorno,", "Salve,", ""], "intro": ["sono {role} presso {company}.", ""],
           "ask": ["vorremmo ricevere un preventivo per {n} utenti.",
                   "è possibile organizzare una demo?", "avete assistenza in italiano?"],
           "detail": [""], "close": ["Cordiali saluti,", "Grazie,", ""]},
    "pt": {"greet": ["Olá,", "Bom dia,", ""], "intro": ["trabalho na {company}.", ""],
           "ask": ["gostaria de agendar uma demonstração para a nossa equipe.",
                   "podem enviar uma proposta para {n} usuários?"],
           "detail": [""], "close": ["Obrigado,", "Atenciosamente,", ""]},
    "nl": {"greet": ["Goedemiddag,", "Beste,", ""], "intro": [""],
           "ask": ["kunnen jullie een offerte sturen voor {n} gebruikers?",
                   "wij willen graag een demo inplannen."],
           "detail": [""], "close": ["Met vriendelijke groet,", ""]},
    "ja": {"greet": ["お世話になっております。", ""], "intro": ["{company}の{role}です。", ""],
           "ask": ["{n}名での導入を検討しておりますので、お見積りをお願いいたします。",
                   "デモのご案内をいただけますでしょうか。"],
           "detail": [""], "close": ["よろしくお願いいたします。", ""]},
    # Chinese and Russian punctuation and letters are meant (RUF001 flags them as look-alikes).
    "zh": {"greet": ["您好，", ""], "intro": [""],  # noqa: RUF001
           "ask": ["我们公司想了解贵公司产品的报价，大约{n}个用户。",  # noqa: RUF001
                   "请问可以安排一次产品演示吗？"],  # noqa: RUF001
           "detail": [""], "close": ["谢谢。", ""]},
    "ru": {"greet": ["Здравствуйте!", "Добрый день,", ""], "intro": [""],
           "ask": ["Интересует демонстрация продукта для отдела продаж.",
                   "Пришлите, пожалуйста, коммерческое предложение на {n} пользователей."],
           "detail": [""], "close": ["Спасибо.", "С уважением,", ""]},  # noqa: RUF001
    "pl": {"greet": ["Dzień dobry,", ""], "intro": [""],
           "ask": ["prosimy o ofertę dla {n} użytkowników.", "czy możliwa jest prezentacja?"],
           "detail": [""], "close": ["Pozdrawiam,", ""]},
    "sv": {"greet": ["Hej,", ""], "intro": [""],
           "ask": ["kan ni skicka en offert för {n} användare?", "vi vill gärna boka en demo."],
           "detail": [""], "close": ["Mvh", ""]},
}

LEGIT_LANGUAGE_WEIGHTS = {"train": {"en": 70, "de": 10, "fr": 10, "es": 10},
                          "heldout": {"en": 55, "it": 6, "pt": 6, "nl": 5, "ja": 6, "zh": 6,
                                      "ru": 6, "pl": 5, "sv": 5}}

SPAM_A: dict[str, Grammar] = {
    "seo_spam": {
        "open": ["Hi,", "Hello,", "Dear website owner,", "Dear webmaster,", ""],
        "pitch": ["I was checking your website and noticed it is not ranking on the first "
                  "page of Google.", "We offer high quality backlinks from DA {da}+ sites.",
                  "Your competitors are getting more traffic than you.",
                  "I can put your site on the first page of Bing and Google.",
                  "We do on-page SEO, off-page SEO and local citations.",
                  "Get {n} high PR backlinks and social signals this month.",
                  "Are you looking to increase your domain authority?",
                  "Wir verbessern Ihr Google-Ranking mit hochwertigen Links.",
                  "Nous proposons du netlinking et des articles sponsorisés.",
                  "Ofrecemos posicionamiento web y enlaces de autoridad.",
                  "Want more visitors? We drive real targeted traffic to any website.",
                  "Your website has {n} SEO errors that hurt your rankings.",
                  "We can get you to page one in {n} days.",
                  "We publish guest posts on {n} high authority blogs.",
                  "Would you accept a sponsored post on your site? We pay ${price} per article.",
                  "We sell dofollow backlinks, PBN links and guest posts.",
                  "Boost your Google rankings fast with white hat link building."],
        "cta": ["Reply for a free audit.", "Prices start at ${price}: {url}",
                "100% guaranteed results!", "WhatsApp {phone}", "See our packages {url}",
                "Monthly plans from ${price}."],
    },
    "pitch_spam": {
        "open": ["Hi,", "Hello,", "Hi there,", ""],
        "pitch": ["I am a web designer and your website looks outdated.",
                  "We develop mobile apps for iOS and Android at affordable rates.",
                  "Do you need more leads? We sell verified B2B email lists of {n} contacts.",
                  "We are an offshore development company from {place} with {n}+ developers.",
                  "I can build you a WordPress or Shopify website in 5 days.",
                  "We provide virtual assistants, data entry and lead generation at $5/hour.",
                  "Our cold email agency books {n} qualified appointments per month.",
                  "We are a digital marketing agency offering social media management.",
                  "I noticed your site is not mobile friendly. I can fix that today.",
                  "We offer 2D/3D animation, logo design and video editing services.",
                  "Looking for a reliable IT outsourcing partner? We have {n} experts.",
                  "I can write SEO-friendly blog posts for your website every week.",
                  "We provide Amazon PPC management and product listing optimization.",
                  "Hire dedicated PHP, React and Flutter developers from ${price}/month.",
                  "We can generate {n} B2B leads for you with LinkedIn outreach.",
                  "Wir entwickeln Apps und Webseiten zu unschlagbaren Preisen.",
                  "Nous réalisons votre site e-commerce clé en main.",
                  "Ofrecemos diseño web profesional a bajo costo."],
        "cta": ["I can redesign it for ${price}.", "See our portfolio {url}",
                "Contact me on WhatsApp {phone}.", "Reply if interested.",
                "Free quote: {url}"],
    },
    "scam_spam": {
        "open": ["Congratulations!", "Dear friend,", "Hello,", "ATTENTION:", ""],
        "pitch": ["You have won ${price},000.",
                  "Invest in Bitcoin today and earn {n}% weekly profit guaranteed.",
                  "Need a loan? We offer personal and business loans at 2% interest.",
                  "Cheap viagra and cialis without prescription, fast worldwide shipping.",
                  "Make $5000 a week from home! No experience needed.",
                  "Your account has been suspended, verify your details.",
                  "Crypto trading bot with {n}% returns.",
                  "Get a $10,000 business grant, no credit check.",
                  "Best replica watches and handbags at 90% off.",
                  "Earn money online by clicking ads, paid daily.",
                  "You have an unclaimed inheritance of ${price},000,000.",
                  "Buy Instagram followers and likes cheap.",
                  "Casino bonus: 200 free spins for new players.",
                  "Gana dinero desde casa con nuestro sistema automático.",
                  "Verdienen Sie 3000 Euro pro Woche mit Bitcoin."],
        "cta": ["Claim your prize here: {url}", "Join now {url}", "Contact {phone}",
                "Limited spots: {url}", "Verify here {url}"],
    },
}

SPAM_B: dict[str, Grammar] = {
    "seo_spam": {
        "open": ["Greetings!", "Hey there,", "Hola,", "Good day,", ""],
        "pitch": ["I audited your site and found broken links and slow pages hurting rankings.",
                  "Our link insertion service places you on niche-relevant authority domains.",
                  "We run a network of {n} news sites and can feature you for a small fee.",
                  "Are you interested in top 3 positions on Google Maps?",
                  "We noticed you are missing on page 1 for your keywords.",
                  "Niche edits and high DR guest posts available now.",
                  "Ofrecemos servicios SEO y enlaces de calidad para posicionar su web.",
                  "Ich biete Ihnen hochwertige Backlinks für bessere Google-Rankings an."],
        "cta": ["Let our specialists handle it: {url}", "Pricing here {url}",
                "Reply YES for the report.", "Bulk discount this week only: {url}",
                "Local SEO done for you, {url}"],
    },
    "pitch_spam": {
        "open": ["Hey, quick one:", "Hello sir/madam,", "Bonjour,", ""],
        "pitch": ["we build custom software and AI chatbots for businesses like yours.",
                  "our team of {n} engineers delivers MVPs in 30 days.",
                  "I have a list of {n} decision makers in your industry, verified this month.",
                  "your logo and branding could use a refresh; full rebrands for ${price}.",
                  "would you like a promotional explainer video for your company?",
                  "our appointment setting service fills your calendar with sales calls.",
                  "nous créons des sites web professionnels à petit prix."],
        "cta": ["Can I send a free mockup? {url}", "Samples at {url}", "Interested?",
                "Reply to learn more.", "{url}"],
    },
    "scam_spam": {
        "open": ["Dear winner,", "URGENT:", "Hi dear,", ""],
        "pitch": ["You are selected for a cash reward.",
                  "Earn passive income with our forex signals, {n}% win rate.",
                  "Instant approval loans for bad credit, funds same day.",
                  "Buy cheap meds online: tramadol, xanax, oxycodone, no prescription needed.",
                  "Double your USDT in 48 hours with our staking program.",
                  "Your email was selected in our international lottery.",
                  "Hot singles in your area want to meet you."],
        "cta": ["Confirm your payment details at {url} within 24 hours.",
                "Telegram: @{handle}", "Apply {url}", "Reply with your name and bank.",
                "{url}"],
    },
}


def compose(rng: random.Random, grammar: Grammar, fill: Callable[[str], str]) -> str:
    """One message: one pick per part, in the grammar's order, blanks skipped."""
    parts = [fill(rng.choice(pool)) for pool in grammar.values()]
    return " ".join(part for part in parts if part).strip()


def legit_message(rng: random.Random, split: str, fill: Callable[[str], str]) -> str:
    weights = LEGIT_LANGUAGE_WEIGHTS[split]
    language = rng.choices(list(weights), list(weights.values()))[0]
    grammars = LEGIT_A if split == "train" else LEGIT_B
    text = compose(rng, grammars[language], fill)
    return text or fill(rng.choice(grammars[language]["ask"]))


def spam_message(rng: random.Random, split: str, kind: str, fill: Callable[[str], str]) -> str:
    grammars = SPAM_A if split == "train" else SPAM_B
    return compose(rng, grammars[kind], fill)
