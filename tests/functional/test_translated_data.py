"""Key figures and timeline events in the page's language: from `figures.<lang>.toml` and from
each translation's own `Events:`, else the original's words marked with their language (issue 16)."""

import shutil
from pathlib import Path

import pytest
from site_tools import FIXTURES, build_in_process, local_target, parse, run_build

OVERLAY = FIXTURES / "brief_site_editions"


def content_with_editions(folder: Path) -> Path:
    """The fixture brief with the Belarusian and Russian figures and timeline laid over it."""
    content = folder / "content"
    shutil.copytree(FIXTURES / "brief_site", content)
    for part in ("data", "pages", "people"):
        shutil.copytree(OVERLAY / part, content / part, dirs_exist_ok=True)
    return content


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translated-data")
    build_in_process(content_with_editions(folder), folder / "output")
    return folder / "output"


def test_a_translated_figure_shows_in_the_page_language(site: Path) -> None:
    [figure] = parse(site / "be" / "figures.html").select(".app-figure")
    counts = figure.select_one(".app-figure__counts")
    assert counts.get_text() == "спраў налічыў назіральнік тэставага агляду"
    assert not figure.select("[lang]")
    # CLDR's Belarusian date ends with "г."; the sentence adds no second full stop
    meta = figure.select_one(".app-figure__meta").get_text(" ", strip=True)
    assert meta.startswith("Па стане на 6 сакавіка 2024\u202fг. Крыніца:"), meta


def test_an_untranslated_figure_shows_the_original_marked_english(
    site: Path,
) -> None:
    [figure] = parse(site / "ru" / "figures.html").select(".app-figure")
    counts = figure.select_one(".app-figure__counts")
    assert (counts["lang"], counts.get_text()) == ("en", "cases counted by the fixture's monitor")
    assert figure.select_one(".app-figure__value")["lang"] == "en"
    assert figure.select_one(".app-figure__meta").get_text().startswith("По состоянию на")


def timeline(page: Path) -> list[tuple[str, str | None, str, str | None]]:
    """(link text, its lang, event text, its lang) of each timeline line."""
    found = []
    for item in parse(page).select(".app-timeline__text"):
        span = item.select_one("span")
        text = span.get_text() if span else item.get_text().partition(": ")[2]
        found.append((item.a.get_text(), item.a.get("lang"), text, span and span["lang"]))
    return found


def test_the_timeline_takes_each_event_from_the_translation(site: Path) -> None:
    page = site / "be" / "timeline.html"
    assert timeline(page) == [
        ("Ана Фікстура", None, "Затрымана пасля наведвання суда", None),
        # Bo Sample's Belarusian profile gives no Events: his event is the original's, marked
        ("Бо Сэмпл", None, "Released", "en"),
        # the update has no Belarusian edition: its title, in English, links the English page
        ("Bo Sample released", "en", "", None),
    ]
    links = [local_target(page, a["href"]) for a in parse(page).select(".app-timeline__text a")]
    assert links == [
        (site / "be" / "people" / "ana-fixture.html").resolve(),
        (site / "be" / "people" / "bo-sample.html").resolve(),
        (site / "updates" / "2024-06-10-bo-sample-released.html").resolve(),
    ]
    english = [line[:2] for line in timeline(site / "timeline.html")]
    assert english == [("Ana Fixture", None), ("Bo Sample", None), ("Bo Sample released", None)]


def test_bad_figure_and_event_translations_stop_the_build_all_at_once(tmp_path: Path) -> None:
    content, output = content_with_editions(tmp_path), tmp_path / "output"
    (content / "data" / "figures.be.toml").write_text(
        '[casse]\nvalue = "12"\ncounts = "спраў"\n\n[cases]\nvalue = "12"\ncounts = "с"\n'
        'as_of = "2024"\n',
        encoding="utf-8",
    )
    (content / "data" / "figures.pl.toml").write_text("", encoding="utf-8")
    profile = content / "people" / "ana-fixture.be.md"
    text = profile.read_text(encoding="utf-8").replace("2024-03-05 |", "2024-03-06 |")
    profile.write_text(text, encoding="utf-8")
    result = run_build(content, output)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    data = content / "data"
    expected = [
        f"{data / 'figures.be.toml'}:1: figure [casse]: translates no figure",
        f"{data / 'figures.be.toml'}:5: figure [cases]: unknown field(s) as_of",
        f"{data / 'figures.pl.toml'}: translates the figures into 'pl', not one of the site's",
        f"{profile}:4: Events line of 2024-03-06 with example-report translates no event of",
    ]
    for start in expected:
        assert any(line.startswith(start) for line in lines), (start, result.stderr)
    assert any("closest: cases" in line for line in lines)
    assert any("has: 2024-03-05 | example-report" in line for line in lines)
    assert "4 problems found" in result.stderr
    assert not output.exists()
