"""What holds for every brief, checked on whatever content/ holds: every citation resolves, every
profile cites a source, every dated fact is in the timeline with its source, every name is indexed.

The facts of one brief (its people, dates, quotes) are tested apart, in tests/content/.
"""

import re
from pathlib import Path

from bs4 import BeautifulSoup
from pelican.plugins.brief.sources import read_toml
from site_tools import ROOT, html_files, local_target, main_text, originals, parse, reader_text

CONTENT = ROOT / "content"
SOURCES_TOML = CONTENT / "data" / "sources.toml"
FIGURES_TOML = CONTENT / "data" / "figures.toml"
# Languages written in Cyrillic: Cyrillic text in a page in another language must say which.
CYRILLIC_LANGUAGES = {
    "ab",
    "ba",
    "be",
    "bg",
    "cv",
    "kk",
    "ky",
    "mk",
    "mn",
    "os",
    "ru",
    "sr",
    "tg",
    "tt",
    "uk",
}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def profiles(site: Path) -> dict[str, str]:
    """Every profile page the build wrote (by file stem), with the name in its heading."""
    pages = sorted((site / "people").glob("*.html"))
    return {page.stem: parse(page).h1.get_text(strip=True) for page in pages}


def test_every_profile_has_a_page_a_role_and_a_sourced_status(real_site: Path) -> None:
    people = profiles(real_site)
    assert sorted(people) == [path.stem for path in originals(CONTENT / "people")]
    for slug in people:
        soup = parse(real_site / "people" / f"{slug}.html")
        facts = {
            dt.get_text(strip=True): dt.find_next_sibling("dd")
            for dt in soup.select(".app-person__term")
        }
        assert facts["Role"].get_text(strip=True), slug
        status = facts["Status"].select_one(".app-status")
        assert status.get_text(strip=True), slug
        if "app-status--not-a-prisoner" not in status["class"]:
            assert facts["Status"].select(".app-cite__link"), f"{slug}: status has no source"
        assert soup.select("main a.app-cite__link"), f"{slug}: the profile cites no source"
        assert all(form.get_text(strip=True) for form in soup.select(".app-names__form")), slug


def test_every_cyrillic_text_carries_its_language(real_site: Path) -> None:
    for page in html_files(real_site):
        soup = parse(page)
        if soup.html["lang"].split("-")[0] in CYRILLIC_LANGUAGES:
            continue
        for node in soup.find_all(string=re.compile(r"[\u0400-\u04ff]")):
            if node.find_parent("code"):
                continue
            tagged = node.find_parent(lang=True)
            assert tagged["lang"].split("-")[0] in CYRILLIC_LANGUAGES, (page, str(node))


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
    assert notes or not read_toml(SOURCES_TOML), "sources are listed but no page cites one"


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
    assert len(items) >= len(list((real_site / "updates").glob("*.html")))  # each update, at least
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


def test_every_full_date_in_the_brief_is_in_the_timeline(real_site: Path) -> None:
    soup = parse(real_site / "index.html")
    for listing in soup.select("main .app-source-list"):
        listing.decompose()
    prose = " ".join(soup.select_one("main .app-prose").get_text(" ").split())
    dates = set(re.findall(rf"\b\d{{1,2}} (?:{MONTHS}) \d{{4}}", prose))
    timeline = {
        t.get_text(strip=True) for t in parse(real_site / "timeline.html").select("main time")
    }
    assert dates <= timeline, dates - timeline


def test_the_timeline_and_profiles_share_one_source_of_dates(real_site: Path) -> None:
    """A key date on a profile appears, with the same words, in the timeline."""
    timeline = main_text(real_site / "timeline.html")
    for slug, name in profiles(real_site).items():
        for item in parse(real_site / "people" / f"{slug}.html").select(".app-events__item"):
            date = item.time.get_text(strip=True)
            words = reader_text(item).removeprefix(date).split("[")[0].strip()
            assert f"{date} {name}: {words}" in timeline, (slug, words)


def test_people_index_lists_everyone_a_to_z_with_every_name(real_site: Path) -> None:
    people = profiles(real_site)
    soup = parse(real_site / "people.html")
    names = [h.get_text(strip=True) for h in soup.select(".app-people__name")]
    assert sorted(names) == sorted(people.values())
    surnames = [n.split()[-1] for n in names]
    assert surnames == sorted(surnames)
    text = soup.find("main").get_text(" ", strip=True)
    for slug in people:
        profile = parse(real_site / "people" / f"{slug}.html")
        for form in profile.select(".app-names__form"):
            assert form.get_text() in text, (slug, form.get_text())
            if form.has_attr("lang"):
                twin = soup.find("span", string=form.get_text(), lang=form["lang"])
                assert twin is not None, (slug, form.get_text())
        status = profile.select_one(".app-status").get_text(strip=True)
        assert status in text


def test_no_filename_link_is_left_unresolved(real_site: Path) -> None:
    for page in html_files(real_site):
        html = page.read_text(encoding="utf-8")
        assert "{filename}" not in html and "{static}" not in html, page
        for link in parse(page).find_all("a", href=True):
            target = local_target(page, link["href"])
            if target is not None:
                assert target.is_file(), (page, link["href"])


def test_brief_says_as_of_its_newest_fact_and_the_updates_page_lists_every_update(
    real_site: Path,
) -> None:
    soup = parse(real_site / "index.html")
    as_of = soup.select_one(".app-brief__as-of time")
    newest = max(t["datetime"] for t in parse(real_site / "timeline.html").select("main time"))
    assert as_of["datetime"] >= newest
    updates = {
        local_target(real_site / "updates.html", a["href"])
        for a in parse(real_site / "updates.html").select(".app-updates__title a")
    }
    assert updates == set((real_site / "updates").glob("*.html"))


def test_updates_are_listed_newest_first(real_site: Path) -> None:
    dates = [t["datetime"] for t in parse(real_site / "updates.html").select(".app-updates time")]
    assert len(dates) == len(list((real_site / "updates").glob("*.html")))
    assert dates == sorted(dates, reverse=True)


def test_figures_give_value_what_date_and_source(real_site: Path) -> None:
    records = read_toml(FIGURES_TOML) if FIGURES_TOML.exists() else {}
    figures = parse(real_site / "figures.html").select(".app-figure")
    values = [f.select_one(".app-figure__value").get_text(strip=True) for f in figures]
    assert values == [record["value"] for record in records.values()]
    for figure in figures:
        meta = figure.select_one(".app-figure__meta")
        assert meta.time and meta.a["href"].startswith("./sources.html#source-")
        assert figure.select_one(".app-figure__counts").get_text(strip=True)
    compact = parse(real_site / "index.html").select(".app-brief__figures .app-figure")
    assert len(compact) == sum(bool(record.get("on_brief")) for record in records.values())
