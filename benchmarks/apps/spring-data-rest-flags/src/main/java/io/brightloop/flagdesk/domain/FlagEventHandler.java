package io.brightloop.flagdesk.domain;

import java.time.Instant;

import io.brightloop.flagdesk.posthog.PostHogApiClient;
import io.brightloop.flagdesk.posthog.PostHogSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.rest.core.annotation.HandleAfterCreate;
import org.springframework.data.rest.core.annotation.HandleAfterDelete;
import org.springframework.data.rest.core.annotation.HandleAfterSave;
import org.springframework.data.rest.core.annotation.HandleBeforeCreate;
import org.springframework.data.rest.core.annotation.HandleBeforeSave;
import org.springframework.data.rest.core.annotation.RepositoryEventHandler;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

@Component
@RepositoryEventHandler(FeatureFlagDefinition.class)
public class FlagEventHandler {

    private static final Logger log = LoggerFactory.getLogger(FlagEventHandler.class);

    private final PostHogApiClient posthogApi;
    private final FeatureFlagRepository repository;

    public FlagEventHandler(PostHogApiClient posthogApi, FeatureFlagRepository repository) {
        this.posthogApi = posthogApi;
        this.repository = repository;
    }

    @HandleBeforeCreate
    @HandleBeforeSave
    public void stamp(FeatureFlagDefinition flag) {
        flag.setUpdatedBy(currentUser());
        flag.setUpdatedAt(Instant.now());
    }

    @HandleAfterCreate
    public void afterCreate(FeatureFlagDefinition flag) {
        try {
            long posthogId = posthogApi.createFlag(flag);
            flag.setPosthogFlagId(posthogId);
            repository.save(flag);
            log.info("Flag {} created by {} and linked to PostHog flag {}", flag.getFlagKey(), flag.getUpdatedBy(), posthogId);
        } catch (PostHogSyncException ex) {
            log.error("Could not create flag {} in PostHog", flag.getFlagKey(), ex);
        }
    }

    @HandleAfterSave
    public void afterSave(FeatureFlagDefinition flag) {
        if (flag.getPosthogFlagId() == null) {
            afterCreate(flag);
            return;
        }
        try {
            posthogApi.updateFlag(flag);
        } catch (PostHogSyncException ex) {
            log.warn("PostHog answered HTTP {} while updating flag {}", ex.getStatusCode(), flag.getFlagKey());
        }
    }

    @HandleAfterDelete
    public void afterDelete(FeatureFlagDefinition flag) {
        if (flag.getPosthogFlagId() != null) {
            posthogApi.archiveFlag(flag.getPosthogFlagId());
        }
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null ? authentication.getName() : "system";
    }
}
