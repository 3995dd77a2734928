#!/usr/bin/env bash
# `npm run test:image`: builds the container image and smoke-tests it against the local PostgreSQL.
# 1. base image (scripts/image-basis.sh: without a registry, from Debian packages and the npm registry),
# 2. docker build with that base, 3. a fresh database, 4. the container with a read-only root file system and
# only /data writable, 5. /health/ready, HEALTHCHECK, non-root user, one application submitted over HTTP
# (scripts/image-smoke.ts), 6. SIGTERM: the app closes server and database and exits 0 in time.
set -euo pipefail
cd "$(dirname "$0")/.."
beginn=$SECONDS

IMAGE="${IMAGE:-mietrueckstaende:test}"
PG="${TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
PORT="${TEST_IMAGE_PORT:-39130}"
DB="image_smoke_$(date +%s)_$$"
NAME="mietrueckstaende-smoke-$$"
DATEN="$(mktemp -d)"

aufraeumen() {
  docker rm -f "$NAME" >/dev/null 2>&1 || true
  psql "$PG" -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$DATEN"
}
trap aufraeumen EXIT

if [ "${OHNE_BAU:-}" = "1" ]; then
  echo "Prüfe das vorhandene Image $IMAGE (OHNE_BAU=1)"
else
  bash scripts/image-basis.sh
  echo "Baue $IMAGE"
  docker build -q --network host --build-arg BASE="${BASE:-local/node:24}" -t "$IMAGE" . >/dev/null
  echo "Image gebaut nach $((SECONDS - beginn)) s"
fi

psql "$PG" -qc "create database $DB" >/dev/null
DATABASE_URL="${PG%/*}/$DB"
chown 10001:10001 "$DATEN"

# Development mode on PostgreSQL: the built-in BundID stand-in (never in production) lets the smoke test sign in.
docker run -d --name "$NAME" --network host --read-only --tmpfs /tmp -v "$DATEN:/data" \
  -e NODE_ENV=development -e HOST=127.0.0.1 -e PORT="$PORT" -e BASE_URL="http://127.0.0.1:$PORT" \
  -e DATABASE_URL="$DATABASE_URL" -e SESSION_SECRET="$(head -c 32 /dev/urandom | base64)" \
  -e DATA_KEY="$(head -c 32 /dev/urandom | base64)" "$IMAGE" >/dev/null

bereit=""
for _ in $(seq 1 240); do
  if curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null; then bereit=1; break; fi
  if [ "$(docker inspect -f '{{.State.Running}}' "$NAME")" != "true" ]; then break; fi
  sleep 0.5
done
if [ -z "$bereit" ]; then
  docker logs "$NAME" | tail -40
  echo "FEHLER: /health/ready antwortet nicht" >&2
  exit 1
fi
echo "/health/ready: 200 nach $((SECONDS - beginn)) s"

benutzer="$(docker exec "$NAME" node -e 'process.stdout.write(String(process.getuid()))')"
[ "$benutzer" = "10001" ] || { echo "FEHLER: läuft als uid $benutzer" >&2; exit 1; }
docker inspect -f '{{json .Config.Healthcheck.Test}}' "$NAME" | grep -q '/health/ready' \
  || { echo "FEHLER: HEALTHCHECK fehlt" >&2; exit 1; }
docker exec "$NAME" node -e "$(docker inspect -f '{{index .Config.Healthcheck.Test 3}}' "$NAME")" \
  || { echo "FEHLER: HEALTHCHECK-Befehl schlägt fehl" >&2; exit 1; }

npx tsx scripts/image-smoke.ts "http://127.0.0.1:$PORT"
eingereicht="$(psql "$DATABASE_URL" -tAc "select count(*) from antrag")"
[ "$eingereicht" -ge 1 ] || { echo "FEHLER: kein Antrag in der Datenbank" >&2; exit 1; }

# SIGTERM (docker stop) must end the app itself, well before docker's SIGKILL after 20 s.
stopp=$SECONDS
docker stop -t 20 "$NAME" >/dev/null
dauer=$((SECONDS - stopp))
code="$(docker inspect -f '{{.State.ExitCode}}' "$NAME")"
verbindungen="$(psql "$PG" -tAc "select count(*) from pg_stat_activity where datname = '$DB'")"
docker logs "$NAME" 2>&1 | grep -q 'Fahre herunter' || { echo "FEHLER: kein geordnetes Herunterfahren" >&2; exit 1; }
if [ "$code" != "0" ] || [ "$dauer" -ge 15 ] || [ "$verbindungen" != "0" ]; then
  echo "FEHLER: SIGTERM: Exit-Code $code nach $dauer s, $verbindungen offene DB-Verbindungen" >&2
  exit 1
fi
echo "SIGTERM: Exit-Code 0 nach $dauer s, keine offenen DB-Verbindungen"
echo "test:image bestanden in $((SECONDS - beginn)) s"
