"""The one content walk yields each of Pelican's twelve lists, with its kind, each object once."""

import inspect
import re
from types import SimpleNamespace

from pelican.generators import ArticlesGenerator, PagesGenerator
from rights_brief_common.content_walk import ARTICLE_LISTS, PAGE_LISTS, Kind, contents, walk


def _generator(lists: tuple, prefix: str) -> SimpleNamespace:
    return SimpleNamespace(**{attribute: [f"{prefix}:{attribute}"] for attribute, _, _ in lists})


def test_every_list_of_both_generators_is_walked_with_its_kind() -> None:
    generators = [
        _generator(ARTICLE_LISTS, "article"),
        SimpleNamespace(static_files=["x.png"]),  # neither articles nor pages: skipped
        _generator(PAGE_LISTS, "page"),
    ]
    found = dict(walk(generators))
    assert len(found) == 12
    assert found["article:hidden_articles"] == Kind("article", "hidden", False)
    assert found["article:hidden_translations"] == Kind("article", "hidden", True)
    assert found["article:drafts_translations"] == Kind("article", "draft", True)
    assert found["page:hidden_translations"] == Kind("page", "hidden", True)
    assert found["page:draft_translations"] == Kind("page", "draft", True)
    assert found["page:pages"] == Kind("page", "published", False)


def test_the_lists_are_exactly_those_pelicans_generators_fill() -> None:
    """Read off Pelican's source (`self.x, self.x_translations = _process(...)`): a list added
    or renamed in a new Pelican fails here."""
    for cls, lists in ((ArticlesGenerator, ARTICLE_LISTS), (PagesGenerator, PAGE_LISTS)):
        source = inspect.getsource(cls.generate_context)
        pairs = re.findall(r"self\.(\w+), self\.(\w+) = _process\(", source)
        assert len(pairs) == 3, cls.__name__
        held = [name for pair in pairs for name in pair]
        assert sorted(held) == sorted(attribute for attribute, _, _ in lists), cls.__name__


def test_an_object_in_two_lists_is_yielded_once_and_statuses_filter() -> None:
    shared = object()
    generator = SimpleNamespace(articles=[shared], translations=[shared], drafts=["d"])
    assert [content for content, _ in walk([generator])] == [shared, "d"]
    assert contents([generator], ("published", "hidden")) == [shared]
