"""A new editor's path: follow docs/authoring.md on a fixture brief; mistakes stop the build."""

import re
import shutil
from pathlib import Path

import pytest
from rights_brief_common.problems import ProblemError
from site_tools import FIXTURES, ROOT, build_in_process, build_with_cli, parse

GUIDE = ROOT / "docs" / "authoring.md"


def guide_section(title: str) -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index(f"### {title}\n")
    end = text.find("\n## ", start)
    return text[start:end]


def add_person_from_guide(content: Path) -> str:
    """Do what "Add a person" in docs/authoring.md says, and nothing else; return the file."""
    section = guide_section("Add a person")
    [path] = re.findall(r"create\s+`content/(people/[\w-]+\.md)`", section)
    [profile] = re.findall(r"```markdown\n(.*?)```", section, re.DOTALL)
    add_sources(content, cited_ids(profile))  # "Add any source you need first"
    (content / path).write_text(profile, encoding="utf-8")
    return path


def cited_ids(profile: str) -> set[str]:
    """The source ids a profile cites: in [@id], Custody_source and the last field of Events."""
    ids = set(re.findall(r"\[@([\w-]+)\]", profile))
    for field in re.findall(r"^(?:Custody_source:|\s.*\|)\s*(.+)$", profile, re.MULTILINE):
        ids.update(part.strip() for part in field.split(";"))
    return ids


def add_sources(content: Path, ids: set[str]) -> None:
    """Add a record with every required field for each id the fixture's sources lack."""
    sources = content / "data" / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    for source_id in sorted(ids - set(re.findall(r"^\[([\w-]+)\]", text, re.MULTILINE))):
        text += (
            f'\n[{source_id}]\npublisher = "Example"\ntitle = "A report"\n'
            'url = "https://example.org/a"\npublished = "2024-03-06"\n'
            'checked = "2024-07-01"\nlanguage = "en"\n'
        )
    sources.write_text(text, encoding="utf-8")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(FIXTURES / "brief_site", copy)
    return copy


def test_a_person_added_as_the_guide_says_shows_in_index_and_timeline(
    content: Path, tmp_path: Path
) -> None:
    path = add_person_from_guide(content)
    brief = content / "pages" / "index.md"
    link = f"\nSee [Jan Example]({{filename}}/{path}).\n"
    brief.write_text(brief.read_text(encoding="utf-8") + link, encoding="utf-8")
    output = tmp_path / "output"
    build_in_process(content, output)

    href = parse(output / "index.html").find("a", string="Jan Example")["href"]
    assert href == "./people/jan-example.html"
    page = parse(output / "people" / "jan-example.html")
    assert page.h1.get_text(strip=True) == "Jan Example"
    assert "Held since 5 March 2024" in page.select_one(".app-status").get_text()

    index = parse(output / "people.html")
    names = [h.get_text(strip=True) for h in index.select(".app-people__name")]
    assert "Jan Example" in names
    surnames = [name.split()[-1] for name in names]
    assert surnames == sorted(surnames)
    entry = index.find("a", string="Jan Example").find_parent("li")
    text = entry.get_text(" ", strip=True)
    assert "Also spelled: Jan Exampel" in text
    assert "Misspelling seen in circulation: Jan Exemple" in text
    assert entry.find("span", lang="ru", string="Ян Пример") is not None

    timeline = parse(output / "timeline.html")
    item = timeline.find(string=re.compile("Detained after visiting a client")).find_parent("li")
    assert item.time["datetime"] == "2024-03-05"
    assert item.find("a", string="Jan Example") is not None
    assert item.select(".app-timeline__sources a")


def test_profile_metadata_is_escaped(content: Path, tmp_path: Path) -> None:
    (content / "people" / "x-tester.md").write_text(
        "Title: X <b>Tester</b>\nNames: ru: Икс & <i>\nRole: Tests <script>alert(1)</script> &"
        "\nCustody: not-a-prisoner\n\nA tester [@example-report].\n",
        encoding="utf-8",
    )
    output = tmp_path / "output"
    build_in_process(content, output)
    for page in [output / "people" / "x-tester.html", output / "people.html"]:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<b>Tester" not in html, page
        assert "Tests &lt;script&gt;alert(1)&lt;/script&gt; &amp;" in html, page
        assert "Икс &amp; &lt;i&gt;" in html, page


def test_an_update_added_as_the_guide_says_moves_the_as_of_date(
    content: Path, tmp_path: Path
) -> None:
    (content / "updates" / "2026-01-05-new.md").write_text(
        "Title: A later event\nDate: 2026-01-05\nSummary: Something happened.\n\n"
        "Something happened [@example-update].\n",
        encoding="utf-8",
    )
    output = tmp_path / "output"
    build_in_process(content, output)
    assert parse(output / "index.html").select_one(".app-brief__as-of time")["datetime"] == (
        "2026-01-05"
    )
    assert "A later event" in parse(output / "timeline.html").get_text()


def test_an_unknown_citation_stops_the_build_naming_file_id_and_closest(
    content: Path, tmp_path: Path
) -> None:
    brief = content / "pages" / "index.md"
    brief.write_text(
        brief.read_text(encoding="utf-8") + "\nA typo [@example-updat].\n", encoding="utf-8"
    )
    with pytest.raises(ProblemError) as caught:
        build_in_process(content, tmp_path / "output")
    message = str(caught.value)
    assert "pages/index.md" in message and "'example-updat'" in message
    assert "example-update" in message


def test_the_cli_build_fails_on_a_source_missing_a_field(content: Path, tmp_path: Path) -> None:
    sources = content / "data" / "sources.toml"
    text = sources.read_text(encoding="utf-8")
    sources.write_text(text.replace('language = "en"\n', "", 1), encoding="utf-8")
    result = build_with_cli(tmp_path / "out", content=content)
    assert result.returncode != 0
    output = " ".join((result.stdout + result.stderr).split())
    assert "source [example-report]: missing field(s) language" in output


def test_a_profile_missing_its_role_stops_the_build(content: Path, tmp_path: Path) -> None:
    profile = content / "people" / "dana-norm.md"
    profile.write_text(
        profile.read_text(encoding="utf-8").replace("Role: Judge (an invented person)\n", ""),
        encoding="utf-8",
    )
    with pytest.raises(ProblemError, match=r"people/dana-norm.md:1: profile is missing Role"):
        build_in_process(content, tmp_path / "output")


def test_a_person_added_as_the_guide_says_is_linked_from_the_brief_by_name(
    content: Path, tmp_path: Path
) -> None:
    """No link written by hand: the linker finds the name, in English or in Russian cases."""
    add_person_from_guide(content)
    brief = content / "pages" / "index.md"
    mention = "\nJan Example, a lawyer, was detained in March 2024 [@example-report].\n"
    brief.write_text(brief.read_text(encoding="utf-8") + mention, encoding="utf-8")
    update = content / "updates" / "2024-03-06-example.md"
    update.write_text(
        "Title: A lawyer detained\nDate: 2024-03-06\nSummary: A test update.\n\n"
        '<span lang="ru">Родственникам Яна Примера не сообщили</span> [@example-report].\n',
        encoding="utf-8",
    )
    output = tmp_path / "output"
    build_in_process(content, output)

    target = "./people/jan-example.html"
    assert parse(output / "index.html").find("a", href=target, string="Jan Example") is not None
    update_page = parse(output / "updates" / "2024-03-06-example.html")
    assert (
        update_page.find("a", href="../people/jan-example.html", string="Яна Примера") is not None
    )
    mentioned = parse(output / "people" / "jan-example.html").select(".app-backlinks__link")
    assert {a.get_text(strip=True) for a in mentioned} >= {"A lawyer detained"}
    assert any("detained reporters" in a.get_text() for a in mentioned)
