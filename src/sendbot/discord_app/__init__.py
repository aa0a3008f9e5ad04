"""Discord: the client, its rendering and sending helpers, and one package per cog."""
