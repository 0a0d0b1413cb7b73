from .site_guard import register

__all__ = ["register"]
