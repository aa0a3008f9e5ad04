"""End-to-end tests run the real discord.py client against tests.fakediscord."""

from tests.fakediscord.fixtures import fake_discord, run_bot

__all__ = ["fake_discord", "run_bot"]
