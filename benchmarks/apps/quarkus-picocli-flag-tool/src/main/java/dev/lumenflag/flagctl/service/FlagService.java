package dev.lumenflag.flagctl.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.lumenflag.flagctl.client.PostHogAdminClient;
import dev.lumenflag.flagctl.client.PostHogAdminClient.FeatureFlag;
import dev.lumenflag.flagctl.client.PostHogApiException;
import dev.lumenflag.flagctl.config.FlagToolDefaults;
import dev.lumenflag.flagctl.config.PostHogSettings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

@ApplicationScoped
public class FlagService {

    private static final Logger LOG = Logger.getLogger(FlagService.class);

    @Inject
    PostHogSettings settings;

    @Inject
    @RestClient
    PostHogAdminClient admin;

    private PostHogInterface postHog;

    @PostConstruct
    void init() {
        PostHogConfig config = PostHogConfig.builder(settings.projectApiKey())
                .host(settings.ingestHost())
                .personalApiKey(settings.personalApiKey().orElse(null))
                .debug(settings.sdkDebug())
                .pollIntervalSeconds(60)
                .build();
        postHog = PostHog.with(config);
        LOG.debugf("PostHog client ready for project %d (local evaluation: %b)",
                settings.projectId(), settings.personalApiKey().isPresent());
    }

    @PreDestroy
    void shutdown() {
        if (postHog != null) {
            postHog.close();
        }
    }

    public List<FeatureFlag> listFlags(boolean activeOnly) {
        try {
            return admin.listFlags(settings.projectId(), activeOnly ? Boolean.TRUE : null, FlagToolDefaults.PAGE_SIZE)
                    .results();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new PostHogApiException("Listing flags of project " + settings.projectId() + " failed with HTTP "
                    + status + " using key " + settings.personalApiKey().orElse("<none>"), status, e);
        }
    }

    public FeatureFlag setActive(long flagId, boolean active) {
        try {
            return admin.patchFlag(settings.projectId(), flagId, Map.of("active", active));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new PostHogApiException("Updating flag " + flagId + " failed with HTTP " + status, status, e);
        }
    }

    public boolean isEnabled(String flagKey, String distinctId) {
        return postHog.isFeatureEnabled(distinctId, flagKey);
    }

    public Object variant(String flagKey, String distinctId) {
        return postHog.getFeatureFlag(distinctId, flagKey);
    }
}
