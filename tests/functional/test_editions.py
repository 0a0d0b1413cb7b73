"""A page and a profile translated into Belarusian: each edition in its language, linked to the
others, its links and names going to pages in its own language (issue 16)."""

import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, html_files, local_target, parse, run_build
from test_languages import english_fragments, english_interface, theme_text

NAV = ["index", "people", "about"]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("editions")
    shutil.copytree(FIXTURES / "editions", folder / "content")
    build_in_process(folder / "content", folder / "output", NAV_PAGES=NAV)
    return folder / "output"


def alternates(page: Path) -> dict[str, Path]:
    links = parse(page).select('head link[rel="alternate"][hreflang]')
    return {link["hreflang"]: local_target(page, link["href"]) for link in links}


def switcher(page: Path) -> dict[str, object]:
    return {item["lang"]: item for item in parse(page).select(".app-languages [lang]")}


def test_each_edition_says_its_language(site: Path) -> None:
    assert parse(site / "be" / "index.html").html["lang"] == "be"
    assert parse(site / "be" / "people" / "ryhor-kastusiou.html").html["lang"] == "be"
    assert parse(site / "index.html").html["lang"] == "en"


@pytest.mark.parametrize(
    "page",
    [
        "updates.html",
        "be/updates.html",
        "index.html",
        "be/index.html",
        "people/ryhor-kastusiou.html",
        "be/people/ryhor-kastusiou.html",
    ],
)
def test_hreflang_alternates_resolve_both_ways(site: Path, page: str) -> None:
    found = alternates(site / page)
    assert set(found) == {"en", "be", "x-default"}
    assert found["x-default"] == found["en"]
    for lang, target in found.items():
        assert target.is_file(), (lang, target)
        back = alternates(target)
        assert back[parse(site / page).html["lang"]] == (site / page).resolve()


def test_the_switcher_goes_to_the_same_page_in_each_language(site: Path) -> None:
    english = switcher(site / "people" / "ryhor-kastusiou.html")
    assert english["en"].name == "span" and english["en"]["aria-current"] == "true"
    link = english["be"]
    assert (link.name, link["hreflang"], link.get_text()) == ("a", "be", "Беларуская")
    target = local_target(site / "people" / "ryhor-kastusiou.html", link["href"])
    assert target == (site / "be" / "people" / "ryhor-kastusiou.html").resolve()
    back = switcher(target)["en"]
    assert (back.get_text(), back["hreflang"]) == ("English", "en")
    assert (
        local_target(target, back["href"]) == (site / "people" / "ryhor-kastusiou.html").resolve()
    )


def test_an_untranslated_page_offers_the_front_page_and_says_so(site: Path) -> None:
    link = switcher(site / "about.html")["be"]
    assert local_target(site / "about.html", link["href"]) == (site / "be" / "index.html").resolve()
    assert "гэтая старонка не перакладзена" in link.get_text()
    assert not alternates(site / "about.html")


def test_links_in_a_translation_go_to_its_language(site: Path) -> None:
    page = site / "be" / "index.html"
    prose = parse(page).select_one(".app-prose")
    targets = {a.get_text(): local_target(page, a["href"]) for a in prose.select("a")}
    assert targets["пра фікстуру"] == (site / "about.html").resolve()  # no Belarusian edition
    assert targets["яго профіль"] == (site / "be" / "people" / "ryhor-kastusiou.html").resolve()
    assert targets["агляд"] == page.resolve()


def test_a_name_links_to_the_profile_in_the_page_language(site: Path) -> None:
    be = parse(site / "be" / "index.html").select_one("a.app-person-link")
    assert be.get_text() == "Рыгор Кастусёў"
    assert be["href"] == "../be/people/ryhor-kastusiou.html"
    en = parse(site / "index.html").select_one("a.app-person-link")
    assert en["href"] == "./people/ryhor-kastusiou.html"


def test_a_translated_profile_is_the_same_person_in_another_language(site: Path) -> None:
    page = parse(site / "be" / "people" / "ryhor-kastusiou.html")
    assert page.h1.get_text() == "Рыгор Кастусёў"
    assert "Асоба для праверкі перакладаў" in page.select_one(".app-person__facts").get_text()
    assert page.select_one(".app-status").get_text() == "Не ў зняволенні"  # from the original


def test_each_profile_lists_the_mentions_in_its_language_first(site: Path) -> None:
    be = parse(site / "be" / "people" / "ryhor-kastusiou.html").select_one(".app-backlinks")
    assert [a.get_text() for a in be.select(".app-backlinks__list a")] == [
        "Агляд для праверкі перакладаў"
    ]
    assert (
        be.select_one(".app-backlinks__elsewhere")
        .get_text()
        .startswith("2 старонкі на іншых мовах")
    )
    en = parse(site / "people" / "ryhor-kastusiou.html").select_one(".app-backlinks")
    assert [a.get_text() for a in en.select(".app-backlinks__list a")] == [
        "Editions fixture brief",
        "An English-only update",
    ]
    other = en.select_one(".app-backlinks__elsewhere")
    assert other.get_text().startswith("1 page in another language mentions this person: ")
    assert other.a["lang"] == "be"


def test_no_interface_text_is_left_in_english_on_belarusian_pages(site: Path) -> None:
    english = english_interface()
    titles = {
        "Editions fixture brief",
        "Brief",
        "About the fixture",
        "An English-only update",
        "English",
    }
    pages = [page for page in html_files(site) if parse(page).html["lang"] == "be"]
    assert len(pages) == 4
    for page in pages:
        text = theme_text(page, titles)
        assert [msgid for msgid in english if f" {msgid} " in f" {text} "] == [], page


def test_an_untranslated_update_is_listed_in_every_language_marked_with_its_own(site: Path) -> None:
    page = parse(site / "be" / "updates.html")
    assert page.html["lang"] == "be"
    assert page.h1.get_text() == "Абнаўленні"
    [item] = page.select(".app-updates__title")
    assert (item.a["lang"], item.a.get_text()) == ("en", "An English-only update")
    assert item.select_one(".app-updates__lang").get_text() == "(англійская)"
    target = local_target(site / "be" / "updates.html", item.a["href"])
    assert target == (site / "updates" / "2024-07-04-update.html").resolve()
    nav = parse(site / "be" / "index.html").select(".app-nav__link")[-1]
    assert (
        local_target(site / "be" / "index.html", nav["href"])
        == (site / "be" / "updates.html").resolve()
    )


MONTHS = "January February March April May June July August September October November December"


def test_every_belarusian_and_russian_page_of_the_brief_is_whole(real_site: Path) -> None:
    """The real site's editions: language, switcher, alternates, interface text and dates."""
    english = english_interface() + english_fragments()
    titles = {a.get_text() for a in parse(real_site / "index.html").select(".app-nav__link")}
    pages = [p for p in html_files(real_site) if parse(p).html["lang"] in ("be", "ru")]
    assert len(pages) >= 2
    dated = 0
    for page in pages:
        soup = parse(page)
        lang = soup.html["lang"]
        assert soup.select_one(".app-languages [aria-current]")["lang"] == lang, page
        for link in soup.select(".app-languages a"):
            assert link["hreflang"] == link["lang"] and local_target(page, link["href"]).is_file()
        for hreflang, target in alternates(page).items():
            assert target.is_file(), (page, hreflang)
            assert hreflang == "x-default" or alternates(target)[lang] == page.resolve()
        text = theme_text(page, titles)
        assert [msgid for msgid in english if f" {msgid} " in f" {text} "] == [], page
        for quoted in soup.select(".app-source__title, .app-source__note"):
            quoted.decompose()  # the sources' own words
        dates = " ".join(e.get_text() for e in soup.select("time, .app-source"))
        dated += "2024" in dates  # an index of people may carry no date; the brief does
        assert not any(month in dates for month in MONTHS.split()), page
    assert dated >= 2


def test_bad_translations_stop_the_build_all_at_once(tmp_path: Path) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURES / "editions", content)
    (content / "pages" / "abuot.be.md").write_text(
        "Title: Т\nLang: be\n\nТэкст.\n", encoding="utf-8"
    )
    (content / "pages" / "about.pl.md").write_text(
        "Title: O\nLang: pl\n\nTekst.\n", encoding="utf-8"
    )
    (content / "pages" / "index-be.md").write_text(
        "Title: Т\nLang: be\nSlug: index\n\nТэкст.\n", encoding="utf-8"
    )
    result = run_build(content, output)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(
        line.startswith(f"{content / 'pages' / 'abuot.be.md'}:1: translates no page")
        and line.endswith("closest: about")
        for line in lines
    ), result.stderr
    assert any(
        "about.pl.md:2: Lang 'pl' is not one of the site's languages" in line for line in lines
    )
    assert any(
        "index-be.md: translates the same page into 'be' as" in line and "index.be.md" in line
        for line in lines
    )
    assert any("index-be.md:3: would be written to be/index.html, like" in line for line in lines)
    assert "5 problems found" in result.stderr
    assert not output.exists()


def test_each_people_index_uses_its_language_names_and_alphabet(site: Path) -> None:
    def index(page: str) -> list[tuple[str, list[str]]]:
        soup = parse(site / page)
        letters = soup.select(".app-people__letter")
        return [
            (
                letter.get_text(),
                [a.get_text() for a in letter.find_next("ul").select(".app-people__name a")],
            )
            for letter in letters
        ]

    assert index("people.html") == [("B", ["Ales Bialiatski"]), ("K", ["Ryhor Kastusiou"])]
    # Belarusian: the Belarusian profile, or the Belarusian form of the name, in its alphabet
    assert index("be/people.html") == [("Б", ["Алесь Бяляцкі"]), ("К", ["Рыгор Кастусёў"])]
    link = parse(site / "be" / "people.html").select(".app-people__name a")[-1]
    assert (
        local_target(site / "be" / "people.html", link["href"])
        == (site / "be" / "people" / "ryhor-kastusiou.html").resolve()
    )
