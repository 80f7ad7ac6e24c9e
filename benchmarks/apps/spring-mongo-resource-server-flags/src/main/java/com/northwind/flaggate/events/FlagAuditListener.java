package com.northwind.flaggate.events;

import com.northwind.flaggate.ws.FlagStreamHandler;
import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;

@Slf4j
@Component
public class FlagAuditListener {

    private final PostHogInterface postHog;
    private final FlagStreamHandler flagStream;

    public FlagAuditListener(PostHogInterface postHog, FlagStreamHandler flagStream) {
        this.postHog = postHog;
        this.flagStream = flagStream;
    }

    @Async
    @EventListener
    public void onOverrideChanged(FlagOverrideChangedEvent event) {
        log.info("Flag override changed: {}", event);

        postHog.capture(event.actor(), "flag_override_changed", PostHogCaptureOptions.builder()
                .property("flag_key", event.flagKey())
                .property("target_distinct_id", event.distinctId())
                .property("variant", String.valueOf(event.variant()))
                .timestamp(event.changedAt())
                .build());
    }

    @EventListener
    public void broadcast(FlagOverrideChangedEvent event) {
        flagStream.broadcastOverride(event.flagKey(), event.distinctId(), event.variant());
    }
}
