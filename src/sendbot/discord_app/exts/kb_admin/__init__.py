"""The moderators' side: /kb, its forms and buttons, and who may use them."""

from sendbot.discord_app.exts.kb_admin._cog import KbAdmin, setup

__all__ = ["KbAdmin", "setup"]
