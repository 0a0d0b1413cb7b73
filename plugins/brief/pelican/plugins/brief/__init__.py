from .brief import register

__all__ = ["register"]
