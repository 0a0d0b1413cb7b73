"""Every build path is the safe one: the preview's builds keep the strict policy on disk,
`make regenerate` goes through the checks and the swap, `make zip` never touches output/."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import serve
from preview_app import PreviewApp
from site_tools import FIXTURES, ROOT, html_files, tree_digest


def test_the_preview_leaves_the_strict_policy_on_disk(tmp_path: Path) -> None:
    output, app = tmp_path / "output", PreviewApp(tmp_path / "output")
    assert serve.build(FIXTURES / "tiny", output, tmp_path / "cache", app, reuse=False)
    pages = list(html_files(output))
    assert pages and all("unsafe-inline" not in p.read_text(encoding="utf-8") for p in pages)
    assert app.failure == ""


def test_a_failed_preview_build_keeps_the_site_and_reports_to_the_page(tmp_path: Path) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURES / "tiny", content)
    app = PreviewApp(output)
    assert serve.build(content, output, tmp_path / "cache", app, reuse=False)
    before = tree_digest(output)
    (content / "pages" / "bad.md").write_text("Title: Bad\nSumary: x\n\nText.\n", "utf-8")
    assert not serve.build(content, output, tmp_path / "cache", app, reuse=True)
    assert tree_digest(output) == before
    assert b"unknown field `Sumary:`" in app.page("/index.html")[1]


def test_regenerate_goes_through_the_checks(tmp_path: Path) -> None:
    content, output = tmp_path / "content", tmp_path / "output"
    shutil.copytree(FIXTURES / "tiny", content)
    (content / "pages" / "bad.md").write_text("Title: Bad\nDte: 2024-01-01\n\nText.\n", "utf-8")
    command = [sys.executable, str(ROOT / "tools" / "serve.py"), "--no-server"]
    command += ["--content", str(content), "--output", str(output), "--cache", str(tmp_path / "c")]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        said = process.stdout.readline().decode()  # the first build's verdict, then it watches
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=30)
    assert "the build failed" in said
    assert "unknown field `Dte:`" in stderr.decode()
    assert not output.exists()


def test_make_zip_leaves_a_published_output_alone(tmp_path: Path) -> None:
    output = tmp_path / "output"
    env = {**os.environ, "SITEURL": "https://x.example"}
    make = ["make", "--no-print-directory", f"INPUTDIR={FIXTURES / 'tiny'}", f"OUTPUTDIR={output}"]
    subprocess.run([*make, "publish"], cwd=ROOT, env=env, check=True, capture_output=True)
    before = tree_digest(output)
    subprocess.run([*make, "zip", f"ZIPDIR={tmp_path}"], cwd=ROOT, check=True, capture_output=True)
    assert tree_digest(output) == before
    assert (output / "feeds" / "updates.atom.xml").is_file()
    assert len(list(tmp_path.glob("brief-*.zip"))) == 1
