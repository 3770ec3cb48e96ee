# leadguard as a container: gunicorn serving the API on port 8000 as an unprivileged user.
#
#   docker build -t leadguard .
#   docker run -p 8000:8000 -e LEADGUARD_API_KEYS=screen:<key>,review:<key> leadguard
#
# LEADGUARD_API_KEYS must be passed: the container listens on 0.0.0.0, and without keys
# leadguard refuses to serve beyond loopback (exit status 2, with the reason on stderr).
# Every other LEADGUARD_* setting of the README works the same way with -e.

# Build stage: a virtual environment with the project installed as `make` installs it, but
# not editable, so the source tree can stay behind in this stage.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/leadguard
COPY . /src
RUN /opt/leadguard/bin/pip install /src

FROM python:3.11-slim
ENV PATH=/opt/leadguard/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    LEADGUARD_DATA_DIR=/var/lib/leadguard \
    WEB_CONCURRENCY=2
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/leadguard --create-home \
        --shell /usr/sbin/nologin leadguard
COPY --from=build /opt/leadguard /opt/leadguard

USER leadguard
WORKDIR /var/lib/leadguard
EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

# The same gunicorn settings as `leadguard serve` (leadguard/server.py); WEB_CONCURRENCY sets
# the number of worker processes. Arguments after the image name replace CMD and go to gunicorn.
ENTRYPOINT ["gunicorn", "--config", "python:leadguard.server", "--bind", "0.0.0.0:8000"]
CMD ["--access-logfile", "-"]
