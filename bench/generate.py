"""Generate a synthetic brief: P people and N dated updates of realistic prose that mention them.

Seeded and deterministic: the same arguments always write the same files, so runs compare.
Names come in the forms real reporting uses: Latin (national and Russian-style romanizations),
Belarusian Cyrillic and Łacinka in the nominative and inflected, and aliases. Nothing here is a
real person.
Every profile and update is valid for all of the project's plugins (the brief plugin needs a
custody status with its date and source, and every cited source id in data/sources.toml).

Usage: python bench/generate.py OUT_DIR --articles 1000 --people 100 [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import shutil
from pathlib import Path

from pelican.plugins.people_linker.romanize import lacinka  # Łacinka as Belarusian media write it

GIVEN = [
    ("Аляксандр", "Aliaksandr"),
    ("Сяргей", "Siarhei"),
    ("Павел", "Pavel"),
    ("Ігар", "Ihar"),
    ("Андрэй", "Andrei"),
    ("Мікалай", "Mikalai"),
    ("Дзмітрый", "Dzmitry"),
    ("Марыя", "Maryia"),
    ("Вольга", "Volha"),
    ("Алена", "Alena"),
    ("Наталля", "Natallia"),
    ("Ірына", "Iryna"),
]
ONSETS = ["Ка", "Ба", "Ма", "Ле", "Да", "Са", "Ту", "Гра", "Зу", "Ра", "Ша", "Ва", "Бе", "Ку", "Ла"]
MIDDLES = ["ран", "лец", "мат", "душ", "сен", "бок", "віл", "гор", "тын", "рак", "зен", "лап"]
ENDINGS = ["ovich", "ski", "enka", "chyk", "uk"]
CYRILLIC_ENDINGS = {"ovich": "овіч", "ski": "скі", "enka": "енка", "chyk": "чык", "uk": "ук"}
LATIN = dict(
    zip(
        "абвгдеёжзійклмнопрстуўфхцчшыьэюяАБВГДЕЁЖЗІЙКЛМНОПРСТУЎФХЦЧШЫЬЭЮЯ",
        [
            *[
                "a",
                "b",
                "v",
                "h",
                "d",
                "ie",
                "io",
                "zh",
                "z",
                "i",
                "j",
                "k",
                "l",
                "m",
                "n",
                "o",
                "p",
                "r",
                "s",
                "t",
                "u",
                "u",
                "f",
                "kh",
                "ts",
                "ch",
                "sh",
                "y",
                "_",
                "e",
                "iu",
                "ia",
            ],
            *[
                "A",
                "B",
                "V",
                "H",
                "D",
                "Ie",
                "Io",
                "Zh",
                "Z",
                "I",
                "J",
                "K",
                "L",
                "M",
                "N",
                "O",
                "P",
                "R",
                "S",
                "T",
                "U",
                "U",
                "F",
                "Kh",
                "Ts",
                "Ch",
                "Sh",
                "Y",
                "_",
                "E",
                "Iu",
                "Ia",
            ],
        ],
        strict=True,
    )
)
SENTENCES = [
    "On {date}, {name} appeared before a closed court in Minsk, where the hearing lasted less than a day.",
    "Relatives of {name} said the prison administration had refused to pass on letters for months.",
    "Human rights defenders recognised {name} as a political prisoner shortly after the arrest.",
    "According to the rights group, {name} has a chronic illness that requires regular treatment.",
    "The lawyer who represented {name} was later disbarred, a pattern seen in many similar cases.",
    "{name} was detained at home early in the morning, and the apartment was searched for hours.",
    "Supporters of {name} gathered outside the courthouse, though several of them were detained too.",
    "The sentence handed to {name} was longer than the prosecutor had initially requested.",
    "In a letter from the colony, {name} wrote that the cell was cold and the food scarce.",
    "Reporters were not allowed into the courtroom during the trial of {name}.",
    "The family of {name} learned about the transfer to another prison only weeks afterwards.",
    "After the release, {name} left the country and has not returned since.",
]
FILLER = [
    "The authorities did not comment on the case.",
    "Independent media could not verify the details, as access to the prison was restricted.",
    "Rights groups say the number of people held for political reasons remains above a thousand.",
    "Many of those detained were charged under articles on mass riots or insulting officials.",
    "Observers noted that trials of this kind are often held behind closed doors.",
    "Medical care in the colonies is limited, and parcels with medicine are frequently returned.",
]


SOURCE_IDS = [f"bench-source-{number}" for number in range(1, 6)]


def sources_toml() -> str:
    """Synthetic source records in the format of docs/authoring.md, one per id in SOURCE_IDS."""
    return "\n".join(
        f'[{source_id}]\npublisher = "Synthetic Wire"\ntitle = "Synthetic report {number}"\n'
        f'url = "https://example.org/report-{number}"\npublished = "2021-0{number}-01"\n'
        f'checked = "2026-11-25"\nlanguage = "en"\n'
        for number, source_id in enumerate(SOURCE_IDS, start=1)
    )


def genitive(word: str, feminine: bool) -> str:
    """The Belarusian genitive of a given name or surname, for the patterns generated here."""
    if word.endswith("скі"):
        return word[:-1] + "ага"
    if word.endswith("й"):
        return word[:-1] + "я"
    if word.endswith("а"):
        return word[:-1] + ("ы" if feminine else "і")
    if word.endswith("я"):
        return word[:-1] + "і"
    return word if feminine else word + "а"


def latin(cyrillic: str) -> str:
    return "".join(LATIN.get(ch, ch) for ch in cyrillic).replace("_", "")


def make_people(count: int, rng: random.Random) -> list[dict[str, str]]:
    """`count` people with distinct surnames, each with Cyrillic, Latin and alias forms."""
    people, seen = [], set()
    while len(people) < count:
        ending = rng.choice(ENDINGS)
        stem = rng.choice(ONSETS) + rng.choice(MIDDLES) + rng.choice(MIDDLES).lower()
        surname_cyr = stem + CYRILLIC_ENDINGS[ending]
        if surname_cyr in seen:
            continue
        seen.add(surname_cyr)
        given_cyr, given_lat = rng.choice(GIVEN)
        feminine = given_cyr.endswith(("а", "я"))
        surname_lat = latin(surname_cyr)
        aliases = [
            f"{given_lat[0]}. {surname_lat}",
            f"{given_lat} {surname_lat.replace('ch', 'tch')}",
            f"{given_lat} {surname_lat.replace('ia', 'ya').replace('ie', 'e')}",
        ]
        people.append(
            {
                "slug": f"{given_lat}-{surname_lat}".lower(),
                "title": f"{given_lat} {surname_lat}",
                "surname": surname_lat,
                "be": f"{given_cyr} {surname_cyr}",
                "genitive": f"{genitive(given_cyr, feminine)} {genitive(surname_cyr, feminine)}",
                "lacinka": f"{lacinka(given_cyr)} {lacinka(surname_cyr)}",
                "lacinka_genitive": lacinka(genitive(surname_cyr, feminine)),
                "aliases": list(
                    dict.fromkeys(a for a in aliases if a != f"{given_lat} {surname_lat}")
                ),
            }
        )
    return people


def mention(person: dict[str, str], rng: random.Random) -> str:
    forms = [person["title"], person["surname"], person["be"], person["genitive"]]
    forms += [person["lacinka"], person["lacinka_genitive"]]
    return rng.choice([*forms, *person["aliases"][:1]])


def article_text(people: list[dict[str, str]], rng: random.Random, date: str) -> str:
    """About 660 words: paragraphs of sentences naming two to five people, with filler."""
    cast = rng.sample(people, k=min(len(people), rng.randint(2, 5)))
    paragraphs, words = [], 0
    while words < 660:
        sentences = [
            rng.choice(SENTENCES).format(name=mention(rng.choice(cast), rng), date=date)
            for _ in range(3)
        ]
        sentences.insert(rng.randint(0, 3), rng.choice(FILLER))
        paragraph = " ".join(sentences) + f" [@{rng.choice(SOURCE_IDS)}]"
        paragraphs.append(paragraph)
        words += len(paragraph.split())
    return "\n\n".join(paragraphs)


def write_site(out: Path, articles: int, people_count: int, seed: int) -> None:
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    for folder in ("pages", "people", "updates", "data"):
        (out / folder).mkdir(parents=True)
    (out / "data" / "sources.toml").write_text(sources_toml(), encoding="utf-8")
    people = make_people(people_count, rng)
    (out / "pages" / "index.md").write_text(
        "Title: Synthetic brief\n\n" + article_text(people, rng, "1 March 2023") + "\n",
        encoding="utf-8",
    )
    for person in people:
        names = f"Names: be: {person['be']}\n"
        aliases = "; ".join(person["aliases"])
        role = "Role: Political prisoner (synthetic)\n"
        custody = f"Custody: held\nCustody_date: 2021-03\nCustody_source: {SOURCE_IDS[0]}\n"
        body = f"{person['title']} is a synthetic person used for benchmarks.\n"
        header = f"Title: {person['title']}\n{names}Aliases: {aliases}\n{role}{custody}"
        (out / "people" / f"{person['slug']}.md").write_text(f"{header}\n{body}", encoding="utf-8")
    for number in range(articles):
        day = 1 + number % 28
        month = 1 + (number // 28) % 12
        year = 2021 + number // (28 * 12)
        date = f"{year}-{month:02d}-{day:02d}"
        text = article_text(people, rng, date)
        header = (
            f"Title: Update {number + 1}\nDate: {date}\nSummary: Synthetic update {number + 1}.\n"
        )
        (out / "updates" / f"{date}-update-{number + 1}.md").write_text(
            f"{header}\n{text}\n", encoding="utf-8"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--people", type=int, default=10)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    write_site(args.out, args.articles, args.people, args.seed)


if __name__ == "__main__":
    main()
