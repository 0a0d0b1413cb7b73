"""One spelling key for every romanization of a name, and for mixtures of them.

The press spells one Cyrillic name many ways: passport and national styles (Tsikhanouskaya),
BGN/PCGN (Tsikhanowskaya, Byalyatski), ISO 9 and Czech (Cichanouská), Łacinka (Cichanoŭskaja),
Polish (Cichanouska), German (Tichanowskaja), the English press (Tikhanovskaya), with diacritics
dropped, and often a mixture of two of them inside one name (Byaljatski). The key keeps what all
of them agree on: Cyrillic, Greek, Georgian and Armenian are transliterated, and the letters the systems spell
differently fall into one class each (х ч г: kh ch h g č cz tsch; ш щ: sh š sz sch shch; ж: zh ž
ż rz; ц: ts c tz; й and the iotation of я е ё ю: y j i; ы і и: y i; ў and в before a consonant:
u w v; doubled letters count once). A word no key matches gets a second look with the letters of the presses
that spell a sound as another system spells a different one (`other_press_keys`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .text import plain_latin

# Then Serbian's and Macedonian's letters, as their Latin alphabets spell them (Тихановскаја,
# Tihanovskaja; ћ ć, ђ đ, џ dž, and Macedonian ѓ ќ ѕ)
_LETTERS = "абвгґдеёжзийіїклмнопрстуўфхцчшщъыьэюяєʼ'’јљњћђџѓќѕ"
_SPELLED = (
    "a b v g g d e io zh z i i i i k l m n o p r s t u u f kh ts ch sh shch _ y _ e iu ia ie _ _ _ "
    "i l n ch d dzh g k dz"
)
_CYRILLIC = dict(zip(_LETTERS, _SPELLED.split(), strict=True))
# Greek as the Greek press spells a foreign name (Λουκασένκο, Πούτιν, Μπιαλιάτσκι): its letters,
# and first the pairs that spell one sound (ου u, μπ b, ντ d, γκ g, γι before a vowel y, φσ vs).
_GREEK_LETTERS = "αάβγδεέζηήθιίϊΐκλμνξοόπρσςτυύϋΰφχψωώ"
_GREEK_SPELLED = "a a v g d e e z i i th i i i i k l m n ks o o p r s s t i i i i f kh ps o o"
_GREEK = dict(zip(_GREEK_LETTERS, _GREEK_SPELLED.split(), strict=True))
_GREEK_PAIRS = {"ου": "u", "ού": "u", "μπ": "b", "ντ": "d", "γκ": "g", "φσ": "vs"}
# Georgian and Armenian, letter by letter as their national romanizations spell them (ლუკაშენკო,
# Լուկաշենկո: lukashenko), the aspirated and ejective stops alike, ջ and ჯ as дж; Armenian ու is u.
_GEORGIAN_LETTERS = "აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ"
_GEORGIAN_SPELLED = "a b g d e v z t i k l m n o p zh r s t u p k gh k sh ch ts dz ts ch kh dzh h"
_ARMENIAN_LETTERS = "աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքևօֆ"
_ARMENIAN_SPELLED = (
    "a b g d e z e e t zh i l kh ts k h dz gh ch m y n sh o ch p dzh r s v t r ts v p k ev o f"
)
_CAUCASIAN = dict(zip(_GEORGIAN_LETTERS, _GEORGIAN_SPELLED.split(), strict=True))
_CAUCASIAN |= dict(zip(_ARMENIAN_LETTERS, _ARMENIAN_SPELLED.split(), strict=True))
_PAIRS = _GREEK_PAIRS | {"ու": "u"}
_PAIR = re.compile("ου|ού|μπ|ντ|γκ|φσ|γι(?=[αάεέοόουύ])|ու")
_ANY_PAIRED = re.compile("[\u0370-\u03ff\u0561-\u0587]")  # Greek, Armenian small letters
_LATIN = {"č": "ch", "š": "sh", "ž": "zh", "ż": "zh", "ç": "ch", "ş": "sh", "x": "ks", "w": "v"}
_LATIN |= {"ł": "l", "ŭ": "u", "ı": "i", "ə": "e", "q": "k", "ß": "ss", "'": "", "’": "", "ʼ": ""}
_LETTER = _CYRILLIC | _LATIN | _GREEK | _CAUCASIAN
_LETTER_TABLE = str.maketrans(_LETTER)
# The few ASCII letters among them: most romanized forms are ASCII.
_ASCII_LETTER = [(char, latin) for char, latin in (_CYRILLIC | _LATIN).items() if char.isascii()]
# One class for each group of spellings; longer spellings first, as the systems write them.
_GROUPS = {"schtsch": "S", "szcz": "S", "shch": "S", "tsch": "H", "tch": "H", "sch": "S"}
_GROUPS |= {"sz": "S", "sh": "S", "cz": "H", "ch": "H", "kh": "H", "h": "H", "g": "H"}
_GROUPS |= {"rz": "Z", "zh": "Z", "ts": "C", "tz": "C", "c": "C", "y": "i", "j": "i"}
# The groups of two letters or more in one pass (longest first), then the single letters with
# str.translate: the same as one pass over all of them (a longer group at a position is taken
# first either way), with a Python call per longer group (in one word) or none (in many words
# joined, `_keys_of_many`).
_GROUP = re.compile(
    "(" + "|".join(sorted((g for g in _GROUPS if len(g) > 1), key=len, reverse=True)) + ")"
)
_SINGLE = str.maketrans({g: c for g, c in _GROUPS.items() if len(g) == 1})
_GLIDE = re.compile(r"i+(?=[aeou])")  # iotation and glides: ia ya ja a -> a; then _ goes
_SHORT_U = re.compile(r"v(?=[^aeiou]|$)")  # ў, ov: Tsikhanouski, Tikhanovski
# A letter followed by itself is dropped: a run keeps its last letter (no template to expand).
_DOUBLE = re.compile(r"(.)(?=\1)")


@functools.lru_cache(maxsize=1 << 16)
def spelling_key(word: str) -> str:
    """The key of one word: the same for Tsikhanouskaya, Cichanoŭskaja, Cichanouska,
    Tsikhanowskaya and Ціханоўская."""
    if word.isascii():  # most forms: already composed
        return _key(_ascii_letters(word.lower()))
    return _key(_letters(unicodedata.normalize("NFC", word).lower()))


def spelling_keys(words: list[str]) -> list[str]:
    """The key of each word, as `spelling_key` gives it, with each step run once over all the
    words joined by line breaks (no step reads across one): a pass of re costs thousands of
    instructions before it reads a letter, and the index keys tens of thousands of forms."""
    joined = "\n".join(words)
    if not words or joined.count("\n") != len(words) - 1:  # none, or a word with a line break
        return [spelling_key(word) for word in words]
    lower = joined.lower() if joined.isascii() else unicodedata.normalize("NFC", joined).lower()
    return _keys_of_many(_letters_of_many(lower)).split("\n")


def _key(spelled: str) -> str:
    """The key of a word's letters spelt in Latin (`_letters`)."""
    spelled = _GROUP.sub(_group, spelled).translate(_SINGLE)
    if "i" in spelled:  # a pass of re costs more than this look
        spelled = _GLIDE.sub("", spelled)
    return _DOUBLE.sub("", _short_u(spelled.replace("_", "")))


def _keys_of_many(spelled: str) -> str:
    """`_key` of many words' letters joined by line breaks, each step in C: re.split keeps the
    groups it splits at, to be looked up with no Python call for each; glides and doubled letters
    go by replace(), which scans in C where re steps through every letter."""
    parts = _GROUP.split(spelled)
    parts[1::2] = map(_GROUPS.__getitem__, parts[1::2])
    spelled = "".join(parts).translate(_SINGLE)
    for vowel in "aeou":
        while "i" + vowel in spelled:  # a run of i goes one i at a time
            spelled = spelled.replace("i" + vowel, vowel)
    spelled = _short_u(spelled.replace("_", ""))
    for letter in set(spelled) - {"\n"}:  # a run of one letter keeps one
        while letter * 2 in spelled:
            spelled = spelled.replace(letter * 2, letter)
    return spelled


def _short_u(spelled: str) -> str:
    if "v" in spelled:  # a pass of re costs more than this look
        return _SHORT_U.sub("u", spelled)
    return spelled


@functools.lru_cache(maxsize=1 << 12)
def nominative_keys(word: str, endings: tuple[tuple[str, str], ...]) -> tuple[str, ...]:
    """The spelling keys of `word` put back to the nominative by each case ending it has, as a
    language pack lists them ("Putino" -> Putin, "Lukašenkos" -> Lukašenka, "Aliaksandras" ->
    Aliaksandr); a stem keeps three letters at least. Cached: a word before a surname that
    blocks it is asked about as the person's, a relative's and any known given name."""
    stems = [stem for _, stem in nominatives(word, endings)]
    keys = [spelling_key(stem) for stem in stems]
    return tuple(dict.fromkeys(keys + [key for stem in stems for key in other_press_keys(stem)]))


def nominatives(
    word: str, endings: tuple[tuple[str, str], ...]
) -> list[tuple[tuple[str, str], str]]:
    """(ending, nominative's ending) and `word` in lower case put back to the nominative by it,
    for each case ending the word has; a stem keeps three letters at least."""
    lower = unicodedata.normalize("NFC", word).lower()
    return [
        (pair, lower[: len(lower) - len(pair[0])] + pair[1])
        for pair in endings
        if lower.endswith(pair[0]) and len(lower) - len(pair[0]) >= 3
    ]


# Arabic script (Arabic, Persian, Urdu; Kazakh and Tajik in it) writes a foreign name's consonants
# and long vowels, seldom its short ones, with no p, v, g, e or o in Arabic (بوتين, پوتین,
# لوكاشينكو, لوکاشنکو): a word is compared by its letters with e as i, o as u, p as b and f as
# v (`reduced`), or by its consonants alone, four or more of them (`consonants`).
_ARABIC_LETTERS = "ابپتثجچحخدذرزژسشصضطظعغفقكکگلمنهوؤيیىئآأإةءۋەۇۆڭٴ"
_ARABIC_SPELLED = (
    "a b p t s dzh ch h kh d z r z zh s sh s d t z _ g v k k k g l m n h u u i i i i a a a h _ "
    "u e u o ng _"  # and Kazakh's (لۋكاشەنكو)
)
_ARABIC = str.maketrans(dict(zip(_ARABIC_LETTERS, _ARABIC_SPELLED.split(), strict=True)))
# Arabic's letters with Persian's and Kazakh's (a regular expression's class), and Devanagari's
# and Bengali's blocks, vowel signs included: the scan and the resolver read words of these
# scripts by the same ranges.
ARABIC_LETTERS = "\u0621-\u064a\u067e\u0686\u0698\u06a9\u06ad\u06af\u06c6\u06c7\u06cb\u06cc\u06d5"
INDIC_BLOCKS = "\u0900-\u09ff"
ARABIC_WORD = re.compile(f"[{ARABIC_LETTERS}]")
_REDUCED = str.maketrans("eopf", "iubv")
_VOWELS = re.compile("[aeiou]+")


# Devanagari and Bengali write every vowel but the one each consonant carries unless a sign
# says otherwise (पुतिन, লুকাশেঙ্কো): a consonant, then its vowel sign, none before a virama, and
# a before anything else but the word's end; ं ँ ং ঁ as n; Bengali ভ as v, as it spells a
# foreign name (ভ্লাদিমির).
_INDIC_CONSONANT_LETTERS = "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ"
_INDIC_CONSONANTS_SPELLED = (
    "k kh g gh n ch chh dzh dzh n t th d dh n t th d dh n p f b bh m y r l v sh sh s h "
    "k kh g gh n ch chh dzh dzh n t th d dh n t th d dh n p f b v m dzh r l sh sh s h"
)
_INDIC_VOWEL_LETTERS = "अआइईउऊएऐओऔऋािीुूेैोौृॉঅআইঈউঊএঐওঔািীুূেৈোৌ"
_INDIC_VOWELS_SPELLED = (
    "a a i i u u e ai o au ri a i i u u e ai o au ri o a a i i u u e oi o ou a i i u u e oi o ou"
)
_INDIC_CONSONANTS = dict(
    zip(_INDIC_CONSONANT_LETTERS, _INDIC_CONSONANTS_SPELLED.split(), strict=True)
)
_INDIC_VOWELS = dict(zip(_INDIC_VOWEL_LETTERS, _INDIC_VOWELS_SPELLED.split(), strict=True))
_INDIC_SIGNS = {"्": "", "্": "", "ं": "n", "ँ": "n", "ং": "n", "ঁ": "n", "ः": "h"}
# A nukta after a consonant makes another sound of it (ज़ z, फ़ f, ড় r, য় y)
_NUKTA = {"ज": "z", "फ": "f", "ड": "r", "ढ": "rh", "ড": "r", "ঢ": "rh", "য": "y"}
INDIC_WORD = re.compile(f"[{INDIC_BLOCKS}]")


def _indic_letters(word: str) -> str:
    spelled, carries, last = [], False, ""  # carries: the last consonant carries its vowel
    for char in unicodedata.normalize("NFC", word):
        if char in "\u093c\u09bc":  # a nukta
            if carries and last in _NUKTA:
                spelled[-1] = _NUKTA[last]
            continue
        last = char
        if char in _INDIC_CONSONANTS:
            if carries:
                spelled.append("a")
            spelled.append(_INDIC_CONSONANTS[char])
            carries = True
        elif char in _INDIC_VOWELS:
            spelled.append(_INDIC_VOWELS[char])
            carries = False
        else:
            if carries and char not in _INDIC_SIGNS:
                spelled.append("a")
            spelled.append(_INDIC_SIGNS.get(char, char if char.isascii() else ""))
            carries = False
    return "".join(spelled)


def uncased(word: str) -> bool:
    """Whether a word is in Arabic script, Devanagari or Bengali: no capitals, and vowels the
    letters leave unsaid; such a word is read by `script_key`, `reduced` and `consonants`."""
    return bool(ARABIC_WORD.match(word) or INDIC_WORD.match(word))


def script_key(word: str) -> str:
    """The spelling key of a word in Arabic script, its letters read as the Latin ones above,
    or in Devanagari or Bengali letters."""
    if INDIC_WORD.match(word):
        return spelling_key(_indic_letters(word))
    return spelling_key(word.translate(_ARABIC))


def reduced(key: str) -> str:
    """A spelling key with the letters Arabic script does not tell apart made one (e as i, o as
    u, p as b, f as v): Lukashenko and لوكاشينكو, Putin and بوتين agree."""
    return _DOUBLE.sub("", key.translate(_REDUCED))


def consonants(key: str) -> str:
    """A reduced key's consonants only: Lukashenko and the Persian لوکاشنکو agree."""
    return _DOUBLE.sub("", _VOWELS.sub("", key))


# Letters some presses use for a sound that other systems spell as the key has it: Dutch and the
# Scandinavian languages write ш as sj, ж as zj, ч as tsj (Loekasjenko, Lukasjenko), Dutch у as
# oe (Poetin), Catalan ш as x after a vowel (Lukaixenko); Hungarian с as sz, ш as s, ж as zs, ч
# as cs, and a soft д, т, н as gy, ty, ny (Szvetlana Tyihanovszkaja, Vlagyimir Putyin,
# Kasztuszjeu); Greek ш as σ, and nd, mb as ντ, μπ inside a word; Bulgarian ъ as a vowel. Not in the key itself: sj is с
# and я in German and Czech (Sjarhej, Kastusjou), oe is ö in German, sz is ш in Polish, and ντ
# is d at the start of a Greek word.
_OTHER_PRESSES = (
    (
        re.compile(r"tsj|sj|zj|oe|(?<=[aeiou])ix"),
        {"tsj": "ch", "sj": "sh", "zj": "zh", "oe": "u", "ix": "sh"},
    ),
    (
        re.compile(r"sz|zs|cs|gy|ty|ny|s"),
        {"sz": "s", "zs": "zh", "cs": "ch", "gy": "d", "ty": "t", "ny": "n", "s": "sh"},
    ),
    # Greek has no ш (Λουκασένκο), and its ντ and μπ are nd and mb inside a word (Αλεξάντερ)
    (re.compile("[σς]|ντ|μπ"), {"σ": "ш", "ς": "ш", "ντ": "nd", "μπ": "mb"}),
    (re.compile("ντ|μπ"), {"ντ": "nt", "μπ": "mp"}),  # or nt, mp: Αντονι
    # Bulgarian ъ inside a word is a vowel, which spells a foreign name's unstressed e, o or a
    # (Блинкън, Антъни); in Russian it is a silent sign
    (re.compile("ъ"), {"ъ": "е"}),
    (re.compile("ъ"), {"ъ": "о"}),
    (re.compile("ъ"), {"ъ": "а"}),
    # French writes ш as ch (Loukachenko), and the English press mixes it in (Lukachenko)
    (re.compile("tch|ch"), {"tch": "ch", "ch": "sh"}),
)
_ANY_OTHER_PRESS = re.compile(r"tsj|sj|zj|oe|ix|sz|zs|cs|gy|ty|ny|σ|ς|ντ|μπ|ъ|ch")


@functools.lru_cache(maxsize=1 << 14)
def other_press_keys(word: str) -> tuple[str, ...]:
    """The spelling keys of a word with those letters read as the other systems spell the sound
    (Loekasjenko as Lukashenko, Tyihanovszkaja as Tikhanovskaja), none if it has none of them:
    a second look for a word no key found."""
    lower = unicodedata.normalize("NFC", word).lower()
    if not _ANY_OTHER_PRESS.search(lower):
        return ()
    own, keys = spelling_key(lower), []
    for letters, reads in _OTHER_PRESSES:
        read = letters.sub(lambda match, reads=reads: reads[match[0]], lower)
        if read != lower and (key := spelling_key(read)) != own and key not in keys:
            keys.append(key)
    return tuple(keys)


def _letters(lower: str) -> str:
    return plain_latin(_paired(lower).translate(_LETTER_TABLE))


def _letters_of_many(lower: str) -> str:
    """`_letters` of many words joined: str.translate makes an int object for each letter of a
    non-ASCII text, a replace() per letter scans in C. No replacement makes another's letter (a
    test keeps it so): their order does not matter."""
    lower = _paired(lower)
    for letter, latin in _LETTER.items():
        if letter in lower:
            lower = lower.replace(letter, latin)
    return plain_latin(lower)


def _paired(lower: str) -> str:
    """Greek's and Armenian's pairs of letters for one sound, first (`_PAIR`)."""
    if _ANY_PAIRED.search(lower):
        return _PAIR.sub(lambda match: _PAIRS.get(match[0], "y"), lower)
    return lower


def _ascii_letters(lower: str) -> str:
    for char, latin in _ASCII_LETTER:
        if char in lower:
            lower = lower.replace(char, latin)
    return lower


def _group(match: re.Match) -> str:
    return _GROUPS[match[0]]
