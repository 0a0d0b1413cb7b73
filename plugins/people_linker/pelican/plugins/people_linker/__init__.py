from .people_linker import register

__all__ = ["register"]
