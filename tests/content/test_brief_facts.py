"""The Belarus brief's own facts: its ten people, spellings, dates, figures, quotes and corrections.

What must hold for every brief is tested on whatever content/ holds, in
tests/functional/test_content_invariants.py; these tests are about this brief only.
"""

import re
from pathlib import Path

import pytest
from site_tools import html_files, local_target, main_text, parse

PEOPLE = {
    "alexander-lukashenko": "Alexander Lukashenko",
    "vladimir-putin": "Vladimir Putin",
    "ales-bialiatski": "Ales Bialiatski",
    "pavel-sapelka": "Pavel Sapelka",
    "ryhor-kastusiou": "Ryhor Kastusiou",
    "ksenia-lutskina": "Ksenia Lutskina",
    "pavel-kuchynski": "Pavel Kuchynski",
    "sviatlana-tsikhanouskaya": "Sviatlana Tsikhanouskaya",
    "siarhei-tsikhanouski": "Siarhei Tsikhanouski",
    "antony-blinken": "Antony Blinken",
}
# The garbled copy's spellings: they may appear only where labelled as misspellings.
GARBLED = [
    "Bialyacki",
    "Lihor Kastusiov",
    "Kastusiov",
    "Rutkina",
    "Kuczynski",
    "Siarhei Tsikhanouskaya",
]


def test_brief_is_the_front_page(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    [h1] = soup.find_all("h1")
    assert "Lukashenko" in h1.get_text()
    assert soup.title.get_text().endswith("Political prisoners of Belarus")
    main = soup.find("main", id="main-content")
    assert "2 July 2024" in main.get_text()
    assert "mostly with" in main.get_text()


def test_the_brief_links_all_ten_profiles(real_site: Path) -> None:
    brief = real_site / "index.html"
    linked = {local_target(brief, a["href"]) for a in parse(brief).select("main a.app-person-link")}
    assert {(real_site / "people" / f"{slug}.html").resolve() for slug in PEOPLE} <= linked


def test_each_of_the_ten_people_has_a_profile_with_every_required_field(real_site: Path) -> None:
    for slug, title in PEOPLE.items():
        soup = parse(real_site / "people" / f"{slug}.html")
        assert soup.h1.get_text(strip=True) == title
        facts = {
            dt.get_text(strip=True): dt.find_next_sibling("dd")
            for dt in soup.select(".app-person__term")
        }
        assert facts["Role"].get_text(strip=True), slug
        status = facts["Status"].select_one(".app-status").get_text(strip=True)
        assert status.startswith(("Released", "Held", "Not a prisoner")), (slug, status)
        if not status.startswith("Not a prisoner"):
            assert facts["Status"].select(".app-cite__link"), f"{slug}: status has no source"
        forms = soup.select(".app-names__form[lang]")
        assert {f["lang"] for f in forms} >= {"be", "ru"}, slug
        assert all(re.search(r"[\u0400-\u04ff]", f.get_text()) for f in forms), slug


def test_names_are_given_in_belarusian_and_russian(real_site: Path) -> None:
    tagged = [
        node.find_parent(lang=True)["lang"]
        for page in html_files(real_site)
        for node in parse(page).find_all(string=re.compile(r"[\u0400-\u04ff]"))
        if not node.find_parent("code")
    ]
    assert len(tagged) >= 40
    assert set(tagged) == {"be", "ru"}


def test_unverified_forms_are_marked(real_site: Path) -> None:
    soup = parse(real_site / "people" / "pavel-sapelka.html")
    be = soup.select_one('.app-names__form[lang="be"]').parent
    assert "Павел Сапелка" in be.get_text()
    assert "(unverified form)" in be.get_text()
    ru = soup.select_one('.app-names__form[lang="ru"]').parent
    assert "unverified" not in ru.get_text()


def test_the_brief_and_profiles_cite_often(real_site: Path) -> None:
    notes = sum(len(parse(page).select("a.app-cite__link")) for page in html_files(real_site))
    assert notes > 50


def test_the_timeline_holds_the_key_dates(real_site: Path) -> None:
    page = parse(real_site / "timeline.html")
    assert len(page.select(".app-timeline__item")) >= 25
    text = page.get_text(" ", strip=True)
    for fact in ["29 May 2020", "Released, aged 67", "April 2021", "13 December 2025"]:
        assert fact in text


def test_garbled_spellings_appear_only_where_labelled(real_site: Path) -> None:
    seen = set()
    for page in html_files(real_site):
        soup = parse(page)
        for node in soup.find_all(string=True):
            found = [g for g in GARBLED if g in node]
            if not found or node.parent.name in ("script", "style", "title"):
                continue
            labelled = node.find_parent(class_="app-misspelling")
            assert labelled is not None, f"{page}: unlabelled {found} in {node!r}"
            seen.update(found)
    assert seen == set(GARBLED)
    about = main_text(real_site / "about.html")
    assert "Ales Bialyacki (misspelling)" in about
    profile = parse(real_site / "people" / "ksenia-lutskina.html")
    item = profile.select_one(".app-names__item--misspelling")
    assert item.get_text(" ", strip=True) == "Misspelling seen in circulation: Ksenia Rutkina"


def test_aliases_are_shown_as_other_spellings(real_site: Path) -> None:
    for slug, alias in [
        ("alexander-lukashenko", "Aliaksandr Lukashenka"),
        ("pavel-sapelka", "Pavel Sapelko"),
    ]:
        text = main_text(real_site / "people" / f"{slug}.html")
        assert f"Also spelled: {alias}" in text


def test_people_index_names_the_ten_people_in_both_scripts(real_site: Path) -> None:
    soup = parse(real_site / "people.html")
    names = [h.get_text(strip=True) for h in soup.select(".app-people__name")]
    assert sorted(names) == sorted(PEOPLE.values())
    assert len(soup.select('[lang="be"]')) >= 9 and len(soup.select('[lang="ru"]')) >= 10


def test_the_brief_is_as_of_15_december_2025_and_links_its_updates_and_pages(
    real_site: Path,
) -> None:
    soup = parse(real_site / "index.html")
    assert soup.select_one(".app-brief__as-of time")["datetime"] == "2025-12-15"
    linked = {local_target(real_site / "index.html", a["href"]) for a in soup.select("main a")}
    assert set((real_site / "updates").glob("*.html")) <= linked
    for slug in ["people", "timeline", "figures"]:
        assert real_site / f"{slug}.html" in linked
    dates = [t["datetime"] for t in parse(real_site / "updates.html").select(".app-updates time")]
    assert len(dates) == 4
    assert dates[0] == "2025-12-13" and dates[-1] == "2024-07-04"


def test_the_brief_reads_in_five_minutes(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    for extra in soup.select("main .app-source-list, main .app-brief__figures"):
        extra.decompose()
    words = len(soup.find("main").get_text(" ").split())
    assert 400 < words < 1200, words  # about 200 words a minute


def test_figures_give_the_sources_numbers(real_site: Path) -> None:
    figures = parse(real_site / "figures.html").select(".app-figure")
    values = [f.select_one(".app-figure__value").get_text(strip=True) for f in figures]
    for value in ["35,000+", "1,409", "at least 6", "at least 254", "91", "123"]:
        assert value in values
    compact = parse(real_site / "index.html").select(".app-brief__figures .app-figure")
    assert 3 <= len(compact) < len(figures)


COPY_ERRORS = [
    r"announced",
    r"will be awarded",
    r"dictatorial",
    r"Viasna(['\u2019]s)? head",
    r"head of Viasna",
    r"ally of [^.]*opposition",
    r"sixth re-?election",
    r"divided and tore",
    r"most of them with cancer",
    r"Healthy people quickly become ill",
    r"We respect the courage",
    r"19 years and six months",
]


@pytest.mark.parametrize("pattern", COPY_ERRORS)
def test_the_brief_repeats_none_of_the_copys_errors(real_site: Path, pattern: str) -> None:
    pages = [real_site / "index.html", *sorted((real_site / "updates").glob("*.html"))]
    pages += sorted((real_site / "people").glob("*.html"))
    for page in pages:
        assert not re.search(pattern, main_text(page), re.IGNORECASE), (page, pattern)


def test_the_brief_quotes_only_checked_wording(real_site: Path) -> None:
    checked = [
        "These are really seriously ill people, mostly with cancer. We approach and treat everyone humanely,",
        "breaking up the country and tearing it apart",
        "torture",
        "A healthy person in a Belarusian prison quickly becomes sick.",
    ]
    text = main_text(real_site / "index.html")
    quotes = re.findall(r"“([^”]+)”", text)
    assert quotes, "the brief quotes the checked statements"
    for quote in quotes:
        assert quote in checked, quote
    assert "Sapelka, a Viasna representative" in text
    assert "awarded the Nobel Peace Prize in 2022" in text


def test_about_page_tables_every_correction(real_site: Path) -> None:
    rows = parse(real_site / "about.html").select("main table tbody tr")
    assert len(rows) >= 14
    for row in rows:
        cells = [td.get_text(" ", strip=True) for td in row.find_all("td")]
        assert len(cells) == 3 and all(cells), cells
