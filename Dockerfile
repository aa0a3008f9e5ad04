# sendbot in a container, built the way scripts/smoke-wheel proves the package works: a wheel,
# installed (not editable) into its own virtual environment, run as an unprivileged user.
# State lives in the /data volume; the editable knowledge base in the /knowledge volume.
#
#   docker compose up -d        (reads DISCORD_TOKEN and the other settings from ./.env)

FROM python:3.11-slim AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY src ./src
RUN python -m pip wheel --no-cache-dir --disable-pip-version-check --no-deps --wheel-dir /dist .

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/opt/sendbot/bin:$PATH \
    SENDBOT_DATA=/data \
    SENDBOT_KB=/knowledge
COPY --from=build /dist /dist
# The knowledge base starts as a copy of the bundled one (`sendbot init`); Docker copies it
# into a new named volume on first start, so moderators' edits survive image updates.
RUN python -m venv /opt/sendbot \
    && /opt/sendbot/bin/pip install --no-cache-dir --disable-pip-version-check /dist/*.whl \
    && rm -rf /dist \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin sendbot \
    && mkdir /data \
    && sendbot init /knowledge \
    && sendbot kb check \
    && chown -R sendbot:sendbot /data /knowledge
USER sendbot
VOLUME ["/data", "/knowledge"]
# Healthy while the knowledge base the bot serves from still validates.
HEALTHCHECK --interval=60s --timeout=20s --start-period=20s CMD ["sendbot", "kb", "check"]
# SIGTERM (docker stop) closes the Discord connection cleanly and exits 0.
CMD ["sendbot", "run"]
