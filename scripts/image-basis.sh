#!/usr/bin/env bash
# Makes sure a docker daemon runs and a Debian base image exists, without any image registry (docs/spikes.md,
# "Container images without a registry"): debootstrap from the configured Debian mirror, then `docker import`.
# Elsewhere, skip this and build with a public base: docker build --build-arg BASE=debian:bookworm-slim .
set -euo pipefail
BASIS="${BASIS:-local/debian:bookworm}"

if ! docker info >/dev/null 2>&1; then
  if ! command -v dockerd >/dev/null 2>&1 || ! command -v debootstrap >/dev/null 2>&1; then
    echo "Installiere docker.io und debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap >/dev/null
  fi
  echo "Starte dockerd (vfs)"
  nohup dockerd --storage-driver=vfs >/tmp/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do docker info >/dev/null 2>&1 && break; sleep 1; done
  docker info >/dev/null 2>&1 || { echo "dockerd startet nicht, siehe /tmp/dockerd.log" >&2; exit 1; }
fi

if ! docker image inspect "$BASIS" >/dev/null 2>&1; then
  # The Debian mirror apt uses here (not a third-party repository such as nodesource).
  spiegel="$(grep -rhoE 'https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
    | grep -v security | head -n 1 | tr -d ' ' || true)"
  spiegel="${spiegel:-http://deb.debian.org/debian}"
  ordner="$(mktemp -d)"
  trap 'rm -rf "$ordner"' EXIT
  echo "Baue $BASIS mit debootstrap aus $spiegel"
  debootstrap --variant=minbase bookworm "$ordner" "$spiegel" >/dev/null
  tar -C "$ordner" -c . | docker import - "$BASIS" >/dev/null
fi
