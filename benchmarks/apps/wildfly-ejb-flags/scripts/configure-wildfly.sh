#!/usr/bin/env bash
# Configures the JMS queue, datasource and PostHog OAuth settings on a running WildFly.
set -euo pipefail

JBOSS_CLI="${JBOSS_HOME:-/opt/jboss/wildfly}/bin/jboss-cli.sh"

"$JBOSS_CLI" --connect <<CLI
batch
jms-queue add --queue-address=FlagChanges --entries=java:/jms/queue/FlagChanges
/system-property=posthog.oauth.client-id:add(value=flag-sync-service)
/system-property=posthog.oauth.refresh-token:add(value=phr_d49ZhTxpKQm8XkvnuEy2hhmm4xManiSWEYxyo9L4fv2HgdkE)
run-batch
CLI
