#!/usr/bin/env bash
# Launcher used by systemd (deploy/northwind-portal.service) and by developers.
# Secrets come from the environment; they are handed to the JVM as system properties,
# which override src/main/resources/portal.properties.
set -euo pipefail

APP_HOME="$(cd "$(dirname "$0")/.." && pwd)"
JAR="$APP_HOME/lib/northwind-portal-3.8.1.jar"

: "${POSTHOG_PERSONAL_API_KEY:?POSTHOG_PERSONAL_API_KEY must be set}"
: "${PORTAL_DB_PASSWORD:?PORTAL_DB_PASSWORD must be set}"

exec java ${JAVA_OPTS:-} \
  -Dportal.stage="${PORTAL_STAGE:-prod}" \
  -Dportal.webroot="$APP_HOME/webapp" \
  -Dposthog.api.key="${POSTHOG_API_KEY:-}" \
  -Dposthog.personal-api-key="${POSTHOG_PERSONAL_API_KEY}" \
  -Ddb.password="${PORTAL_DB_PASSWORD}" \
  -Dlog4j2.configurationFile="$APP_HOME/conf/log4j2.xml" \
  -jar "$JAR" "$@"
