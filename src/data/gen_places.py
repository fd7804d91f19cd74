#!/usr/bin/env python3
"""gen_places.py -- print src/data/gazetteer_places.tsv, the place names of the
entity gazetteer: countries, first-level subdivisions and cities, per language.

Usage: python3 src/data/gen_places.py > src/data/gazetteer_places.tsv
       (then python3 src/data/check_gazetteers.py to validate it).

Standard library only. It reads the files of three Debian packages:
  apt-get install -y iso-codes libgeonames-common libgeonames0
- iso-codes (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json and
  iso_3166-2.json, translated with /usr/share/locale/LL/LC_MESSAGES/iso_3166-*.mo;
- libgeonames-common (GeoNames data, CC BY 4.0) holds only city names:
  /usr/share/locale/LL/LC_MESSAGES/geonames.mo, keyed by geonameid (English
  for every city, French, German, Spanish and Italian for a third to a half);
- libgeonames0 (code GPL-3, GeoNames data CC BY 4.0) holds the city table
  itself, as a GResource inside libgeonames.so.0: a GVariant array of
  (geonameid, name, admin1 code, admin1 name, country code, country name,
  timezone, population, latitude, longitude), read here without GLib.
The tables below marked "hand-written" add the short and usual names the
packages lack (Russia, UK, Catalonia, Frankfurt ...), drop known bad
translations and place names that are mostly common words. Forms longer than
8 words, 90 bytes or 8 scanner tokens are left out (the gazetteer keys are at
most 8 tokens: l'Union is three); Turkish 'İ' is written 'I'.
Output rows: lang, kind (country or location), form, canonical.
"""

import argparse
import glob
import gettext
import json
import os
import re
import struct
import sys
import zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_tables import tokenize  # noqa: E402  (tokens as the C scanner cuts them)

LANGS = ("en", "fr", "de", "es", "it")
MAX_WORDS = 8
MAX_BYTES = 90
MAX_TOKENS = 8          # the gazetteer keys at most 8 scanner tokens (gen_gazetteer.py)

# Cities: population >= 100000 anywhere, >= 50000 in Europe (by country; the
# transcontinental Russia counts with its European time zones only, Turkey,
# the Caucasus and Kazakhstan do not).
POP_WORLD = 100000
POP_EUROPE = 50000
EUROPE = set("""AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU
IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA
XK""".split())

# Subdivisions: first level of ISO 3166-2 for the EU, the UK, Switzerland,
# Norway and the United States.
SUBDIV_COUNTRIES = set("""AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU
MT NL PL PT RO SK SI ES SE GB CH NO US""".split())

# The language of a city's own name, where it is one of ours: that spelling is
# also matched in the other languages (München in an English text).
NATIVE = {"DE": "de", "AT": "de", "LI": "de", "FR": "fr", "MC": "fr",
          "IT": "it", "SM": "it", "ES": "es"}

# ---- hand-written: usual country names the iso-codes catalogues lack or
# spell in a list form. The first name of a language becomes its canonical
# name for the country; the others are kept as alternate forms.
COUNTRY_EXTRA = {
    "AE": {"en": ["United Arab Emirates", "UAE"]},
    "BN": {"en": ["Brunei"], "fr": ["Brunei"], "de": ["Brunei"], "es": ["Brunéi"]},
    "BY": {"fr": ["Biélorussie", "Bélarus"], "de": ["Belarus", "Weißrussland"]},
    "CD": {"en": ["Democratic Republic of the Congo", "DR Congo", "DRC"],
           "fr": ["République démocratique du Congo", "RDC", "RD Congo"],
           "de": ["Demokratische Republik Kongo", "DR Kongo"],
           "es": ["República Democrática del Congo", "RDC"],
           "it": ["Repubblica Democratica del Congo", "RDC"]},
    "CG": {"en": ["Congo", "Republic of the Congo", "Congo-Brazzaville"],
           "fr": ["République du Congo", "Congo-Brazzaville"]},
    "CI": {"en": ["Côte d'Ivoire", "Ivory Coast"], "es": ["Costa de Marfil"]},
    "CV": {"en": ["Cabo Verde", "Cape Verde"]},
    "CZ": {"en": ["Czechia", "Czech Republic"], "fr": ["Tchéquie", "République tchèque"],
           "de": ["Tschechien", "Tschechische Republik"],
           "es": ["Chequia", "República Checa"], "it": ["Cechia", "Repubblica Ceca"]},
    "FK": {"en": ["Falkland Islands", "Falklands"], "es": ["Islas Malvinas", "Malvinas"],
           "it": ["Isole Falkland"]},
    "GB": {"en": ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"],
           "fr": ["Royaume-Uni", "Grande-Bretagne"],
           "de": ["Vereinigtes Königreich", "Großbritannien"],
           "es": ["Reino Unido", "Gran Bretaña"], "it": ["Regno Unito", "Gran Bretagna"]},
    "IR": {"es": ["Irán"]},
    "KM": {"es": ["Comoras"]},
    "KP": {"en": ["North Korea", "DPRK"], "es": ["Corea del Norte"]},
    "KR": {"es": ["Corea del Sur"]},
    "LA": {"fr": ["Laos"], "es": ["Laos"]},
    "MK": {"fr": ["Macédoine du Nord"]},
    "MM": {"en": ["Myanmar", "Burma"], "de": ["Myanmar", "Birma"], "fr": ["Birmanie", "Myanmar"]},
    "MO": {"en": ["Macao", "Macau"]},
    "NL": {"en": ["Netherlands", "Holland"], "fr": ["Pays-Bas", "Hollande"],
           "de": ["Niederlande", "Holland"], "es": ["Países Bajos", "Holanda"],
           "it": ["Paesi Bassi", "Olanda"]},
    "PS": {"en": ["Palestine"], "fr": ["Palestine"], "de": ["Palästina"],
           "es": ["Palestina"], "it": ["Palestina"]},
    "RE": {"fr": ["La Réunion", "Réunion"]},
    "RU": {"en": ["Russia"], "fr": ["Russie"], "de": ["Russland"], "es": ["Rusia"],
           "it": ["Russia"]},
    "SR": {"es": ["Surinam"]},
    "SY": {"fr": ["Syrie"], "es": ["Siria"]},
    "TL": {"en": ["Timor-Leste", "East Timor"]},
    "TN": {"es": ["Túnez"]},
    "TR": {"en": ["Türkiye", "Turkey"], "fr": ["Turquie"], "de": ["Türkei"],
           "es": ["Turquía"], "it": ["Turchia"]},
    "US": {"en": ["United States", "US", "U.S.", "USA", "United States of America", "America"],
           "fr": ["États-Unis", "USA"], "de": ["Vereinigte Staaten", "USA", "US"],
           "es": ["Estados Unidos", "EE. UU.", "EE.UU.", "EEUU"],
           "it": ["Stati Uniti", "USA", "Stati Uniti d'America"]},
    "VA": {"en": ["Vatican", "Holy See", "Vatican City"], "fr": ["Vatican", "Saint-Siège"],
           "de": ["Vatikan", "Heiliger Stuhl", "Vatikanstadt"],
           "es": ["Vaticano", "Santa Sede", "Ciudad del Vaticano"],
           "it": ["Vaticano", "Santa Sede", "Città del Vaticano"]},
    "VE": {"fr": ["Venezuela", "Vénézuela"]},
    "VG": {"en": ["British Virgin Islands"], "es": ["Islas Vírgenes Británicas"],
           "it": ["Isole Vergini britanniche"]},
    "VI": {"en": ["United States Virgin Islands", "U.S. Virgin Islands"],
           "fr": ["Îles Vierges des États-Unis"],
           "es": ["Islas Vírgenes de los Estados Unidos"],
           "it": ["Isole Vergini americane"]},
    # Kosovo has no ISO 3166-1 code; XK is the code the EU uses.
    "XK": {"en": ["Kosovo"], "fr": ["Kosovo"], "de": ["Kosovo"], "es": ["Kosovo"],
           "it": ["Kosovo"]},
}

# ---- hand-written: names of first-level subdivisions in our languages that
# the iso_3166-2 catalogues lack. The first name of a language is canonical.
SUBDIV_EXTRA = {
    "AT-2": {"en": ["Carinthia"], "es": ["Carintia"]},
    "AT-3": {"en": ["Lower Austria"], "es": ["Baja Austria"]},
    "AT-4": {"en": ["Upper Austria"], "es": ["Alta Austria"]},
    "AT-6": {"en": ["Styria"], "es": ["Estiria"]},
    "AT-7": {"en": ["Tyrol"]},
    "AT-9": {"en": ["Vienna"], "es": ["Viena"]},
    "BE-BRU": {"en": ["Brussels-Capital Region"], "de": ["Region Brüssel-Hauptstadt"],
               "es": ["Región de Bruselas-Capital"], "it": ["Regione di Bruxelles-Capitale"]},
    "BE-VLG": {"en": ["Flanders", "Flemish Region"], "fr": ["Flandre", "Région flamande"],
               "de": ["Flandern"], "es": ["Flandes"], "it": ["Fiandre"]},
    "BE-WAL": {"en": ["Wallonia", "Walloon Region"], "fr": ["Wallonie", "Région wallonne"],
               "de": ["Wallonien"], "es": ["Valonia"], "it": ["Vallonia"]},
    "CZ-10": {"en": ["Prague"], "fr": ["Prague"], "de": ["Prag"], "es": ["Praga"],
              "it": ["Praga"]},
    "DE-BB": {"es": ["Brandeburgo"]},
    "DE-BE": {"es": ["Berlín"]},
    "DE-BW": {"es": ["Baden-Wurtemberg"]},
    "DE-HE": {"en": ["Hesse"], "es": ["Hesse"]},
    "DE-HH": {"es": ["Hamburgo"]},
    "DE-MV": {"en": ["Mecklenburg-Western Pomerania"], "es": ["Mecklemburgo-Pomerania Occidental"]},
    "DE-NI": {"en": ["Lower Saxony"], "es": ["Baja Sajonia"]},
    "DE-NW": {"en": ["North Rhine-Westphalia"], "fr": ["Rhénanie-du-Nord-Westphalie"],
              "es": ["Renania del Norte-Westfalia"]},
    "DE-RP": {"en": ["Rhineland-Palatinate"], "es": ["Renania-Palatinado"]},
    "DE-SN": {"en": ["Saxony"], "es": ["Sajonia"], "it": ["Sassonia"]},
    "DE-ST": {"en": ["Saxony-Anhalt"], "es": ["Sajonia-Anhalt"], "it": ["Sassonia-Anhalt"]},
    "DE-TH": {"en": ["Thuringia"], "fr": ["Thuringe"], "es": ["Turingia"]},
    "DE-BY": {"es": ["Baviera"]},
    "ES-AN": {"en": ["Andalusia"], "es": ["Andalucía"]},
    "ES-AR": {"en": ["Aragon"], "es": ["Aragón"]},
    "ES-AS": {"en": ["Asturias"], "es": ["Asturias", "Principado de Asturias"]},
    "ES-CB": {"en": ["Cantabria"]},
    "ES-CL": {"en": ["Castile and León"], "es": ["Castilla y León"]},
    "ES-CM": {"en": ["Castilla-La Mancha"], "es": ["Castilla-La Mancha"]},
    "ES-CN": {"en": ["Canary Islands"], "es": ["Canarias", "Islas Canarias"]},
    "ES-CT": {"en": ["Catalonia"], "fr": ["Catalogne"], "de": ["Katalonien"],
              "es": ["Cataluña"], "it": ["Catalogna"]},
    "ES-EX": {"en": ["Extremadura"], "fr": ["Estrémadure"], "es": ["Extremadura"]},
    "ES-GA": {"en": ["Galicia"], "fr": ["Galice"], "de": ["Galicien"], "es": ["Galicia"],
              "it": ["Galizia"]},
    "ES-IB": {"en": ["Balearic Islands"], "fr": ["Îles Baléares", "Baléares"],
              "de": ["Balearen"], "es": ["Islas Baleares", "Baleares"],
              "it": ["Isole Baleari", "Baleari"]},
    "ES-MC": {"en": ["Murcia", "Region of Murcia"], "fr": ["Région de Murcie", "Murcie"],
              "es": ["Región de Murcia"]},
    "ES-MD": {"en": ["Community of Madrid"], "fr": ["Communauté de Madrid"],
              "es": ["Comunidad de Madrid"], "it": ["Comunità di Madrid"]},
    "ES-NC": {"en": ["Navarre"], "fr": ["Navarre"], "de": ["Navarra"],
              "es": ["Navarra", "Comunidad Foral de Navarra"], "it": ["Navarra"]},
    "ES-PV": {"en": ["Basque Country"], "fr": ["Pays basque"], "de": ["Baskenland"],
              "es": ["País Vasco", "Euskadi"], "it": ["Paesi Baschi"]},
    "ES-RI": {"en": ["La Rioja"]},
    "ES-VC": {"en": ["Valencian Community"], "fr": ["Communauté valencienne"],
              "de": ["Valencianische Gemeinschaft"],
              "es": ["Comunidad Valenciana", "Comunitat Valenciana"],
              "it": ["Comunità Valenciana"]},
    "FR-20R": {"en": ["Corsica"], "es": ["Córcega"]},
    "FR-BRE": {"en": ["Brittany"], "es": ["Bretaña"]},
    "FR-GF": {"en": ["French Guiana"], "fr": ["Guyane"]},
    "FR-IDF": {"en": ["Île-de-France"]},
    "FR-NOR": {"en": ["Normandy"], "es": ["Normandía"]},
    "FR-OCC": {"en": ["Occitania"]},
    "FR-PAC": {"fr": ["Provence-Alpes-Côte d'Azur", "PACA"], "en": ["Provence-Alpes-Côte d'Azur"],
               "de": ["Provence-Alpes-Côte d'Azur"], "es": ["Provenza-Alpes-Costa Azul"]},
    "FR-GES": {"fr": ["Grand Est"], "en": ["Grand Est"]},
    "FR-RE": {"en": ["Réunion"]},
    "GB-ENG": {"fr": ["Angleterre"], "es": ["Inglaterra"], "it": ["Inghilterra"]},
    "GB-NIR": {"fr": ["Irlande du Nord"], "es": ["Irlanda del Norte"], "it": ["Irlanda del Nord"]},
    "GB-SCT": {"fr": ["Écosse"], "es": ["Escocia"], "it": ["Scozia"]},
    "GB-WLS": {"fr": ["pays de Galles", "Pays de Galles"], "de": ["Wales"], "es": ["Gales"],
               "it": ["Galles"]},
    "IT-21": {"en": ["Piedmont"]},
    "IT-23": {"en": ["Aosta Valley"], "fr": ["Vallée d'Aoste"], "de": ["Aostatal"],
              "es": ["Valle de Aosta"], "it": ["Valle d'Aosta"]},
    "IT-25": {"en": ["Lombardy"]},
    "IT-32": {"en": ["Trentino-Alto Adige", "Trentino-South Tyrol"],
              "fr": ["Trentin-Haut-Adige"]},
    "IT-36": {"en": ["Friuli-Venezia Giulia"], "fr": ["Frioul-Vénétie Julienne"]},
    "IT-52": {"en": ["Tuscany"]},
    "IT-75": {"en": ["Apulia"]},
    "IT-82": {"en": ["Sicily"]},
    "IT-88": {"en": ["Sardinia"]},
    "PL-02": {"en": ["Lower Silesia"]},
    "PL-12": {"en": ["Lesser Poland"]},
    "PL-14": {"en": ["Masovia"]},
    "PL-22": {"en": ["Pomerania"]},
    "PL-24": {"en": ["Silesia"], "fr": ["Silésie"]},
    "PL-30": {"en": ["Greater Poland"]},
    "PT-20": {"en": ["Azores"], "fr": ["Açores"], "de": ["Azoren"], "es": ["Azores"],
              "it": ["Azzorre"], "*": ["Açores"]},
    "PT-30": {"en": ["Madeira"], "fr": ["Madère"], "de": ["Madeira"], "es": ["Madeira"],
              "it": ["Madera"], "*": ["Madeira"]},
    "RO-B": {"en": ["Bucharest"], "es": ["Bucarest"]},
    "US-DC": {"en": ["District of Columbia", "Washington, D.C."]},
    "US-VI": {"en": ["U.S. Virgin Islands"]},
}

# ---- hand-written: short names of cities that geonames spells in full.
CITY_EXTRA = {
    "2925533": {"en": ["Frankfurt"], "de": ["Frankfurt"], "fr": ["Francfort", "Frankfurt"],
                "es": ["Fráncfort", "Frankfurt"], "it": ["Francoforte", "Frankfurt"]},
    "2925535": {"en": ["Frankfurt (Oder)", "Frankfurt an der Oder"],
                "de": ["Frankfurt (Oder)", "Frankfurt an der Oder"],
                "*": ["Frankfurt (Oder)", "Frankfurt an der Oder"]},
    "4140963": {"en": ["Washington", "Washington DC"], "fr": ["Washington"],
                "de": ["Washington"], "es": ["Washington"], "it": ["Washington"]},
    "5128581": {"de": ["New York"]},
    "2747373": {"*": ["Den Haag"]},                                  # The Hague
    "2800866": {"*": ["Bruxelles"]},                                 # Brussels
    "703448": {"en": ["Kyiv", "Kiev"], "fr": ["Kyiv", "Kiev"], "de": ["Kiew", "Kyjiw"],
               "es": ["Kiev", "Kyiv"], "it": ["Kiev", "Kyiv"]},
    "698740": {"en": ["Odesa", "Odessa"], "es": ["Odesa", "Odessa"]},
    "1526273": {"*": ["Astana"], "en": ["Astana"], "fr": ["Astana"], "de": ["Astana"],
                "es": ["Astana"], "it": ["Astana"]},                # Nur-Sultan until 2022
    "1816670": {"de": ["Peking", "Beijing"]},
    # geonames' English names drop the Polish and Swedish letters
    "3094802": {"*": ["Kraków"]},
    "3099434": {"*": ["Gdańsk"]},
    "3081368": {"*": ["Wrocław"]},
    "3088171": {"*": ["Poznań"]},
    "3093133": {"*": ["Łódź"]},
    "2692969": {"*": ["Malmö"]},
    "2711537": {"*": ["Göteborg"]},
}

# ---- hand-written: translations in the catalogues that are misspelt or name
# something else; dropped in every language.
DROP = {
    "Alvaro",                       # it for Alwar (India)
    "Région Flamande", "Région Wallonne", "Region Wallonia", "Regione Vallonia",
    "Région de Murcei", "Murcei",
    "Trentin- Haut Adige", "Extramadoure", "Turinge", "Rhénanie du Nord-Westfalie",
    "Nuevo Hampshire", "Regione di Plezn", "Regione di Vukorav e della Sirmia",
    "Regione di Kaprina e dello Zagorje", "Regione di Koprivincia e Krizevci",
    "Regione di Osijec e della Baranja", "Costa de Marfíl", "Tunez", "Surinám",
    "Islas Vírgenes, Británicas", "Isole Vergini, Regno Unito", "Islas Vírgenes, de EEUU",
    "Isole Vergini, U.S.A.", "Îles Vierges, États-Unis",
    "Taiwan, Repubblica di Cina", "Taïwan, province de Chine", "Taiwán, Provincia de China",
    "Comores, Islas", "Lao, République démocratique populaire",
    "Syrienne, République arabe",
}

# ---- hand-written: subdivision and city names that are far more often a
# common word, a number or a given name than the place, in running text of
# our languages (German nouns are capitalised: Grad, Kanal, Pest; 'Trente' is
# thirty; 'Parla' speaks; 'Corona', 'Lira', 'Metro' ...). Dropped in every
# language, or in one language for the (lang, form) pairs.
NOT_PLACES = {
    "Alba", "Americana", "Anda", "Arar", "Archway", "Aurora", "Barking", "Bello",
    "Benedikt", "Bimbo", "Bloke", "Bole", "Cabo", "Caccia", "Celle", "Centennial",
    "Cerro", "Chico", "Coro", "Corona", "Delta", "Diadema", "Divo", "Ejido",
    "Enterprise", "Erode", "Figura", "Fontana", "Forest", "Franca", "Garbo", "Grad",
    "Grays", "Guarda", "Ig", "Independence", "Isla", "Jingling", "Kanal", "Kuzma",
    "Latina", "Libertad", "Lia", "Lira", "Luca", "Man", "Martin", "Mary", "Mascara",
    "Merlo", "Metro", "Milagro", "Mirna", "Mito", "Mobile", "Modesto", "Most", "Muta",
    "Nada", "Oral", "Orange", "Paola", "Paradise", "Parla", "Paterna", "Pest",
    "Pianura", "Plano", "Reading", "Roman", "Rubí", "Rugby", "Saga", "Sale", "Sari",
    "Seto", "Shaping", "Soledad", "Surprise", "Tanta", "Tema", "Torrent", "Torrente",
    "Trente", "Van", "Vas", "Vista",
}
NOT_PLACES_LANG = {("es", "Como"), ("es", "Mesa"), ("de", "Zug"), ("de", "Jura")}

# Words after which an inverted ISO name ("Korea, Republic of") is turned
# back into running-text order ("Republic of Korea").
LINK_END = re.compile(r"(?:\b(?:of|of the|de|du|des|de la|del|della|dello|dei|di|von|der))$|[dD]['’]$")
HEAD_WORDS = {"Republik", "Staat", "Volksrepublik", "Îles", "Islas", "Isole", "Île"}
LIST_WORD = re.compile(r" (?:and|et|und|y|e) ")
ADMIN_WORD = re.compile(r"^(?:District|Provincia|Province|Distrikt|Provinz|Distretto|"
                        r"Municipalità|Comune|Municipio|Département|Gespanschaft|Regione di)\b")


def catalog(localedir, lang, domain):
    """The msgid -> msgstr dict of one .mo file, or {} when it is absent."""
    path = os.path.join(localedir, lang, "LC_MESSAGES", domain + ".mo")
    try:
        with open(path, "rb") as f:
            return gettext.GNUTranslations(f)._catalog
    except OSError:
        return {}


def upper_first(s):
    return s[:1].upper() + s[1:]


def uninvert(name, for_country):
    """Running-text forms of an ISO name: 'Korea, Republic of' gives
    'Republic of Korea' and 'Korea'; list names ('Bonaire, Sint Eustatius and
    Saba') stay; inversions that cannot be undone safely give nothing."""
    if ", " not in name:
        return [name]
    head, tail = name.split(", ", 1)
    if LIST_WORD.search(tail) or ", " in tail:
        return [name]
    if LINK_END.search(tail):
        sep = "" if tail.endswith(("'", "’")) else " "
        return [upper_first(tail) + sep + head, head]
    if tail in HEAD_WORDS or tail.split()[-1] in HEAD_WORDS:
        return [upper_first(tail) + " " + head]
    if not for_country and head[:1].islower():
        return [upper_first(tail) + " " + head]
    if not for_country and " " in tail:
        return [tail + " " + head, head]
    if not for_country:
        return [tail + " " + head]
    return []


def clean(name, for_country=False):
    """The forms an ISO name stands for, without brackets, notes and codes."""
    name = name.strip().rstrip("*").strip()
    forms = []
    m = re.match(r"^(.*?)\s*\[(.*)\]$", name)
    if m:
        name = m.group(1)
        alt = " ".join(w for w in m.group(2).split()
                       if not re.search(r"\d|^[A-Z]{2}-[A-Z]+$", w))
        if alt and alt != name:
            forms.append(alt)
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    return [f for f in uninvert(name, for_country) + forms if f]


def good(form, lang=None):
    return (form and form not in DROP and form not in NOT_PLACES
            and (lang, form) not in NOT_PLACES_LANG
            and "\t" not in form and "\n" not in form
            and all(len(ch.lower()) == 1 for ch in form)
            and len(form.split()) <= MAX_WORDS and len(form.encode()) <= MAX_BYTES
            and len(tokenize(form)) <= MAX_TOKENS)


class Table:
    """Rows by (lang, form); the first claim on a (lang, form) wins, so the
    sections are added from the most to the least trusted."""

    def __init__(self):
        self.claims = {}
        self.sections = []

    def section(self, title, collapse, kind="location"):
        self.sections.append((title, collapse, kind, []))

    def add(self, lang, form, canonical):
        # Turkish 'İ' has no one-letter lower case, which the keys need
        form = form.strip().replace("İ", "I")
        canonical = canonical.replace("İ", "I")
        if canonical == form:
            canonical = ""
        if not good(form) or (canonical and not good(canonical)):
            return
        langs = LANGS if lang == "*" else (lang,)
        free = [l for l in langs if (l, form) not in self.claims and good(form, l)]
        for l in free:
            self.claims[(l, form)] = canonical
        if free:
            self.sections[-1][3].append((tuple(free), form, canonical))

    def rows(self):
        for title, collapse, kind, entries in self.sections:
            rows = set()
            for langs, form, canonical in entries:
                if collapse and langs == LANGS:
                    rows.add(("*", form, canonical))
                else:
                    rows.update((l, form, canonical) for l in langs)
            if collapse:
                # one '*' row where all five languages ended with the same row
                by_form = {}
                for r in rows:
                    by_form.setdefault(r[1], []).append(r)
                rows = set()
                for form, rs in by_form.items():
                    per = {l: c for l, _, c in rs if l != "*"}
                    if len(per) == len(LANGS) and len(set(per.values())) == 1:
                        rows.add(("*", form, rs[0][2]))
                    else:
                        rows.update(rs)
            yield title, kind, sorted(rows, key=lambda r: (r[1].casefold(), r[1], r[0]))


def countries(table, isodir, localedir):
    with open(os.path.join(isodir, "iso_3166-1.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-1"]
    cats = {l: catalog(localedir, l, "iso_3166-1") for l in LANGS if l != "en"}
    byc = {e["alpha_2"]: e for e in entries}
    found = {}         # (code, lang) -> (extra, common forms, short heads, other forms)
    owners = {}        # (lang, form) -> codes giving it
    for code in sorted(set(byc) | set(COUNTRY_EXTRA)):
        e = byc.get(code, {})
        for lang in LANGS:
            parts = ([], [], [], [])
            parts[0].extend(COUNTRY_EXTRA.get(code, {}).get(lang, []))
            for key, at in (("common_name", 1), ("name", 3)):
                src = e.get(key)
                if src is not None and lang != "en":
                    src = cats[lang].get(src)
                if src is None or src in DROP:
                    continue
                forms = clean(src, for_country=True)
                if ", " in src and len(forms) == 2:
                    # 'Micronesia' out of 'Micronesia, Federated States of'
                    parts[2].append(forms.pop())
                parts[at].extend(forms)
            if not any(parts) and e:
                parts[3].extend(clean(e.get("common_name", e["name"]), True))
            found[(code, lang)] = parts
            for f in set(sum(parts, [])):
                owners.setdefault((lang, f), set()).add(code)
    for (code, lang), (extra, common, heads, other) in sorted(found.items()):
        # a short head shared by two countries ('Korea', 'Congo') names neither
        heads = [h for h in heads if len(owners[(lang, h)]) == 1]
        forms = [f for f in extra + common + heads + other if good(f)]
        for form in dict.fromkeys(forms):
            table.add(lang, form, forms[0])


def subdivisions(table, isodir, localedir):
    with open(os.path.join(isodir, "iso_3166-2.json"), encoding="utf-8") as f:
        entries = json.load(f)["3166-2"]
    cats = {l: catalog(localedir, l, "iso_3166-2") for l in LANGS}
    for e in sorted(entries, key=lambda e: e["code"]):
        if e["code"][:2] not in SUBDIV_COUNTRIES or "parent" in e:
            continue
        own = [f for f in clean(e["name"]) if good(f)]
        extra = SUBDIV_EXTRA.get(e["code"], {})
        own += [f for f in extra.get("*", []) if good(f) and f not in own]
        for lang in LANGS:
            forms = list(extra.get(lang, []))
            tr = cats[lang].get(e["name"])
            # 'Aglonas (commune)' for 'Aglonas novads' is a gloss, not a name
            if tr and tr != e["name"] and tr not in DROP and not ADMIN_WORD.match(tr) \
                    and not (tr[:1].islower() and e["name"][:1].isupper()) \
                    and not ("(" in tr and "(" not in e["name"]):
                forms += clean(tr)
            forms = [f for f in forms if good(f)]
            preferred = forms[0] if forms else (own[0] if own else "")
            if not preferred:
                continue
            for form in dict.fromkeys(forms + own):
                table.add(lang, form, preferred)


# ---- GResource (GVDB) and GVariant readers, just enough for the city table.

def gresource_file(blob, path):
    """The bytes of file 'path' in the GResource bundle found inside blob."""
    pos = blob.find(b"GVariant")
    while pos >= 0:
        try:
            return gvdb_lookup(blob[pos:], path)
        except (ValueError, KeyError, struct.error, IndexError, UnicodeDecodeError, zlib.error):
            pos = blob.find(b"GVariant", pos + 1)
    raise SystemExit("gen_places.py: no resource %s in the geonames library" % path)


def gvdb_lookup(f, path):
    _, version, _, start, end = struct.unpack_from("<8sIIII", f, 0)
    if version != 0 or end > len(f) or start >= end:
        raise ValueError("not a GVDB header")
    root = f[start:end]
    nbloom, nbuckets = struct.unpack_from("<II", root, 0)
    off = 8 + 4 * (nbloom & ((1 << 27) - 1)) + 4 * nbuckets
    items = []
    for k in range((len(root) - off) // 24):
        _, parent, kstart, ksize, typ, _, vstart, vend = \
            struct.unpack_from("<IIIHccII", root, off + 24 * k)
        items.append((parent, f[kstart:kstart + ksize].decode("utf-8"), typ, vstart, vend))

    def key(k):
        parent, name = items[k][0], items[k][1]
        return (key(parent) if parent != 0xFFFFFFFF and parent < len(items) else "") + name

    for k, (_, _, typ, vstart, vend) in enumerate(items):
        if typ == b"v" and key(k) == path:
            # a variant holding (uuay): size, flags (1 = zlib), data
            v = f[vstart:vend]
            size, flags = struct.unpack_from("<II", v, 0)
            data = v[8:v.rindex(b"\0")]
            if flags & 1:
                data = zlib.decompress(data)
            if len(data) < size:
                raise ValueError("short resource")
            return data[:size]
    raise KeyError(path)


def offset_size(n):
    return 1 if n <= 0xFF else 2 if n <= 0xFFFF else 4


def read_cities(data):
    """Parse the serialized GVariant a(sssssssudd) of libgeonames."""
    n = len(data)
    osz = offset_size(n)
    last = int.from_bytes(data[n - osz:], "little")
    ends = [int.from_bytes(data[last + i * osz:last + (i + 1) * osz], "little")
            for i in range((n - last) // osz)]
    start = 0
    for end in ends:
        start = (start + 7) & ~7
        e = data[start:end]
        start = end
        esz = offset_size(len(e))
        fields, s = [], 0
        for i in range(7):
            fend = int.from_bytes(e[len(e) - esz * (i + 1):len(e) - esz * i], "little")
            fields.append(e[s:fend - 1].decode("utf-8"))
            s = fend
        p = (s + 3) & ~3
        (pop,) = struct.unpack_from("<I", e, p)
        yield fields + [pop]


def cities(table, libpath, localedir):
    with open(libpath, "rb") as f:
        data = gresource_file(f.read(), "/com/lomiri/geonames/cities.compiled")
    cats = {l: catalog(localedir, l, "geonames") for l in LANGS}
    chosen = []
    for gid, name, _, _, cc, _, tz, pop in read_cities(data):
        europe = cc in EUROPE and (cc != "RU" or tz.startswith("Europe/"))
        if pop >= POP_WORLD or (europe and pop >= POP_EUROPE):
            chosen.append((-pop, gid, name, cc))
    for _, gid, name, cc in sorted(chosen):
        names = {}
        for lang in LANGS:
            tr = cats[lang].get(gid)
            if tr and (tr in DROP or "(" in tr or "," in tr or ADMIN_WORD.match(tr)):
                tr = None
            # 'Kempten (Allgäu)' is written 'Kempten'
            names[lang] = re.sub(r"\s*\([^)]*\)", "", tr or cats["en"].get(gid) or name).strip()
        extra = CITY_EXTRA.get(gid, {})
        native = names.get(NATIVE.get(cc, ""), None)
        for lang in LANGS:
            preferred = extra.get(lang, [names[lang]])[0]
            forms = extra.get(lang, []) + [names[lang]]
            if native:
                forms.append(native)
            forms += extra.get("*", [])
            for form in dict.fromkeys(forms):
                table.add(lang, form, preferred)


def package_versions(names):
    versions = {}
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8") as f:
            for para in f.read().split("\n\n"):
                fields = dict(re.findall(r"^(Package|Version): (.*)$", para, re.M))
                if fields.get("Package") in names:
                    versions[fields["Package"]] = fields.get("Version", "?")
    except OSError:
        pass
    return ", ".join("%s %s" % (n, versions.get(n, "(version unknown)")) for n in names)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--iso-dir", default="/usr/share/iso-codes/json")
    ap.add_argument("--locale-dir", default="/usr/share/locale")
    ap.add_argument("--geonames-lib", default=None,
                    help="libgeonames.so.0 (default: the one under /usr/lib)")
    args = ap.parse_args()
    lib = args.geonames_lib
    if lib is None:
        libs = sorted(glob.glob("/usr/lib/*/libgeonames.so.0*") + glob.glob("/usr/lib/libgeonames.so.0*"))
        libs = [p for p in libs if not os.path.islink(p)]
        if not libs:
            raise SystemExit("gen_places.py: libgeonames.so.0 not found; "
                             "apt-get install -y libgeonames0 libgeonames-common")
        lib = libs[0]

    table = Table()
    table.section("countries (iso-codes ISO 3166-1 and its translations)", False, "country")
    countries(table, args.iso_dir, args.locale_dir)
    table.section("first-level subdivisions (iso-codes ISO 3166-2 and its translations)", True)
    subdivisions(table, args.iso_dir, args.locale_dir)
    table.section("cities (geonames.org via libgeonames0 and libgeonames-common)", True)
    cities(table, lib, args.locale_dir)

    out = sys.stdout
    out.write(
        "# gazetteer_places.tsv — place names for the entity tagger: countries, first-level\n"
        "# subdivisions (EU, UK, CH, NO, US) and cities (population >= %d, in Europe >= %d).\n"
        "# GENERATED by src/data/gen_places.py; do not edit. To regenerate:\n"
        "#   python3 src/data/gen_places.py > src/data/gazetteer_places.tsv\n"
        "# Sources: %s.\n"
        "#   iso-codes: ISO 3166-1/3166-2 names and translations, LGPL-2.1-or-later.\n"
        "#   libgeonames0/libgeonames-common: city data from GeoNames (geonames.org),\n"
        "#   CC BY 4.0. Some usual short names are hand-written in gen_places.py.\n"
        "# Columns (tab-separated): lang  kind  form  canonical\n"
        "#   lang       fr en de es it, or * for every language\n"
        "#   kind       country (a location that is a state: a national team in sports\n"
        "#              results keeps this kind), or location\n"
        "#   form       the name as written in running text\n"
        "#   canonical  empty, or the usual name in that language when form is another\n"
        "#              form (Russische Föderation -> Russland, Den Haag -> The Hague)\n"
        "# A (lang, form) belongs to the first section that claims it: countries, then\n"
        "# subdivisions, then cities by decreasing population. '*' rows stand for five\n"
        "# identical rows. Rows are sorted by form within each section.\n"
        % (POP_WORLD, POP_EUROPE,
           package_versions(["iso-codes", "libgeonames0", "libgeonames-common"])))
    for title, kind, rows in table.rows():
        out.write("\n# ---- %s\n" % title)
        for lang, form, canonical in rows:
            out.write("%s\t%s\t%s\t%s\n" % (lang, kind, form, canonical))


if __name__ == "__main__":
    main()
