"""The people linker in a real Pelican build of a small fixture site."""

from __future__ import annotations

import html as html_lib
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from linker_tools import make_links, write_settings
from pelican.plugins.people_linker.errors import LinkerError
from pelican.plugins.people_linker.settings import SettingsError
from site_tools import (
    FIXTURES,
    ROOT,
    build_in_process,
    build_with_cli,
    local_target,
    originals,
    parse,
)

SITE = FIXTURES / "people_site"
LINKER = {
    "PAGE_PATHS": ["pages", "people"],
    "PLUGINS": ["outbound_links", "people_linker"],
    "THEME_TEMPLATES_OVERRIDES": [str(FIXTURES / "people_site_templates")],
}


def build(content: Path, output: Path, **overrides: object) -> Path:
    build_in_process(content, output, **{**LINKER, **overrides})
    return output


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(SITE, tmp_path_factory.mktemp("people") / "output")


def person_links(page: Path) -> list[tuple[str, str]]:
    return [(a.get_text(), a["href"]) for a in parse(page).select("main a.app-person-link")]


def test_brief_links_first_mentions_to_resolved_profiles(site: Path) -> None:
    links = person_links(site / "index.html")
    assert links == [
        ("Sviatlana Tsikhanouskaya", "./sviatlana-tsikhanouskaya.html"),
        ("Siarhei Tsikhanouski", "./siarhei-tsikhanouski.html"),
        ("Pavel\nKuchynski", "./pavel-kuchynski.html"),
        ("Рыгора Кастусёва", "./ryhor-kastusiou.html"),
    ]
    for _, href in links:
        assert (site / href).is_file()


def test_headings_code_and_existing_links_stay_plain(site: Path) -> None:
    main = parse(site / "index.html").find("main")
    assert main.find("h2").find("a") is None
    assert main.find("code").find("a") is None
    assert [a.get_text() for a in main.find_all("a") if "example.org" in a["href"]] == [
        "existing link"
    ]
    assert "Dzianis Kuchynski" in main.get_text()


def test_autolink_all_and_none(site: Path) -> None:
    assert [text for text, _ in person_links(site / "all-mentions.html")] == [
        "Ryhor Kastusiou",
        "RYHOR KASTUSIOU",
        "Kastusiou",
        "Ryhor Kastusioŭ",
    ]
    assert person_links(site / "no-links.html") == []


def test_profile_does_not_link_itself(site: Path) -> None:
    links = person_links(site / "sviatlana-tsikhanouskaya.html")
    assert links == [("Siarhei Tsikhanouski", "./siarhei-tsikhanouski.html")]


def test_summary_and_update_are_linked(site: Path) -> None:
    update = site / "updates" / "2024-07-04-fixture-update.html"
    assert person_links(update) == [("Tsikhanouskaya", "../sviatlana-tsikhanouskaya.html")]
    listing = parse(site / "updates.html")
    [summary_link] = listing.select("main a.app-person-link")
    assert summary_link.get_text() == "Siarhei Tsikhanouski"
    target = local_target(site / "updates.html", summary_link["href"])
    assert target == (site / "siarhei-tsikhanouski.html").resolve()


def test_profile_lists_its_backlinks_in_order(site: Path) -> None:
    section = parse(site / "sviatlana-tsikhanouskaya.html").find("section", class_="app-backlinks")
    items = section.find_all("li")
    assert [li.a.get_text() for li in items] == [
        "No links <here> & now",
        "People fixture brief",
        "A fixture update",
    ]
    assert items[1].a["href"] == "./index.html"
    raw = (site / "sviatlana-tsikhanouskaya.html").read_text(encoding="utf-8")
    assert "No links &lt;here&gt; &amp; now" in raw  # metadata is escaped
    assert items[1].p.get_text() == (
        "The brief first names Sviatlana Tsikhanouskaya, then says Tsikhanouskaya again."
    )
    assert items[2].time["datetime"] == "2024-07-04"
    assert "Tsikhanouskaya once." in items[2].p.get_text()


def test_profile_without_mentions_has_no_backlinks_section(site: Path) -> None:
    assert parse(site / "antony-blinken.html").find("section", class_="app-backlinks") is None
    kuchynski = parse(site / "pavel-kuchynski.html").find("section", class_="app-backlinks")
    assert kuchynski.p.get_text() == (
        "Dzianis Kuchynski is someone else, but Pavel Kuchynski has a profile."
    )
    kastusiou = parse(site / "ryhor-kastusiou.html").find("section", class_="app-backlinks")
    assert [li.a.get_text() for li in kastusiou.find_all("li")] == [
        "Every mention linked",
        "People fixture brief",
    ]


def test_backlink_sentences_keep_the_language_the_page_marked(site: Path) -> None:
    section = parse(site / "ryhor-kastusiou.html").find("section", class_="app-backlinks")
    [brief] = [li for li in section.find_all("li") if li.a.get_text() == "People fixture brief"]
    [quoted] = brief.p.find_all("span")
    assert quoted["lang"] == "be"
    assert (
        quoted.get_text()
        == "Беларуская крыніца піша пра Рыгора Кастусёва, а расейская — пра Костусева."
    )


def copy_site(tmp_path: Path, files: dict[str, str] | None = None) -> Path:
    """The fixture site copied into tmp_path, with `files` (path: text) added or replaced."""
    content = tmp_path / "content"
    shutil.copytree(SITE, content)
    for name, text in (files or {}).items():
        (content / name).write_text(text, encoding="utf-8")
    return content


def test_a_page_is_linked_in_its_own_language(tmp_path: Path) -> None:
    """ "Tsikhanouskis" is Lithuanian for Tsikhanouski and Latvian for him, but on an English
    page the family: the build gives the linker each page's language."""
    page = "Title: Family\n\nThe Tsikhanouskis left. Later Tsikhanouski spoke.\n"
    output = build(copy_site(tmp_path, {"pages/family.md": page}), tmp_path / "output")
    assert person_links(output / "family.html") == [("Tsikhanouski", "./siarhei-tsikhanouski.html")]


def test_a_surname_claimed_by_two_profiles_stops_the_build(tmp_path: Path) -> None:
    content = copy_site(
        tmp_path,
        {"people/other.md": "Title: Dzianis Kuchynski\nNames: ru: Денис Кучинский\nRole: x\n"},
    )
    with pytest.raises(LinkerError) as error:
        build(content, tmp_path / "output")
    message = str(error.value)
    assert "people/other.md and people/pavel-kuchynski.md" in message
    assert "'Kuchynski'" in message
    assert "PEOPLE_LINKER['ambiguous']" in message


def test_a_declared_ambiguous_surname_builds_and_never_links_alone(tmp_path: Path) -> None:
    content = copy_site(
        tmp_path,
        {
            "people/other.md": "Title: Dzianis Kuchynski\nNames: ru: Денис Кучинский\nRole: x\n",
            "pages/index.md": "Title: T\n\nKuchynski spoke. Dzianis Kuchynski and Pavel Kuchynski too.\n",
        },
    )
    output = build(
        content,
        tmp_path / "output",
        PEOPLE_LINKER={"ambiguous": ["Kuchynski", "Кучинский"], "mode": "all"},
    )
    assert person_links(output / "index.html") == [
        ("Dzianis Kuchynski", "./other.html"),
        ("Pavel Kuchynski", "./pavel-kuchynski.html"),
    ]


def test_a_page_names_the_profiles_it_never_links_to(tmp_path: Path) -> None:
    """A Polish page about the illustrator Paweł Kuczyński: his name is how the Polish press
    would spell Pavel Kuchynski's, so only the editor can say that he is someone else."""
    page = (
        "Title: Cartoons\nNot-linked: pavel-kuchynski\n\nRysunek Pawła Kuczyńskiego."
        " Paweł Kuczyński rysuje; Sviatlana Tsikhanouskaya go chwali.\n"
    )
    content = copy_site(tmp_path, {"pages/cartoons.md": page})
    output = build(content, tmp_path / "output")
    assert person_links(output / "cartoons.html") == [
        ("Sviatlana Tsikhanouskaya", "./sviatlana-tsikhanouskaya.html")
    ]
    listed = parse(output / "pavel-kuchynski.html").select("section.app-backlinks li > a")
    assert "Cartoons" not in [a.get_text() for a in listed]
    listed = parse(output / "sviatlana-tsikhanouskaya.html").select("section.app-backlinks li > a")
    assert "Cartoons" in [a.get_text() for a in listed]


def test_make_links_lists_nothing_of_a_profile_a_page_does_not_link(tmp_path: Path) -> None:
    page = (
        "Title: Concert\nNot-linked: pavel-kuchynski\n\nDzianis Kuchynski and Kuchynski Jr. sang.\n"
    )
    content = copy_site(tmp_path, {"pages/concert.md": page})
    result = make_links(content, write_settings(tmp_path), tmp_path)
    assert result.returncode == 0, result.stderr
    assert "pages/concert.md" not in result.stdout


@pytest.mark.parametrize(
    ("file", "text", "error", "expected"),
    [
        (
            "people/bad.md",
            "Title: Bad Alias\nAliases: Bee; ;\nRole: x\n",
            LinkerError,
            "people/bad.md:2: Aliases has an empty one",
        ),
        (
            "people/bad.md",
            "Title: Bad Alias\nAliases: X\nRole: x\n",
            LinkerError,
            "people/bad.md:2: Aliases has 'X'",
        ),
        (
            "pages/bad.md",
            "Title: Bad page\nAutolink: sometimes\n\nText.\n",
            LinkerError,
            "pages/bad.md:2: Autolink is 'sometimes' — write `Autolink: first`",
        ),
        (
            "pages/bad.md",
            "Title: Bad page\nDate: 2024-07-04\nNot-linked: pavel-kuchinski\n\nText.\n",
            LinkerError,
            "pages/bad.md:3: Not-linked has pavel-kuchinski (did you mean pavel-kuchynski?),"
            " but no profile has that file name",
        ),
    ],
)
def test_bad_profiles_and_pages_stop_the_build(
    tmp_path: Path, file: str, text: str, error: type, expected: str
) -> None:
    content = copy_site(tmp_path, {file: text})
    with pytest.raises(error, match=re.escape(expected)):
        build(content, tmp_path / "output")


def test_unknown_setting_is_named(tmp_path: Path) -> None:
    with pytest.raises(SettingsError, match=r"unknown key.*modes"):
        build(SITE, tmp_path / "output", PEOPLE_LINKER={"modes": "all"})


def test_cli_build_fails_and_names_both_files(tmp_path: Path) -> None:
    content = copy_site(tmp_path, {"people/twin.md": "Title: Other Tsikhanouskaya\nRole: x\n"})
    settings = write_settings(tmp_path)
    result = build_with_cli(tmp_path / "out", content=content, conf=settings)
    assert result.returncode != 0
    output = " ".join((result.stdout + result.stderr).split())
    assert "people/sviatlana-tsikhanouskaya.md and people/twin.md" in output


def test_make_links_prints_the_report_and_writes_no_output(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    result = make_links(SITE, write_settings(tmp_path), work)
    assert result.returncode == 0, result.stderr
    assert "link  'Sviatlana Tsikhanouskaya' -> people/sviatlana-tsikhanouskaya.md" in result.stdout
    assert (
        "MISS  'Kuchynski' -> people/pavel-kuchynski.md?  left unlinked: different given name"
        in result.stdout
    )
    assert "MISS  'Kastusiuo' -> people/ryhor-kastusiou.md?  [near miss]" in result.stdout
    assert (
        "MISS  'Kastusiov' -> people/ryhor-kastusiou.md?  left unlinked: preceded by 'Lihor'"
        in result.stdout
    )
    assert list(work.iterdir()) == []


def test_every_name_the_front_page_mentions_is_linked(real_site: Path) -> None:
    """On whatever content/ holds, as `make html` builds it: every profile whose name the brief
    mentions is linked from it, and lists the brief among the pages that mention it."""
    brief = real_site / "index.html"
    soup = parse(brief)
    linked = {local_target(brief, a["href"]) for a in soup.select("main a.app-person-link")}
    text = " ".join(soup.find("main").get_text(" ").split())
    pages = {page.resolve() for page in (real_site / "people").glob("*.html")}
    assert linked <= pages
    for profile in originals(ROOT / "content" / "people"):
        page = (real_site / "people" / f"{profile.stem}.html").resolve()
        if parse(page).h1.get_text(strip=True) not in text:
            continue
        assert page in linked, f"the brief names {profile.stem} but does not link the profile"
        backlinks = parse(page).select("section.app-backlinks li > a")
        targets = {local_target(page, a["href"]) for a in backlinks}
        assert brief.resolve() in targets, f"{page.name} does not list the brief"
        assert all(target.is_file() for target in targets)


def test_warm_rebuild_with_pelican_cache_gives_the_same_site(tmp_path: Path) -> None:
    cache = {"CACHE_CONTENT": True, "LOAD_CONTENT_CACHE": True}
    cold = build(SITE, tmp_path / "cold", **cache)
    warm = build(SITE, tmp_path / "warm", **cache)
    assert (tmp_path / "cache").is_dir()
    pages = sorted(path.relative_to(cold) for path in cold.rglob("*.html"))
    assert pages == sorted(path.relative_to(warm) for path in warm.rglob("*.html"))
    for page in pages:
        assert (cold / page).read_text(encoding="utf-8") == (warm / page).read_text(
            encoding="utf-8"
        ), page


def test_make_links_quotes_sentences_as_the_profiles_do(tmp_path: Path) -> None:
    """Markup another plugin renders later (here a citation) is left out of the report's
    sentences, as `sentence_strip` leaves it out of "Mentioned in"."""
    cited = "Title: Cited\n\nThe lawyer Dzianis Kuchynski spoke [@src-1]. Then he left.\n"
    content = copy_site(tmp_path, {"pages/cited.md": cited})
    settings = write_settings(tmp_path, {"sentence_strip": r"\[@[^\]]*\]"})
    result = make_links(content, settings, tmp_path)
    assert result.returncode == 0, result.stderr
    line = next(line for line in result.stdout.splitlines() if "The lawyer" in line)
    assert line.endswith("left unlinked: different given name  The lawyer Dzianis Kuchynski spoke.")


def test_make_links_names_the_error_without_a_traceback(tmp_path: Path) -> None:
    content = copy_site(tmp_path, {"people/bad.md": "Title: Bad One\nAliases: B\nRole: x\n"})
    command = [sys.executable, "-m", "pelican.plugins.people_linker.cli"]
    result = subprocess.run(
        [*command, "--content", str(content), "--settings", "pelican.conf.py"],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "people/bad.md:2: Aliases has 'B'" in result.stderr
    assert "Traceback" not in result.stderr


def test_publish_mode_writes_absolute_links_in_pages_and_the_feed(tmp_path: Path) -> None:
    site = "https://brief.example.org"
    output = build(
        SITE,
        tmp_path / "output",
        SITEURL=site,
        RELATIVE_URLS=False,
        FEED_DOMAIN=site,
        FEED_ALL_ATOM="feeds/updates.atom.xml",
    )
    assert person_links(output / "index.html")[0] == (
        "Sviatlana Tsikhanouskaya",
        f"{site}/sviatlana-tsikhanouskaya.html",
    )
    feed = (output / "feeds" / "updates.atom.xml").read_text(encoding="utf-8")
    assert f'href="{site}/sviatlana-tsikhanouskaya.html"' in html_lib.unescape(feed)
    assert "{filename}" not in feed


def test_drafts_are_never_link_targets_nor_backlinks(tmp_path: Path) -> None:
    content = copy_site(
        tmp_path,
        {
            "people/draft-person.md": "Title: Hanna Zedkevich\nRole: x\nStatus: draft\n\nDraft.\n",
            "pages/draft.md": "Title: A draft page\nStatus: draft\n\nSviatlana Tsikhanouskaya here.\n",
            "pages/index.md": "Title: T\n\nHanna Zedkevich is only a draft.\n",
        },
    )
    output = build(content, tmp_path / "output")
    assert person_links(output / "index.html") == []
    profile = parse(output / "sviatlana-tsikhanouskaya.html")
    titles = [a.get_text() for a in profile.select("section.app-backlinks li > a")]
    assert "A draft page" not in titles
    assert titles == ["No links <here> & now", "A fixture update"]
