from .publish_files import register

__all__ = ["register"]
