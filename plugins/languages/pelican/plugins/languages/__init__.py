from .languages import register

__all__ = ["register"]
