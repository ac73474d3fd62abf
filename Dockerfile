# Gradebook Hub: one image for `hub serve` (the API) and `hub project` (projection workers); see docker-compose.yml.
# Layers from least to most often changed: the dependencies (from pyproject.toml alone), then the hub's code.

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /opt/hub
WORKDIR /src
# 1. The runtime dependencies, without test extras: cached until pyproject.toml changes.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
      > requirements.txt \
 && /opt/hub/bin/pip install -r requirements.txt
# 2. The hub itself (README.md is the package's readme).
COPY README.md ./
COPY hub ./hub
COPY adapters ./adapters
COPY projections ./projections
RUN /opt/hub/bin/pip install --no-deps . && /opt/hub/bin/hub --help > /dev/null

FROM python:3.11-slim
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/hub --create-home --shell /usr/sbin/nologin hub
COPY --from=build /opt/hub /opt/hub
ENV PATH=/opt/hub/bin:$PATH PYTHONUNBUFFERED=1 PYTHONDONTWRITEBYTECODE=1 HUB_DATA_DIR=/var/lib/hub
USER hub
WORKDIR /var/lib/hub
EXPOSE 8000
ENTRYPOINT ["hub"]
CMD ["serve", "--host", "0.0.0.0"]
