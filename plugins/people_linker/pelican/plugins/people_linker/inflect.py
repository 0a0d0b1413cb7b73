"""Case forms of names, so that "Ціханоўскага" finds Ціханоўскі and "Cichanouskiej" finds
Cichanouska: Belarusian, Russian and Ukrainian from the Cyrillic, Polish and Czech from their
own spelling.

The rules cover the common name patterns; a form they miss can be listed as an alias. A wrong
form they generate is harmless: it is not a word anyone writes.
"""

from __future__ import annotations

# (nominative ending, endings that replace it) per language, surnames first matched longest.
_SURNAME_MASCULINE = {
    "be": [
        ("скі", ["скага", "скаму", "скім"]),
        ("цкі", ["цкага", "цкаму", "цкім"]),
        ("ый", ["ага", "аму", "ым"]),
        ("ка", ["кі", "ку", "кам", "кай"]),
        ("ўа", []),
        ("ў", ["ва", "ву", "вым", "ве"]),
        ("ін", ["іна", "іну", "іным", "іне"]),
        ("ын", ["ына", "ыну", "ыным", "ыне"]),
    ],
    "ru": [
        ("ский", ["ского", "скому", "ским", "ском"]),
        ("цкий", ["цкого", "цкому", "цким", "цком"]),
        ("ий", ["ого", "ому", "им", "ом"]),
        ("ой", ["ого", "ому", "ым", "ом"]),
        ("ый", ["ого", "ому", "ым", "ом"]),
        ("ко", ["ка", "ку", "ком", "ке"]),  # colloquial: "с Лукашенком"
        ("ов", ["ова", "ову", "овым", "ове"]),
        ("ев", ["ева", "еву", "евым", "еве"]),
        ("ёв", ["ёва", "ёву", "ёвым", "ёве"]),
        ("ин", ["ина", "ину", "иным", "ине"]),
        ("ын", ["ына", "ыну", "ыным", "ыне"]),
    ],
}
_SURNAME_MASCULINE["uk"] = [
    ("ський", ["ського", "ському", "ським", "ськім"]),
    ("цький", ["цького", "цькому", "цьким", "цькім"]),
    ("ий", ["ого", "ому", "им", "ім"]),
    ("ко", ["ка", "ку", "ком", "кові"]),
    ("ов", ["ова", "ову", "овим", "ові"]),
    ("ев", ["ева", "еву", "евим", "еві"]),
    ("ін", ["іна", "іну", "іним", "іні"]),
    ("ин", ["ина", "ину", "иним", "ині"]),
]
_SURNAME_FEMININE = {
    "be": [
        ("ская", ["скай", "скую", "скаю"]),
        ("цкая", ["цкай", "цкую", "цкаю"]),
        ("ая", ["ай", "ую", "аю"]),
        ("ова", ["овай", "ову", "овае"]),
        ("ава", ["авай", "аву", "авае"]),
        ("іна", ["інай", "іну", "інае"]),
        ("ына", ["ынай", "ыну", "ынае"]),
    ],
    "ru": [
        ("ская", ["ской", "скую", "скою"]),
        ("цкая", ["цкой", "цкую", "цкою"]),
        ("ая", ["ой", "ую", "ою"]),
        ("ова", ["овой", "ову"]),
        ("ева", ["евой", "еву"]),
        ("ина", ["иной", "ину"]),
        ("ына", ["ыной", "ыну"]),
    ],
}
_SURNAME_FEMININE["uk"] = [
    ("ська", ["ської", "ській", "ську", "ською"]),
    ("цька", ["цької", "цькій", "цьку", "цькою"]),
    ("ова", ["ової", "овій", "ову", "овою"]),
    ("ева", ["евої", "евій", "еву", "евою"]),
    ("іна", ["іної", "іній", "іну", "іною"]),
]
# Given names and surnames that decline like nouns.
_NOUN = {
    "be": [
        ("ія", ["іі", "ію", "іяй", "іяю"]),
        ("ья", ["ьі", "ью", "ьяй"]),
        ("я", ["і", "ю", "яй", "яю", "е"]),
        ("а", ["ы", "е", "у", "ай", "аю", "і"]),
        ("ей", ["ея", "ею", "еем", "еі"]),
        ("ь", ["я", "ю", "ем", "і"]),
        ("й", ["я", "ю", "ем"]),
        ("ў", ["ва", "ву", "вам"]),
        ("і", []),
        ("о", []),
        ("э", []),
        ("у", []),
        ("", ["а", "у", "ам", "ы", "е", "ом"]),
    ],
    "ru": [
        ("ий", ["ия", "ию", "ием", "ии"]),
        ("ия", ["ии", "ию", "ией", "иею"]),
        ("ья", ["ьи", "ье", "ью", "ьей"]),
        ("ей", ["ея", "ею", "еем", "ее"]),
        ("ь", ["я", "ю", "ем", "е"]),
        ("я", ["и", "е", "ю", "ей", "ею"]),
        ("а", ["ы", "и", "е", "у", "ой", "ою"]),
        ("й", ["я", "ю", "ем", "е"]),
        ("и", []),
        ("о", []),
        ("е", []),
        ("у", []),
        ("", ["а", "у", "ом", "е", "ем"]),
    ],
}
_NOUN["uk"] = [
    ("ій", ["ія", "ію", "ієм", "ієві"]),
    ("ія", ["ії", "ію", "ією"]),
    ("я", ["і", "ю", "ею"]),
    ("а", ["и", "і", "у", "ою"]),
    ("о", ["а", "у", "ом", "ові"]),
    ("й", ["я", "ю", "єм", "єві"]),
    ("ь", ["я", "ю", "ем", "еві"]),
    ("", ["а", "у", "ом", "ові", "е"]),
]
_FEMININE_GIVEN_ENDINGS = ("а", "я")
_FLEETING = {"ел": "л", "ек": "к", "ец": "ц", "ок": "к"}


_WOMENS_SURNAME_ENDINGS = ("ая", "ова", "ева", "ава", "іна", "ина", "ына", "ська", "цька")
_MENS_SURNAME_ENDINGS = (
    *("скі", "цкі", "ский", "цкий", "ський", "ов", "ев", "ёв", "ў", "ін", "ин", "ын"),
)


def surname_gender(surname: str) -> str:
    """ "woman" or "man" where a Cyrillic surname's ending says which (Путина, Кучынскі), ""
    where it does not (Лукашенко, Ковальчук)."""
    lower = surname.lower()
    if lower.endswith(_WOMENS_SURNAME_ENDINGS):
        return "woman"
    if lower.endswith(_MENS_SURNAME_ENDINGS):
        return "man"
    return ""


def is_feminine(given: str, surname: str) -> bool:
    """Guess the grammatical gender of a name; surnames in -ая/-ова/-іна are feminine."""
    gender = surname_gender(surname)
    if gender:
        return gender == "woman"
    return given.lower().endswith(_FEMININE_GIVEN_ENDINGS)


def _apply(word: str, rules: list[tuple[str, list[str]]], lang: str) -> set[str]:
    lower = word.lower()
    for ending, replacements in rules:
        if lower.endswith(ending):
            stem = word[: len(word) - len(ending)]
            forms = {stem + replacement for replacement in replacements}
            return forms | _fleeting(word, ending, replacements, lang)
    return set()


def _fleeting(word: str, ending: str, replacements: list[str], lang: str) -> set[str]:
    """Павел -> Павла (ru) / Паўла (be): the vowel that drops when a case ending is added."""
    if ending:
        return set()
    for full, short in _FLEETING.items():
        if word.lower().endswith(full):
            stem = word[: -len(full)]
            if lang == "be" and short == "л" and stem[-1:].lower() in "ав":
                stem = stem[:-1] + "ў" if stem[-1:].lower() == "в" else stem
            return {stem + short + r for r in replacements}
    return set()


def surname_forms(surname: str, lang: str, feminine: bool) -> set[str]:
    """The oblique case forms of a surname (the nominative excluded)."""
    if lang not in _NOUN:
        return set()
    if feminine:
        forms = _apply(surname, _SURNAME_FEMININE[lang], lang)
        # A feminine surname without an adjectival ending does not decline (Луцкіна does).
        return forms
    forms = _apply(surname, _SURNAME_MASCULINE[lang], lang)
    if forms or any(surname.lower().endswith(end) for end, _ in _SURNAME_MASCULINE[lang]):
        return forms
    return _apply(surname, _NOUN[lang], lang)


def given_forms(given: str, lang: str) -> set[str]:
    """The oblique case forms of a given name or a patronymic."""
    if lang not in _NOUN:
        return set()
    return _apply(given, _NOUN[lang], lang)


# A surname in the plural names a family or a couple: "Сергея и Светлану Тихановских".
# (masculine or feminine nominative ending, plural endings); -ским is left out in Russian: it is
# also the masculine instrumental singular ("с Тихановским").
_PLURAL = {
    "be": [
        (("скі", "ская"), ["скія", "скіх", "скімі"]),
        (("цкі", "цкая"), ["цкія", "цкіх", "цкімі"]),
        (("ў", "ва"), ["вы", "вых", "вымі"]),
        (("ін", "іна"), ["іны", "іных", "інымі"]),
        (("ын", "ына"), ["ыны", "ыных", "ынымі"]),
    ],
    "ru": [
        (("ский", "ская"), ["ские", "ских", "скими"]),
        (("цкий", "цкая"), ["цкие", "цких", "цкими"]),
        (("ов", "ова"), ["овы", "овых", "овыми"]),
        (("ев", "ева"), ["евы", "евых", "евыми"]),
        (("ёв", "ёва"), ["ёвы", "ёвых", "ёвыми"]),
        (("ин", "ина"), ["ины", "иных", "иными"]),
        (("ын", "ына"), ["ыны", "ыных", "ыными"]),
    ],
}


# Polish makes the plural of an adjectival name from its Polish spelling: Cichanouski,
# Cichanouska -> Cichanouscy, Cichanouskich, Cichanouskimi ("-skim" is also the singular's
# instrumental, left out as in Russian).
_PL_PLURAL = [
    (("ski", "ska"), ["scy", "skich", "skimi"]),
    (("cki", "cka"), ["ccy", "ckich", "ckimi"]),
]


def plural_forms(surname: str, lang: str) -> set[str]:
    """The plural forms of a surname (Тихановский, Тихановская -> Тихановских)."""
    lower = surname.lower()
    for endings, plurals in _PLURAL.get(lang, _PL_PLURAL if lang == "pl" else []):
        for ending in endings:
            if lower.endswith(ending) and len(lower) > len(ending) + 1:
                stem = surname[: len(surname) - len(ending)]
                return {stem + plural for plural in plurals}
    return set()


# Polish declines a foreign name by its Polish spelling: Cichanouska -> Cichanouskiej,
# Łukaszenka -> Łukaszence, Swiatłana -> Swiatłany. (ending, endings that replace it), longest
# first; adjectival names (-ski, -ska, -owa) before nouns in -a.
_PL_ENDINGS = [
    ("ski", ["skiego", "skiemu", "skim"]),
    ("cki", ["ckiego", "ckiemu", "ckim"]),
    ("ska", ["skiej", "ską"]),
    ("cka", ["ckiej", "cką"]),
    ("owa", ["owej", "ową"]),
    ("ewa", ["ewej", "ewą"]),
    ("awa", ["awej", "awą"]),
    ("y", ["ego", "emu", "ym"]),
    ("ia", ["ii", "ię", "ią"]),
    ("ja", ["i", "ję", "ją"]),
    ("ka", ["ki", "ce", "kę", "ką"]),
    ("ga", ["gi", "dze", "gę", "gą"]),
    ("la", ["li", "lę", "lą"]),
]
# The dative and locative of a noun in -a (and the locative of a masculine name) soften the
# last consonant: Swiatłana -> Swiatłanie, Ryhor -> Ryhorze.
_PL_SOFTENED = {
    "st": "ście", "n": "nie", "ł": "le", "t": "cie", "d": "dzie", "r": "rze", "s": "sie",
    "z": "zie", "w": "wie", "m": "mie", "b": "bie", "p": "pie", "f": "fie",
}  # fmt: skip
_PL_SOFT = {"ś": "si", "ć": "ci", "ń": "ni", "ź": "zi"}  # Aleś -> Alesia
_PL_VOWELS = "aąeęioóuy"


def _ending_replaced(word: str, rules: list[tuple[str, list[str]]]) -> set[str] | None:
    """The forms of the first rule whose ending `word` has (two letters of stem at least), or
    None when no rule's ending fits: the table lookup Polish and Czech share."""
    lower = word.lower()
    for ending, replacements in rules:
        if lower.endswith(ending) and len(lower) > len(ending) + 1:
            stem = word[: len(word) - len(ending)]
            return {stem + replacement for replacement in replacements}
    return None


def _softened(stem: str, table: dict[str, str]) -> str | None:
    for consonant, softened in table.items():
        if stem.endswith(consonant):
            return stem[: -len(consonant)] + softened
    return None


def polish_forms(word: str, feminine: bool) -> set[str]:
    """The oblique cases Polish gives a name spelt the Polish way (the nominative excluded);
    a feminine name ending in a consonant does not decline."""
    lower = word.lower()
    forms = _ending_replaced(word, _PL_ENDINGS)
    if forms is not None:
        return forms
    if lower.endswith("a") and len(lower) > 2:
        stem = word[:-1]
        forms = {stem + "y", stem + "ę", stem + "ą"}
        softened = _softened(stem, _PL_SOFTENED)
        return forms | ({softened} if softened else set())
    if feminine or len(lower) < 3 or lower[-1] in _PL_VOWELS:
        return set()
    stem = word[:-1] + _PL_SOFT[lower[-1]] if lower[-1] in _PL_SOFT else word
    forms = {stem + "a", stem + "owi", stem + ("iem" if lower[-1] in "kg" else "em")}
    softened = None if lower.endswith(("k", "g", "ch", "h")) else _softened(stem, _PL_SOFTENED)
    return forms | {softened or stem + "u"}


# Czech declines a foreign name by its Czech spelling too (ČTK: Svjatlany Cichanouské, Ryhora
# Kastusjoua, Lukašenkovi). Adjectival names first; a noun in -a gets both the masculine and
# the feminine dative (Lukašenkovi, Svjatlaně), as its gender is not known here.
_CS_ENDINGS = [
    ("ská", ["ské", "skou"]),
    ("cká", ["cké", "ckou"]),
    ("á", ["é", "ou"]),
    ("skij", ["ského", "skému", "ském", "ským"]),  # a Russian name: Tichanovskij
    ("ckij", ["ckého", "ckému", "ckém", "ckým"]),
    ("yj", ["ého", "ému", "ém", "ým"]),  # Navalnyj -> Navalného
    ("ski", ["ského", "skému", "ském", "ským"]),
    ("cki", ["ckého", "ckému", "ckém", "ckým"]),
    ("ý", ["ého", "ému", "ém", "ým"]),
    ("ka", ["ky", "ce", "ku", "kou", "kovi"]),
    ("ha", ["hy", "ze", "hu", "hou", "hovi"]),
    ("ga", ["gy", "ze", "gu", "gou", "govi"]),
]
_CS_SOFTENED = {
    "n": "ně", "t": "tě", "d": "dě", "r": "ře", "m": "mě", "b": "bě", "p": "pě", "v": "vě",
    "f": "fě", "l": "le", "s": "se", "z": "ze",
}  # fmt: skip
_CS_SOFT = "jcčšžřďťň"  # a masculine name ending in one: Sjarhej -> Sjarheje
_CS_VOWELS = "aáeéěiíoóuúůyý"


def czech_forms(word: str, feminine: bool) -> set[str]:
    """The oblique cases Czech gives a name spelt the Czech way (the nominative excluded);
    a feminine name ending in a consonant, or any in -ija, does not decline here."""
    lower = word.lower()
    forms = _ending_replaced(word, _CS_ENDINGS)
    if forms is not None:
        return forms
    if lower.endswith("a") and len(lower) > 2 and not lower.endswith("ja"):
        stem = word[:-1]
        forms = {stem + "y", stem + "u", stem + "ou", stem + "ovi"}
        softened = _softened(stem, _CS_SOFTENED)
        return forms | ({softened} if softened else set())
    if feminine or len(lower) < 3 or (lower[-1] in _CS_VOWELS and not lower.endswith("ou")):
        return set()
    stems = [word]
    if lower[-2:] in ("el", "ek", "ec") and lower[-3] not in _CS_VOWELS:
        stems.append(word[:-2] + word[-1])  # the e that drops: Pavel -> Pavla
    first = "e" if lower[-1] in _CS_SOFT else "a"
    # The dative's short form too, which every name but the last of several takes: "Alexandru
    # Lukašenkovi", "Vladimiru Putinovi"
    short = () if lower.endswith("ou") else ("u" if first == "a" else "i",)  # not Kastusjouu
    return {stem + ending for stem in stems for ending in (first, *short, "ovi", "em")}
