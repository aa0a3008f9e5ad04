"""Response helpers.

The Content-Type must be exactly "application/json": discord.py compares the header
verbatim, and with "; charset=utf-8" appended it would hand the body on as a string.
"""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web


def json_response(data: Any, status: int = 200) -> web.Response:
    body = json.dumps(data).encode()
    return web.Response(body=body, status=status, headers={"Content-Type": "application/json"})


def no_content() -> web.Response:
    return web.Response(status=204)


def discord_error(status: int, code: int, message: str) -> web.Response:
    """An error body shaped like Discord's: {"message": ..., "code": ...}."""
    return json_response({"message": message, "code": code}, status=status)
