from .outbound_links import register

__all__ = ["register"]
