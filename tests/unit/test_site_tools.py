"""The test helpers themselves: one build's plugins leave nothing behind for the next."""

from pelican import signals
from site_tools import signals_restored


def test_receivers_run_in_the_next_builds_order_after_a_restore() -> None:
    """A receiver connected in an earlier block must not keep its earlier place: plugins run in
    the order of PLUGINS (the people linker before languages, say)."""
    calls: list[str] = []

    def first(sender: object) -> None:
        calls.append("first")

    def second(sender: object) -> None:
        calls.append("second")

    signal = signals.static_generator_preread  # no plugin of ours connects to it
    with signals_restored():
        signal.connect(second)
    assert not signal.receivers
    with signals_restored():
        signal.connect(first)
        signal.connect(second)
        signal.send(None)
    assert calls == ["first", "second"]
