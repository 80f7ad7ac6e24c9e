package com.northwind.flagsync.web;

import java.time.LocalDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.support.PostHogKeys;
import org.springframework.batch.core.JobExecution;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record SyncStatusResponse(
        String posthogHost,
        long projectId,
        String projectApiKey,
        boolean personalApiKeyConfigured,
        String personalApiKeyHint,
        String flagsSecureKey,
        String lastStatus,
        LocalDateTime lastRunEnd) {

    public static SyncStatusResponse summary(PostHogProperties props, JobExecution last) {
        return new SyncStatusResponse(
                props.host(),
                props.projectId(),
                props.projectApiKey(),
                props.hasPersonalApiKey(),
                PostHogKeys.mask(props.personalApiKey()),
                null,
                last != null ? last.getStatus().name() : "NEVER_RUN",
                last != null ? last.getEndTime() : null);
    }

    /**
     * Settings for the admin SPA's flag preview widget, which evaluates flags in the browser.
     */
    public static SyncStatusResponse clientSettings(PostHogProperties props) {
        return new SyncStatusResponse(
                props.host(),
                props.projectId(),
                props.projectApiKey(),
                props.hasPersonalApiKey(),
                PostHogKeys.mask(props.personalApiKey()),
                props.secureFlagsKey(),
                null,
                null);
    }
}
