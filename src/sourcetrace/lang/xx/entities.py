"""Language-neutral entity data: names written the same way in every language.

Kept small on purpose: the multilingual knowledge base (linking) is where aliases belong;
this list only gives the entities stage finer types for names it meets every day.
"""

from sourcetrace.lang.entity_lexicon import EntityLexicon
from sourcetrace.lang.xx.first_names import FIRST_NAMES

KNOWN: dict[str, str] = {
    # news agencies and outlets
    "AFP": "MEDIA", "Reuters": "MEDIA", "AP": "MEDIA", "dpa": "MEDIA", "DPA": "MEDIA",
    "EFE": "MEDIA", "ANSA": "MEDIA", "BBC": "MEDIA", "CNN": "MEDIA", "Al Jazeera": "MEDIA",
    "Bloomberg": "MEDIA", "TASS": "MEDIA", "RIA Novosti": "MEDIA", "Xinhua": "MEDIA",
    "Associated Press": "MEDIA", "Agence France-Presse": "MEDIA", "Der Spiegel": "MEDIA",
    "Le Monde": "MEDIA", "El País": "MEDIA", "The Guardian": "MEDIA", "New York Times": "MEDIA",
    # intelligence and security agencies
    "CIA": "AGENCY", "FBI": "AGENCY", "NSA": "AGENCY", "MI5": "AGENCY", "MI6": "AGENCY",
    "FSB": "AGENCY", "GRU": "AGENCY", "SVR": "AGENCY", "BND": "AGENCY", "BfV": "AGENCY",
    "DGSI": "AGENCY", "DGSE": "AGENCY", "Mossad": "AGENCY", "Europol": "AGENCY",
    "Interpol": "AGENCY", "Frontex": "AGENCY", "CNI": "AGENCY", "GCHQ": "AGENCY",
    # armed groups
    "ISIS": "ARMED_GROUP", "ISIL": "ARMED_GROUP", "Daesh": "ARMED_GROUP", "Daech": "ARMED_GROUP",
    "al-Qaeda": "ARMED_GROUP", "Al-Qaeda": "ARMED_GROUP", "al-Qaida": "ARMED_GROUP",
    "Al-Qaida": "ARMED_GROUP", "Taliban": "ARMED_GROUP", "Hamas": "ARMED_GROUP",
    "Hezbollah": "ARMED_GROUP", "Hisbollah": "ARMED_GROUP", "Hizbulá": "ARMED_GROUP",
    "Boko Haram": "ARMED_GROUP", "al-Shabaab": "ARMED_GROUP", "Al-Shabaab": "ARMED_GROUP",
    "PKK": "ARMED_GROUP", "ETA": "ARMED_GROUP", "HTS": "ARMED_GROUP",
    "Hayat Tahrir al-Sham": "ARMED_GROUP",
    "Jabhat al-Nusra": "ARMED_GROUP", "Wagner": "ARMED_GROUP", "AQIM": "ARMED_GROUP",
    # seats of power named for the institution: the institution, whatever the sentence
    # does with the building (the gold's convention)
    "Kremlin": "ORG", "Élysée": "ORG", "Elysée": "ORG", "Verkhovna Rada": "ORG",
    "La Moneda": "ORG", "White House": "ORG", "Maison-Blanche": "ORG", "Casa Blanca": "ORG",
    "Weißes Haus": "ORG", "Matignon": "ORG", "Downing Street": "ORG",
    # international organisations
    "NATO": "ORG", "UN": "ORG", "EU": "ORG", "UNHCR": "ORG", "UNICEF": "ORG", "WHO": "ORG",
    "OSCE": "ORG", "IAEA": "ORG", "ICRC": "ORG",
}

_CAPS_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:[ -][A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)*"
_NAME = r"[A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þ][\w'’.-]+)*"
_PLACE2 = _NAME + r"\b(?![ ]*\d)"

#: Result and standings lines, the same in every language: "Leicester 3 Chelsea 1",
#: "BM. GRANOLLERS 26 - ELGORRIAGA BIDASOA 23", "Barcelona 2-1 Valencia",
#: "Bolton 10 6 2 2 20 10 20", "NEW YORK 33 13 .717 -". Whole lines only.
TEAM_TABLES = (
    r"^{c},? \d{1,3},? ?[-–]? ?{d},? \d{1,3}(?=[ \t]*(?:$|\(|\[|[a-z(]))",
    r"^{c} \d{1,3} ?[-–:] ?\d{1,3},? {d}[ \t]*(?:$|\(|[.,;])",
    r"^{c}[ \t]+\d{1,3}(?:[ \t]+(?:[-+.]?\d[\d.]*|-)){3,}[ \t]*$",
)

#: Knowledge-base aliases that are also ordinary words, places or given names.
KB_SKIP = (
    "Democrats", "Republicans", "Memorial", "Renaissance", "Horizons", "Commonwealth", "Stern",
    "Sabah", "Vox", "Rai", "Fars", "Aman", "Fano", "Lega", "Strontium", "Sandworm", "Sentinelle",
    "Reconquest", "Kremlin", "Pentagon", "Elysee", "Élysée", "Matignon", "Moncloa", "Duma",
    "Sputnik", "Politico", "Figaro", "Arte", "Junts", "Sumar", "Wafa", "Lusa", "Sepah",
    "MIT", "ICE", "MAD", "NOS", "CIS", "DST", "ISI", "KSK", "MSB", "NPA", "ERC", "ACO", "AES",
    "ANP", "APA", "BMI", "DRK", "EMC", "FAS", "GIP", "HSM", "JAS", "KSS", "NRC", "OAS", "AWD",
    "BRI", "BSI", "DSN", "EAC", "IRC", "ISW", "LCI", "NDF", "SAS", "SPD", "TNT",
    # companies (kb/data/companies.jsonl) whose names are words, places, given names or
    # surnames; a skipped canonical name still types a span the model reads as an org
    "Apple", "Shell", "Total", "Orange", "Amazon", "Target", "Gap", "Next", "Visa", "Sky",
    "Vale", "Meta", "Alphabet", "Oracle", "Intel", "Adobe", "Zoom", "Micron", "Grab", "Ozon",
    "Kakao", "Iliad", "Tether", "Stripe", "Vanguard", "Carlyle", "State Street", "Nomura",
    "Mercedes", "Santander", "Sabadell", "Metro", "Paramount", "Delta", "Emirates", "Iberia",
    "Condor", "Carnival", "Evergreen", "Honda", "Suzuki", "Takeda", "Ford", "Leonardo",
    "Rafael", "Indra", "Patria", "Kalashnikov", "Convoy", "Casino", "Leclerc", "Decathlon",
    "Puma", "Zara", "Chanel", "Hermès", "Roche", "Bayer", "Gilead", "Moderna", "Linde",
    "Vinci", "Caterpillar", "ACS", "Bolloré", "Lagardère", "Pearson",
)

LEXICON = EntityLexicon(
    # Words that open the name of an armed or political group in Arabic transliteration in
    # every language ("Ansar al-Sharia", "Jabhat al-Nusra", "Jaish al-Islam"): a name that
    # starts with one is an organisation, with or without the hyphens.
    org_keywords=("Ansar", "Jabhat", "Jaish", "Harakat", "Katiba", "Katibat", "Liwa",
                  "Ahrar", "Kataib", "Asaib", "Hizb", "Tanzim"),
    known=KNOWN,
    kb_skip=KB_SKIP,
    # diseases and their variants are none of our entity types
    stop_words=("COVID-19", "Covid-19", "COVID", "Covid", "Corona", "Coronavirus", "Ebola",
                "Polio", "Omicron", "Omikron", "Omicrón", "SARS-CoV-2", "Zika", "Mpox"),
    platforms=("Twitter", "X", "Facebook", "Instagram", "YouTube", "TikTok", "Telegram",
               "WhatsApp", "WeChat", "Weibo", "Snapchat", "LinkedIn", "Reddit", "Truth Social",
               "Gab", "Rumble", "Parler", "VKontakte", "Threads", "Bluesky", "Mastodon"),
    first_names=FIRST_NAMES,
    team_tables=TEAM_TABLES,
    datelines=(
        # "PARIS, March 24 (Reuters) -", "KYIV, Ukraine (AP) —", "BERLIN (dpa) -"
        rf"^(?P<place>{_CAPS_PLACE})(?:[ ]*,[ ]*(?P<place2>{_PLACE2}))?"
        r"[ ]*(?:,[ ]*[^\n(]{0,30}?)?"
        r"[ ]*\((?P<agency>[\w .-]{2,30})\)[ ]*[-–—]",
        # wire style: "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06"
        rf"^(?P<place>{_CAPS_PLACE})(?:[ ]*,[ ]*(?P<place2>{_NAME}))?"
        r"[ ]+\d{4}-\d{2}-\d{2}[ ]*$",
    ),
    credit_patterns=(
        r"^\s*©",
        r"^\s*(?:\(|\[)?\s*(?:AFP|Reuters|AP|dpa|EFE|Getty Images|EPA)"
        r"(?:\s*/\s*[\w .-]+)?\s*(?:\)|\])?\s*$",
    ),
)
