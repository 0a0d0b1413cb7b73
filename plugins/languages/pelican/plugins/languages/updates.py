"""The updates list in every language that has a front page: each update in that language where
it is translated, otherwise in its own, marked so (the template shows its language)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class UpdatesList:
    """One language's updates list, as the templates' language switcher and alternates see it."""

    lang: str
    url: str
    translations: list[UpdatesList] = field(default_factory=list)

    @property
    def save_as(self) -> str:
        return self.url


def updates_lists(languages: list[str], default: str, index: str) -> dict[str, UpdatesList]:
    """{lang: list}: the default language's list at `index`, the others under <lang>/."""
    found = {
        lang: UpdatesList(lang, index if lang == default else f"{lang}/{index}")
        for lang in languages
    }
    for edition in found.values():
        edition.translations = [other for other in found.values() if other is not edition]
    return found


def in_language(articles: list, lang: str) -> list:
    """Each update in `lang` where it has a translation, otherwise the update itself."""
    shown = []
    for article in articles:
        versions = [t for t in getattr(article, "translations", []) if t.lang == lang]
        shown.append(versions[0] if versions else article)
    return shown
