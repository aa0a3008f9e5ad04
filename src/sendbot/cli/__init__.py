"""The `sendbot` command line."""

from sendbot.cli.main import main

__all__ = ["main"]
