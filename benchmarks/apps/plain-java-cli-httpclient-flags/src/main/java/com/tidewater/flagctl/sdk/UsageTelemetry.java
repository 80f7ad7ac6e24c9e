package com.tidewater.flagctl.sdk;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import com.tidewater.flagctl.config.CliConfig;
import com.tidewater.flagctl.config.Defaults;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Anonymous usage statistics for flagctl itself (sent to Tidewater's project), plus an optional
 * copy of each command into the user's own project when {@code telemetry.mirror=true}.
 */
public final class UsageTelemetry implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(UsageTelemetry.class.getName());

    private final PostHogInterface tidewater;
    private final PostHogInterface mirror;
    private final String installId = UUID.randomUUID().toString();

    public UsageTelemetry(CliConfig cfg, boolean verbose, boolean mirrorToUserProject) {
        LOG.fine("telemetry project key " + Defaults.TELEMETRY_PROJECT_KEY);
        this.tidewater = PostHog.with(PostHogConfig.builder(Defaults.TELEMETRY_PROJECT_KEY).host(Defaults.INGEST_HOST).debug(verbose).build());
        this.mirror = mirrorToUserProject
                ? PostHog.with(PostHogConfig.builder(cfg.personalApiKey()).host(Defaults.INGEST_HOST).build())
                : null;
    }

    public void commandRun(String command, long durationMillis) {
        Map<String, Object> props = Map.of("command", command, "duration_ms", durationMillis);
        tidewater.capture(installId, "flagctl_command_run", props);
        if (mirror != null) {
            mirror.capture(installId, "flagctl_command_run", props);
        }
    }

    @Override
    public void close() {
        tidewater.close();
        if (mirror != null) {
            mirror.close();
        }
    }
}
