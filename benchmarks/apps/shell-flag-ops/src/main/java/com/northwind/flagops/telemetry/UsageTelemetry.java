package com.northwind.flagops.telemetry;

import java.util.Map;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.northwind.flagops.config.PostHogProperties;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;

/**
 * Sends one {@code flagops_command_run} event per command to our own PostHog project, so the
 * platform team can see which commands are used. Opt out with FLAGOPS_TELEMETRY=false.
 */
@Component
public class UsageTelemetry {

    private static final Logger log = LoggerFactory.getLogger(UsageTelemetry.class);

    private final PostHogInterface posthog;
    private final boolean enabled;

    public UsageTelemetry(PostHogProperties props, @Value("${flagops.telemetry:true}") boolean enabled) {
        this.enabled = enabled;
        log.debug("telemetry enabled={}, project key {}", enabled, props.projectApiKey());
        // same credentials the flag commands use, so CI does not need a second secret
        PostHogConfig config = PostHogConfig.builder(props.personalApiKey())
                .host(props.ingestHost())
                .build();
        this.posthog = enabled ? PostHog.with(config) : null;
    }

    public void commandRun(String distinctId, String command, long millis) {
        if (!enabled) {
            return;
        }
        posthog.capture(distinctId, "flagops_command_run", Map.of("command", command, "duration_ms", millis));
    }

    @PreDestroy
    void shutdown() {
        if (posthog != null) {
            posthog.close();
        }
    }
}
