"""The preview relaxes the policy and shows a failed build's problems in memory, never on disk."""

from pathlib import Path

import pytest
from preview_app import RELAXED, PreviewApp, relax_policy, with_problems

STRICT = "default-src 'none'; style-src 'self'"
PAGE = (
    f'<html><head><meta http-equiv="Content-Security-Policy" content="{STRICT}"></head>'
    '<body class="app-body"><h1>Page</h1></body></html>'
).encode()


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "site" / "people").mkdir(parents=True)
    for name in ("index.html", "404.html", "people/index.html"):
        (tmp_path / "site" / name).write_bytes(PAGE)
    (tmp_path / "site" / "main.css").write_text("body{}", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("outside", encoding="utf-8")
    return tmp_path / "site"


def test_the_policy_is_relaxed_for_the_reload_script_only_in_memory() -> None:
    relaxed = relax_policy(PAGE).decode()
    assert f'content="{STRICT}{RELAXED}"' in relaxed
    assert relax_policy(b"<p>no policy</p>") == b"<p>no policy</p>"


def test_a_failed_build_is_shown_escaped_at_the_top_of_the_body() -> None:
    shown = with_problems(PAGE, "a.md:2: <script>bad</script> — fix").decode()
    body = shown.split('<body class="app-body">', 1)[1]
    assert body.startswith('<section class="app-width" role="alert">')
    assert "&lt;script&gt;bad&lt;/script&gt;" in body and "<script>" not in shown


def test_the_app_serves_the_last_good_site_with_the_failure(site: Path) -> None:
    app = PreviewApp(site)
    status, body, kind = app.page("/people/")
    assert (status, kind) == ("200 OK", "text/html") and RELAXED.encode() in body
    app.failure = "content/pages/a.md:3: unknown field `Sumary:` — did you mean `Summary:`?"
    assert b"unknown field `Sumary:`" in app.page("/index.html")[1]
    assert app.page("/main.css")[1] == b"body{}"
    assert app.page("/../secret.txt")[0] == "404 Not Found"
    assert app.page("/missing.html")[0] == "404 Not Found"
    assert (site / "index.html").read_bytes() == PAGE  # nothing written to disk
