#!/usr/bin/env bash
# Nightly wrapper called by cron on export-01.
set -euo pipefail

: "${POSTHOG_PERSONAL_API_KEY:?POSTHOG_PERSONAL_API_KEY must be set (see /etc/cohort-exporter/env)}"
export POSTHOG_PERSONAL_API_KEY
export POSTHOG_API_KEY="phc_XQwZkxycdXcGt3PLxRSD9UWoEdxrbH7AwrNnhqrzMW4"

# staging smoke run with the secure key of the staging project
POSTHOG_FEATURE_FLAGS_SECURE_API_KEY="phs_YNcHLg9aGfwZivukq27smchxsQw4WiWshz4VgUCXBGQsDKRN" \
  java -jar /opt/cohort-exporter/cohort-exporter.jar --config /etc/cohort-exporter/exporter-staging.properties --cohort 7 --dry-run

for cohort in "$@"; do
  java -Djava.util.logging.manager=org.apache.logging.log4j.jul.LogManager \
    -jar /opt/cohort-exporter/cohort-exporter.jar --config /etc/cohort-exporter/exporter-prod.properties --cohort "$cohort"
done
