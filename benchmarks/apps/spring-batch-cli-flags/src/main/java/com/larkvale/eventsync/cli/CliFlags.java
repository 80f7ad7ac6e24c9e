package com.larkvale.eventsync.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Command line flags understood by the exporter, e.g.
 * {@code java -jar eventsync.jar --since=2024-05-01T00:00:00Z --posthog-personal-key=... --print-config}.
 */
public record CliFlags(String since,
                       String personalKeyOverride,
                       boolean printConfig,
                       boolean dryRun,
                       boolean legacyTenant) {

    private static final String SINCE = "--since=";
    private static final String PERSONAL_KEY = "--posthog-personal-key=";

    public static CliFlags parse(String... args) {
        String since = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS).toString();
        String personalKey = null;
        boolean printConfig = false;
        boolean dryRun = false;
        boolean legacyTenant = false;
        for (String arg : args) {
            if (arg.startsWith(SINCE)) {
                since = arg.substring(SINCE.length());
            } else if (arg.startsWith(PERSONAL_KEY)) {
                personalKey = arg.substring(PERSONAL_KEY.length());
            } else if (arg.equals("--print-config")) {
                printConfig = true;
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if (arg.equals("--legacy-tenant")) {
                legacyTenant = true;
            }
        }
        return new CliFlags(since, personalKey, printConfig, dryRun, legacyTenant);
    }

    @Override
    public String toString() {
        return "CliFlags[since=" + since
                + ", personalKeyOverride=" + (personalKeyOverride == null ? "<unset>" : "<redacted>")
                + ", printConfig=" + printConfig
                + ", dryRun=" + dryRun
                + ", legacyTenant=" + legacyTenant + "]";
    }
}
