package com.northwind.flagsync.posthog;

import com.northwind.flagsync.config.AppConfig;
import com.northwind.flagsync.config.Defaults;
import com.northwind.flagsync.model.SyncReport;
import com.posthog.java.PostHog;

import java.util.Map;

/** Records each sync as an event, so the platform team can see who copied what. */
public final class AuditTrail implements AutoCloseable {

    private final PostHog posthog;
    private final String distinctId;

    public AuditTrail(AppConfig config, String auditProjectKey) {
        this.distinctId = System.getProperty("user.name", "flagsync");
        if (auditProjectKey != null && auditProjectKey.startsWith("phc_")) {
            this.posthog = new PostHog.Builder(auditProjectKey).host(Defaults.INGEST_HOST).build();
        } else {
            // no audit project configured: send to the source project instead
            this.posthog = new PostHog.Builder(config.personalApiKey()).host(config.host()).build();
        }
    }

    public void record(SyncReport report) {
        posthog.capture(distinctId, "flagsync " + report.kind() + " synced", Map.of(
                "session_id", report.sessionId(),
                "created", report.created(),
                "skipped", report.skipped().size(),
                "duration_ms", report.took().toMillis()));
    }

    @Override
    public void close() {
        posthog.shutdown();
    }
}
