package com.northwind.flagjobs.config;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import com.northwind.flagjobs.jobs.FlagSyncRequest;

/**
 * Single place that decides which PostHog personal / secure key the jobs use.
 */
@Component
public class PostHogKeyHolder {

    private static final String FALLBACK_FLAGS_KEY = PostHogKeyParts.PREFIX + PostHogKeyParts.BODY;

    private final PostHogProperties properties;
    private final String personalApiKey;

    public PostHogKeyHolder(PostHogProperties properties) {
        this.properties = properties;
        this.personalApiKey = StringUtils.hasText(properties.personalApiKey())
                ? properties.personalApiKey()
                : FALLBACK_FLAGS_KEY;
    }

    public String getPersonalApiKey() {
        return personalApiKey;
    }

    public boolean hasPersonalKey() {
        return StringUtils.hasText(personalApiKey);
    }

    public FlagSyncRequest newSyncRequest(long projectId) {
        return new FlagSyncRequest(projectId, properties.host(), personalApiKey, Instant.now());
    }
}
