"""The real brief's integrity: profiles, citations, sources, timeline, spellings, corrections."""

import re
from pathlib import Path

import pytest
from brief.sources import read_toml
from bs4 import BeautifulSoup
from site_tools import ROOT, html_files, local_target, parse

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
SOURCES_TOML = ROOT / "content" / "data" / "sources.toml"


def reader_text(tag: object) -> str:
    """A tag's text as a reader sees it: inline elements (links) add no spaces."""
    text = " ".join(tag.get_text(" ").split())
    return re.sub(r" ([,.;:!?’”)])", r"\1", text)


def main_text(page: Path) -> str:
    return reader_text(parse(page).find("main"))


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


def test_every_cyrillic_text_carries_its_language(real_site: Path) -> None:
    checked = 0
    for page in html_files(real_site):
        for node in parse(page).find_all(string=re.compile(r"[\u0400-\u04ff]")):
            if node.find_parent("code"):
                continue
            tagged = node.find_parent(lang=True)
            assert tagged is not None and tagged["lang"] in ("be", "ru"), (page, str(node))
            checked += 1
    assert checked >= 40


def test_unverified_forms_are_marked(real_site: Path) -> None:
    soup = parse(real_site / "people" / "pavel-sapelka.html")
    be = soup.select_one('.app-names__form[lang="be"]').parent
    assert "Павел Сапелка" in be.get_text()
    assert "(unverified form)" in be.get_text()
    ru = soup.select_one('.app-names__form[lang="ru"]').parent
    assert "unverified" not in ru.get_text()


def test_every_citation_resolves_to_an_entry_on_its_page(real_site: Path) -> None:
    notes = 0
    for page in html_files(real_site):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        prose = [node for node in soup.main.find_all(string=True) if not node.find_parent("code")]
        assert "[@" not in "".join(prose), f"{page}: unrendered citation"
        for link in soup.select("a.app-cite__link"):
            target, _, fragment = link["href"].partition("#")
            assert target == "" or local_target(page, target) == page, (page, link["href"])
            entry = soup.find(id=fragment)
            assert entry is not None and "app-source" in entry["class"], (page, link["href"])
            notes += 1
    assert notes > 50


def test_every_page_with_notes_ends_with_its_numbered_sources(real_site: Path) -> None:
    for page in html_files(real_site):
        soup = parse(page)
        numbers = {int(a.get_text().split()[-1]) for a in soup.select("a.app-cite__link")}
        if not numbers:
            continue
        listing = soup.select_one(".app-source-list")
        assert listing is not None, page
        values = [int(li["value"]) for li in listing.select("li.app-source")]
        assert sorted(numbers) == values, page


def test_every_source_has_publisher_url_and_dates(real_site: Path) -> None:
    records = read_toml(SOURCES_TOML)
    entries = parse(real_site / "sources.html").select("main li.app-source")
    assert [li["id"] for li in entries] == [f"source-{key}" for key in records]
    for li in entries:
        text = li.get_text(" ", strip=True)
        assert li.select_one(".app-source__publisher").get_text(strip=True), li["id"]
        assert re.search(
            r"(Published (\d{1,2} \w+ \d{4}|\w+ \d{4}|\d{4})|Publication date not recorded);", text
        )
        assert re.search(r"Checked \d{1,2} \w+ \d{4}", text), li["id"]
        link = li.select_one("a.app-source__url")
        if link is None:  # no known address: the page says so and explains why
            assert "Address not recorded" in text and li.select_one(".app-source__note"), li["id"]
        else:
            assert link["href"].startswith("https://"), li["id"]
        assert "Cited by:" in text and "no page yet" not in text, li["id"]
        citing = [a.get_text() for a in li.select(".app-source__cited-by a")]
        assert citing == sorted(citing, key=str.casefold), li["id"]


def test_every_dated_fact_in_the_timeline_has_a_source(real_site: Path) -> None:
    page = real_site / "timeline.html"
    items = parse(page).select(".app-timeline__item")
    assert len(items) >= 25
    dates = [item.time["datetime"] for item in items]
    assert dates == sorted(dates, key=lambda d: [int(p) for p in d.split("-")])
    for item in items:
        links = item.select(".app-timeline__sources a")
        assert links, item.get_text(" ", strip=True)
        for link in links:
            target = local_target(page, link["href"])
            assert target == real_site / "sources.html"
            fragment = link["href"].split("#")[1]
            assert parse(target).find(id=fragment) is not None
    text = parse(page).get_text(" ", strip=True)
    for fact in ["29 May 2020", "Released, aged 67", "April 2021", "13 December 2025"]:
        assert fact in text


def test_every_full_date_in_the_brief_is_in_the_timeline(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    soup.select_one("main .app-source-list").decompose()
    prose = " ".join(soup.select_one("main .app-prose").get_text(" ").split())
    dates = set(
        re.findall(
            r"\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
            prose,
        )
    )
    assert len(dates) >= 4
    timeline = {
        t.get_text(strip=True) for t in parse(real_site / "timeline.html").select("main time")
    }
    assert dates <= timeline, dates - timeline


def test_the_timeline_and_profiles_share_one_source_of_dates(real_site: Path) -> None:
    """A key date on a profile appears, with the same words, in the timeline."""
    timeline = main_text(real_site / "timeline.html")
    for slug in PEOPLE:
        for item in parse(real_site / "people" / f"{slug}.html").select(".app-events__item"):
            date = item.time.get_text(strip=True)
            words = reader_text(item).removeprefix(date).split("[")[0].strip()
            assert f"{date} {PEOPLE[slug]}: {words}" in timeline, (slug, words)


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


def test_people_index_lists_everyone_a_to_z_with_every_name(real_site: Path) -> None:
    soup = parse(real_site / "people.html")
    names = [h.get_text(strip=True) for h in soup.select(".app-people__name")]
    assert sorted(names) == sorted(PEOPLE.values())
    surnames = [n.split()[-1] for n in names]
    assert surnames == sorted(surnames)
    text = soup.find("main").get_text(" ", strip=True)
    for slug in PEOPLE:
        profile = parse(real_site / "people" / f"{slug}.html")
        for form in profile.select(".app-names__form"):
            assert form.get_text() in text, (slug, form.get_text())
            if form.has_attr("lang"):
                twin = soup.find("span", string=form.get_text(), lang=form["lang"])
                assert twin is not None, (slug, form.get_text())
        status = profile.select_one(".app-status").get_text(strip=True)
        assert status in text
    assert len(soup.select('[lang="be"]')) >= 9 and len(soup.select('[lang="ru"]')) >= 10


def test_no_filename_link_is_left_unresolved(real_site: Path) -> None:
    for page in html_files(real_site):
        html = page.read_text(encoding="utf-8")
        assert "{filename}" not in html and "{static}" not in html, page
        for link in parse(page).find_all("a", href=True):
            target = local_target(page, link["href"])
            if target is not None:
                assert target.is_file(), (page, link["href"])


def test_brief_says_as_of_its_newest_fact_and_links_every_update(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    as_of = soup.select_one(".app-brief__as-of time")
    newest = max(t["datetime"] for t in parse(real_site / "timeline.html").select("main time"))
    assert as_of["datetime"] >= newest
    assert as_of["datetime"] == "2025-12-15"
    updates = {
        local_target(real_site / "updates.html", a["href"])
        for a in parse(real_site / "updates.html").select(".app-updates__title a")
    }
    linked = {local_target(real_site / "index.html", a["href"]) for a in soup.select("main a")}
    assert len(updates) == 4 and updates <= linked
    for slug in ["people", "timeline", "figures"]:
        assert real_site / f"{slug}.html" in linked


def test_the_brief_reads_in_five_minutes(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    for extra in soup.select("main .app-source-list, main .app-brief__figures"):
        extra.decompose()
    words = len(soup.find("main").get_text(" ").split())
    assert 400 < words < 1200, words  # about 200 words a minute


def test_updates_are_listed_newest_first(real_site: Path) -> None:
    dates = [t["datetime"] for t in parse(real_site / "updates.html").select(".app-updates time")]
    assert dates == sorted(dates, reverse=True)
    assert dates[0] == "2025-12-13" and dates[-1] == "2024-07-04"


def test_figures_give_value_what_date_and_source(real_site: Path) -> None:
    figures = parse(real_site / "figures.html").select(".app-figure")
    values = [f.select_one(".app-figure__value").get_text(strip=True) for f in figures]
    for value in ["35,000+", "1,409", "at least 6", "at least 254", "91", "123"]:
        assert value in values
    for figure in figures:
        meta = figure.select_one(".app-figure__meta")
        assert meta.time and meta.a["href"].startswith("./sources.html#source-")
        assert figure.select_one(".app-figure__counts").get_text(strip=True)
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
