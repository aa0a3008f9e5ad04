"""The `sendbot` command line.

`main` imports the commands only when called, inside the Ctrl-C guard: loading them (discord,
sqlite3, ssl ...) takes most of a second, and Ctrl-C then must end the command as quietly as
Ctrl-C at any later moment does, not with Python's traceback of the import.
"""

from collections.abc import Sequence

INTERRUPTED = 130  # 128 + SIGINT, as a shell reports it (guard.INTERRUPTED)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        from sendbot.cli.main import main as run_command

        return run_command(argv)
    except KeyboardInterrupt:
        return INTERRUPTED


__all__ = ["main"]
