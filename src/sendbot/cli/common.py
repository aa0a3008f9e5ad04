"""What every command needs first: settings, with the data directory checked before use."""

from __future__ import annotations

import argparse
import os
import sysconfig
from pathlib import Path

from sendbot.settings import Settings, SettingsError, environment


def usable_data_dir(path: Path, *, writable: bool) -> None:
    """Create the data directory if need be; SettingsError (one line, exit 2) if it cannot be
    used, rather than a failure on the first file written into it."""
    if path.exists() and not path.is_dir():
        raise SettingsError(f"the data directory {path} is not a directory (set --data)")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingsError(
            f"the data directory {path} cannot be created: {exc.strerror} (set --data)"
        ) from None
    if writable and not os.access(path, os.W_OK | os.X_OK):
        raise SettingsError(f"the data directory {path} is not writable (set --data)")


def installed_with_package(path: Path) -> bool:
    """Is `path` inside the installed packages (site-packages), where edits would be lost at
    the next upgrade? A source checkout's copy is not."""
    resolved = path.resolve()
    installed = {sysconfig.get_paths()[name] for name in ("purelib", "platlib")}
    return any(resolved.is_relative_to(Path(place).resolve()) for place in installed)


def load_settings(
    args: argparse.Namespace, *, uses_data: bool = True, writes_data: bool = True
) -> Settings:
    """Settings from --kb/--data, the environment and .env, with a usable data directory
    when the command uses one."""
    settings = Settings.from_env(environment(), kb_path=args.kb, data_dir=args.data)
    if uses_data:
        usable_data_dir(settings.data_dir, writable=writes_data)
    return settings
