package com.northwind.flagsync.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.northwind.flagsync.config.PostHogProperties;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** Builds the status document the admin UI polls. */
@Component
public class FlagSyncStatusMapper {

    private final PostHogProperties properties;

    public FlagSyncStatusMapper(PostHogProperties properties) {
        this.properties = properties;
    }

    public FlagSyncStatus toStatus(Instant lastSync, int flagCount) {
        return new FlagSyncStatus(lastSync, flagCount, properties.getHost(),
                properties.getFeatureFlagsSecureApiKey());
    }

    /**
     * @param evaluationKey the key the admin UI's "evaluate locally" button sends back to us
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FlagSyncStatus(Instant lastSync, int flagCount, String host, String evaluationKey) {
    }
}
