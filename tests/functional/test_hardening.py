"""Every page carries the strict policy, and a build that would leak a request fails."""

import shutil
from pathlib import Path

import pytest
from pelican.plugins.site_guard.site_guard import SiteGuardError
from pelican.settings import read_settings
from site_tools import FIXTURES, ROOT, build_in_process, html_files, parse

POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; "
    "base-uri 'none'; form-action 'none'"
)


def test_every_page_starts_with_charset_then_the_strict_policy(real_site: Path) -> None:
    pages = list(html_files(real_site))
    assert pages
    for page in pages:
        head = parse(page).head
        first, second = head.find_all("meta")[:2]
        assert first.get("charset") == "utf-8", page
        assert second.get("http-equiv") == "Content-Security-Policy", page
        assert second["content"] == POLICY, page
        assert head.find("meta", attrs={"name": "referrer"})["content"] == "no-referrer", page
        assert not parse(page).find_all(["script", "style"]), page
        assert not parse(page).find_all(style=True), page


def test_live_reload_relaxes_the_policy_only_when_asked(tmp_path: Path) -> None:
    build_in_process(FIXTURES / "tiny", tmp_path / "out", LIVE_RELOAD=True)
    policy = parse(tmp_path / "out" / "index.html").find(
        "meta", attrs={"http-equiv": "Content-Security-Policy"}
    )["content"]
    assert policy.startswith(POLICY)
    assert "script-src 'self' 'unsafe-inline'" in policy


@pytest.mark.parametrize(
    ("addition", "named"),
    [
        (
            '<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Inter">',
            "https://fonts.googleapis.com/css2?family=Inter",
        ),
        ("<script>document.title = 'x'</script>", "inline script"),
    ],
)
def test_guard_fails_the_build_naming_file_and_url(
    tmp_path: Path, addition: str, named: str
) -> None:
    theme = tmp_path / "theme"
    shutil.copytree(ROOT / "theme", theme)
    base = theme / "templates" / "base.html"
    base.write_text(base.read_text().replace("</head>", f"{addition}\n</head>"))
    with pytest.raises(SiteGuardError) as raised:
        build_in_process(FIXTURES / "tiny", tmp_path / "out", THEME=str(theme))
    message = str(raised.value)
    assert "pages/index.md: " in message and "(in index.html:" in message
    assert "updates/first.md: " in message and "(in updates/first.html:" in message
    assert "404.html:" in message  # no content file made it: the output file and line
    assert named in message


def test_guard_allows_the_sites_own_absolute_origin(tmp_path: Path) -> None:
    build_in_process(
        FIXTURES / "tiny",
        tmp_path / "out",
        SITEURL="https://brief.example.org",
        RELATIVE_URLS=False,
    )
    assert (
        "https://brief.example.org/theme/css/main.css"
        in (tmp_path / "out" / "index.html").read_text()
    )


@pytest.mark.parametrize("conf", ["pelican.conf.py", "publish.conf.py"])
def test_the_guard_runs_last_and_sees_every_file(conf: str) -> None:
    assert read_settings(str(ROOT / conf))["PLUGINS"][-1] == "site_guard"


def test_no_stylesheet_brings_a_font(real_site: Path) -> None:
    sheets = list(real_site.rglob("*.css"))
    assert sheets
    for sheet in sheets:
        assert "@font-face" not in sheet.read_text(encoding="utf-8"), sheet


def test_guard_reads_feeds_as_well_as_pages(tmp_path: Path) -> None:
    content = tmp_path / "content"
    shutil.copytree(FIXTURES / "tiny", content)
    update = content / "updates" / "first.md"
    update.write_text(update.read_text() + "\n![A face](https://cdn.example.com/face.jpg)\n")
    with pytest.raises(SiteGuardError) as raised:
        build_in_process(
            content,
            tmp_path / "out",
            SITEURL="https://brief.example.org",
            RELATIVE_URLS=False,
            FEED_DOMAIN="https://brief.example.org",
            FEED_ALL_ATOM="feeds/all.atom.xml",
        )
    message = str(raised.value)
    assert (
        "updates/first.md:7: <img src> loads https://cdn.example.com/face.jpg from another "
        "website (in updates/first.html:"
    ) in message
    assert "feeds/all.atom.xml:" in message
    assert "<img src> in <content> loads https://cdn.example.com/face.jpg" in message
