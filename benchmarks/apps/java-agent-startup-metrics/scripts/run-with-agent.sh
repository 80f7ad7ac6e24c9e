#!/usr/bin/env bash
# Runs a jar with the startup-metrics agent attached.
# Usage: scripts/run-with-agent.sh path/to/app.jar com.example.Main
set -euo pipefail

APP_JAR="${1:?app jar}"
MAIN_CLASS="${2:-}"
AGENT_JAR="$(dirname "$0")/../target/startup-metrics-agent.jar"

exec java \
  -javaagent:"${AGENT_JAR}"=mainClass="${MAIN_CLASS}",debug=true,personalApiKey=phx_7ntAJbdcXvjESEo88SjktndHX7o2nGa6BJZYDKrTdLxrsnSZ \
  -Djava.util.logging.config.file="$(dirname "$0")/logging.properties" \
  -jar "${APP_JAR}"
