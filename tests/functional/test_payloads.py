"""A table of hostile payloads, all in one real build: the guard stops it naming each payload's
content file and element, in the `path:LINE: problem — fix` format, with a count."""

import pytest
from payloads import PAYLOADS, page_name, write_payload_site
from pelican.plugins.site_guard.site_guard import SiteGuardError
from site_tools import FIXTURES, ROOT, build_in_process


@pytest.fixture(scope="module")
def problems(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("payloads")
    theme = write_payload_site(folder, ROOT / "theme", FIXTURES / "tiny", keep_policy=True)
    with pytest.raises(SiteGuardError) as raised:
        build_in_process(
            folder / "content",
            folder / "output",
            THEME=str(theme),
            CONTENT_CHECKS={"extra_fields": ["payload"]},
        )
    message = str(raised.value)
    count = len(raised.value.problems)
    assert message.endswith(f"{count} problems found; fix them and build again.")
    return [str(problem) for problem in raised.value.problems]


def test_there_are_at_least_sixty_payloads() -> None:
    assert len(PAYLOADS) >= 60


@pytest.mark.parametrize(("number", "element"), [(n, e) for n, (_, e) in enumerate(PAYLOADS)])
def test_each_payload_stops_the_build_naming_file_and_element(
    problems: list[str], number: int, element: str
) -> None:
    source = f"pages/{page_name(number)}:2: "  # the `Payload:` line
    named = [line for line in problems if source in line]
    assert named, f"payload {number} passed the guard: {PAYLOADS[number][0]}"
    assert any(element in line and " — " in line for line in named), named


def test_only_the_payload_pages_are_named(problems: list[str]) -> None:
    assert all("/payload-" in line.split(": ", 1)[0] for line in problems), problems
