#!/bin/sh
# Usage: register-connector.sh <connect-url> <connector-json>
# Creates or updates the connector. Secrets in the JSON are ${env:...} references that the
# worker resolves, so this script never sees them.
set -eu

CONNECT_URL="${1:-http://localhost:8083}"
CONFIG_FILE="${2:-config/posthog-sink.json}"
NAME="$(sed -n 's/.*"name": *"\([^"]*\)".*/\1/p' "$CONFIG_FILE" | head -n 1)"

echo "Waiting for Kafka Connect at ${CONNECT_URL}..."
until curl -fsS "${CONNECT_URL}/connectors" >/dev/null 2>&1; do
  sleep 3
done

# PUT /connectors/<name>/config takes only the inner "config" object.
CONFIG_BODY="$(sed -n '/"config": *{/,/^  }/p' "$CONFIG_FILE" | sed '1s/.*"config": *//' | sed '$s/^  }/}/')"

curl -fsS -X PUT -H "Content-Type: application/json" \
  --data "${CONFIG_BODY}" \
  "${CONNECT_URL}/connectors/${NAME}/config"
echo
curl -fsS "${CONNECT_URL}/connectors/${NAME}/status"
echo
