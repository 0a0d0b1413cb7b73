from .drafts import register

__all__ = ["register"]
