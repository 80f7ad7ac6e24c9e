#!/bin/sh
# Sourced by catalina.sh on the staging VM (tenant-portal-stg-01).
CATALINA_OPTS="$CATALINA_OPTS -Xms512m -Xmx1024m -Dfile.encoding=UTF-8"
CATALINA_OPTS="$CATALINA_OPTS -Dorg.apache.tomcat.util.digester.PROPERTY_SOURCE=org.apache.tomcat.util.digester.EnvironmentPropertySource"
export CATALINA_OPTS

export POSTHOG_HOST="https://eu.i.posthog.com"
export POSTHOG_PERSONAL_API_KEY="phx_TVAzquuaC9raebxmgyiz9hsKP2v7rXTYTn4jx4T8NMCrPgxt"
export POSTHOG_VERBOSE_CLIENT="false"
