# Factbot in a container: `docker compose up -d` (compose.yaml), or
#   docker build -t factbot .
#   docker run -d --restart unless-stopped -e DISCORD_TOKEN -v "$PWD/my-facts:/facts:ro" factbot
# The fact base is read from /facts: the shipped one unless a folder is mounted there.
# Settings other than the token: mount a config.yaml at /app/config.yaml (see config.example.yaml).
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY commands ./commands
COPY knowledge ./knowledge
RUN pip install . \
    && rm -rf /app/* \
    && useradd --system --uid 10001 --no-create-home --home-dir /app --shell /usr/sbin/nologin factbot
COPY knowledge/data /facts
# The shipped fact base's index, built once here (with the image's own Python): the bot
# opens it at start instead of reading every file. /var/cache/factbot is where it builds
# the index of a fact base mounted on /facts, if given a volume there (compose.yaml).
RUN factbot index --knowledge /facts \
    && mkdir -p /var/cache/factbot \
    && chown factbot /var/cache/factbot

# Never root. /app (config.yaml) and /facts are read-only to the bot; it writes only its
# heartbeat, to /tmp.
USER factbot

# `docker stop` sends SIGTERM: Factbot closes its connection and exits within 2 seconds.
STOPSIGNAL SIGTERM

# Unhealthy when the bot's event loop has stalled, or the gateway has been down
# for more than 3 minutes (it reconnects by itself after shorter outages).
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["factbot", "health"]

ENTRYPOINT ["factbot"]
CMD ["run", "--knowledge", "/facts"]
