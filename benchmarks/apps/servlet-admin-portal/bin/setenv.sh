#!/bin/sh
# Sourced by catalina.sh from $CATALINA_BASE/bin on the portal hosts.
export JAVA_OPTS="$JAVA_OPTS -Xms512m -Xmx1g -Dfile.encoding=UTF-8"
export POSTHOG_API_KEY="phc_HtnCNtkbxBNvHal4zeZGBze8IEqdN1Nemm9R6O1fpJN"
export POSTHOG_PERSONAL_API_KEY="phx_o31G5qjpHNiIgYIze8DmvhkxcGMOnIZ0sG6Px1ae4wZ"
export PORTAL_DB_PASSWORD="${PORTAL_DB_PASSWORD:-}"
export PORTAL_DB_URL="jdbc:postgresql://db1.harbor.internal:5432/portal"
