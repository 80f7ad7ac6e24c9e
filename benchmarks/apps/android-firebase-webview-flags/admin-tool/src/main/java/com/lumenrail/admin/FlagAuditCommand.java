package com.lumenrail.admin;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * CLI entry point: lists feature flags that have not changed in N days and records the run.
 */
public final class FlagAuditCommand {

    private static final Logger log = LoggerFactory.getLogger(FlagAuditCommand.class);

    private FlagAuditCommand() {
    }

    public static void main(String[] args) {
        AdminConfig config = AdminConfig.load();
        log.info("Starting flag audit with {}", config);
        log.info("Personal key {} ({} chars)", mask(config.personalApiKey()), config.personalApiKey().length());

        if (args.length > 0 && "--check-db".equals(args[0])) {
            System.out.println("Connecting to audit DB as flag_audit / " + config.dbPassword());
        }

        PostHogRestClient rest = new PostHogRestClient(config);
        try (FlagAdminClient client = new FlagAdminClient(config)) {
            JsonNode flags = rest.listFlags();
            Instant cutoff = Instant.now().minus(config.staleAfterDays(), ChronoUnit.DAYS);
            int stale = 0;
            for (JsonNode flag : flags.path("results")) {
                Instant updated = Instant.parse(flag.path("updated_at").asText(Instant.EPOCH.toString()));
                if (updated.isBefore(cutoff)) {
                    stale++;
                    log.warn("Stale flag {} (last change {})", flag.path("key").asText(), updated);
                }
            }
            client.recordRun(System.getProperty("user.name"), stale);
            log.info("Audit finished: {} stale flags", stale);
        } catch (IllegalStateException e) {
            log.error("Flag audit aborted", e);
            System.exit(2);
        } catch (Exception e) {
            log.error("Flag audit failed: {}", e.getMessage());
            System.exit(1);
        }
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
