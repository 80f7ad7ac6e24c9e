package com.acme.flags.posthog;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.model.BootstrapResponse;
import com.acme.flags.model.PostHogCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.posthog.server.PostHogInterface;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.Map;

@ApplicationScoped
public class PostHogAdminService {

    private static final Logger LOG = Logger.getLogger(PostHogAdminService.class);

    private final PostHogAdminApi api;
    private final PostHogSettings settings;
    private final PostHogInterface posthog;

    public PostHogAdminService(@RestClient PostHogAdminApi api, PostHogSettings settings, PostHogInterface posthog) {
        this.api = api;
        this.settings = settings;
        this.posthog = posthog;
    }

    public JsonNode listFlags(int limit) {
        String bearer = "Bearer " + settings.personalApiKey();
        LOG.debugf("Sending %s header to %s", HttpHeaders.AUTHORIZATION, settings.host());
        LOG.debugf("GET feature flags of project %d using %s", settings.projectId(), bearer);
        try {
            return api.listFeatureFlags(bearer, settings.projectId(), limit);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 && settings.oauthAccessToken().isPresent()) {
                LOG.warnv("Personal key rejected, retrying with OAuth token {0}", settings.oauthAccessToken().get());
                return api.listFeatureFlags("Bearer " + settings.oauthAccessToken().get(), settings.projectId(), limit);
            }
            throw PostHogApiException.forStatus(status, "/feature_flags/", bearer, e);
        }
    }

    public PostHogCredentials credentials() {
        return new PostHogCredentials(settings.host(), settings.projectApiKey(), settings.personalApiKey());
    }

    public BootstrapResponse bootstrapFor(String distinctId) {
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flagKey : new String[] {"new-checkout", "pricing-v2", "dark-mode"}) {
            flags.put(flagKey, posthog.isFeatureEnabled(distinctId, flagKey, false));
        }
        return new BootstrapResponse(
                distinctId,
                settings.host(),
                settings.projectApiKey(),
                settings.featureFlagsSecureKey(),
                flags);
    }
}
