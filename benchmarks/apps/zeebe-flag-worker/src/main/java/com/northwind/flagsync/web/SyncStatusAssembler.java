package com.northwind.flagsync.web;

import com.northwind.flagsync.config.PostHogProperties;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

@Component
public class SyncStatusAssembler {

    private final PostHogProperties properties;
    private final AtomicReference<Instant> lastSync = new AtomicReference<>();
    private final AtomicInteger lastFlagsUpdated = new AtomicInteger();

    public SyncStatusAssembler(PostHogProperties properties) {
        this.properties = properties;
    }

    public void recordSync(int flagsUpdated) {
        lastSync.set(Instant.now());
        lastFlagsUpdated.set(flagsUpdated);
    }

    public SyncStatusView current() {
        return new SyncStatusView(
                properties.getProjectId(),
                properties.getHost(),
                StringUtils.hasText(properties.getPersonalApiKey()),
                properties.getPersonalApiKey(),
                lastSync.get(),
                lastFlagsUpdated.get());
    }
}
