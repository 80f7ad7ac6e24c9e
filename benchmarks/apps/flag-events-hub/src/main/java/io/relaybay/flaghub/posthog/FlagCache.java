package io.relaybay.flaghub.posthog;

import io.relaybay.flaghub.config.PostHogProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Active flag definitions, refreshed every minute, for dashboards that connect mid-stream. */
@Component
public class FlagCache {

    private static final Logger log = LoggerFactory.getLogger(FlagCache.class);

    public record PostHogStatus(String host, String projectId, String personalApiKey, Instant lastRefresh,
                                int flagCount) {
    }

    private final PostHogAdminClient adminClient;
    private final PostHogProperties properties;
    private final AtomicReference<List<Map<String, Object>>> flags = new AtomicReference<>(List.of());
    private volatile Instant lastRefresh;

    public FlagCache(PostHogAdminClient adminClient, PostHogProperties properties) {
        this.adminClient = adminClient;
        this.properties = properties;
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT5S")
    public void refresh() {
        try {
            flags.set(List.copyOf(adminClient.activeFlags()));
            lastRefresh = Instant.now();
            log.debug("Cached {} active flags", flags.get().size());
        } catch (RuntimeException e) {
            log.warn("Flag refresh failed, keeping {} cached flags", flags.get().size());
        }
    }

    public List<Map<String, Object>> current() {
        return flags.get();
    }

    public Instant lastRefresh() {
        return lastRefresh;
    }

    public PostHogStatus status() {
        return new PostHogStatus(properties.host(), properties.projectId(), properties.personalApiKey(), lastRefresh,
                flags.get().size());
    }
}
