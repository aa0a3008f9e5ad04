"""A server's own admins: /settings, where and how sendbot answers on their server."""

from sendbot.discord_app.exts.server_admin._cog import ServerAdmin, setup

__all__ = ["ServerAdmin", "setup"]
