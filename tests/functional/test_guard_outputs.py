"""Every output file a host could serve as a page is scanned, whatever its extension, and each
stop names the content or static file it came from (issue 14)."""

import shutil
from pathlib import Path

import pytest
from pelican.plugins.site_guard.site_guard import SiteGuardError
from site_tools import FIXTURES, ROOT, build_in_process

XHTML = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
    '<head><title>x</title></head>\n<body><textarea><img src="https://evil.example/t"/>'
    "</textarea></body></html>\n"
)
PAGES = {
    "shtml.md": ("Save_as: page.shtml", '<img src="https://evil.example/s" alt="">'),
    "xht.md": ("Save_as: page.xht", '<img src="https://evil.example/x" alt="">'),
    "bare.md": ("Save_as: page", '<img src="https://evil.example/n" alt="">'),
    "refresh.md": (
        "Save_as: refresh.html",
        '<meta http-equiv="refresh" content="0; https://evil.example/r">',
    ),
}


@pytest.fixture(scope="module")
def message(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("outputs")
    content = folder / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    for name, (field, body) in PAGES.items():
        text = f"Title: {name}\n{field}\n\nSome text.\n\n{body}\n"
        (content / "pages" / name).write_text(text, encoding="utf-8")
    (content / "files").mkdir()
    (content / "files" / "attached.xht").write_text(XHTML, encoding="utf-8")
    with pytest.raises(SiteGuardError) as raised:
        build_in_process(content, folder / "output", STATIC_PATHS=["files"])
    return str(raised.value)


@pytest.mark.parametrize(
    "expected",
    [
        "pages/shtml.md:6: <img src> loads https://evil.example/s from another website (in page.shtml:",
        "pages/xht.md:",  # served as XHTML: Pelican's HTML is not well-formed XML
        "XML that is not well-formed: syntax error",
        "pages/bare.md:6: <img src> loads https://evil.example/n from another website (in page:",
        "pages/refresh.md:6: <meta refresh> loads https://evil.example/r from another website",
        "files/attached.xht:3: <img src> loads https://evil.example/t from another website",
    ],
)
def test_each_output_kind_is_scanned_and_named(message: str, expected: str) -> None:
    assert expected in message


def test_every_problem_has_a_fix_and_the_count_ends_it(message: str) -> None:
    *lines, count = message.splitlines()
    assert all(" — " in line for line in lines)
    assert count == f"{len(lines)} problems found; fix them and build again."


def test_a_local_xht_and_a_bare_file_pass(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    (content / "files").mkdir()
    (content / "files" / "fine.xht").write_text(XHTML.replace("https://evil.example/t", "a.png"))
    (content / "files" / "NOTES").write_text("See https://evil.example/ for details.\n")
    build_in_process(content, tmp_path / "output", STATIC_PATHS=["files"])
    assert (tmp_path / "output" / "files" / "fine.xht").is_file()


def test_a_theme_stylesheet_is_named_by_its_file_in_the_theme(tmp_path: Path) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    sheet = theme / "static" / "css" / "main.css"
    sheet.write_text(sheet.read_text() + "\n@\\69mport url(https://fonts.example/f.css);\n")
    lines = sheet.read_text().count("\n")
    with pytest.raises(SiteGuardError) as raised:
        build_in_process(FIXTURES / "tiny", tmp_path / "output", THEME=str(theme))
    [problem] = raised.value.problems
    assert str(problem).startswith(f"{sheet.as_posix()}:{lines}: CSS url() loads https://fonts")
    assert "(in theme/css/main.css:" in str(problem)
