package com.northwind.flagdeck.service;

import com.northwind.flagdeck.client.PostHogAdminClient;
import com.northwind.flagdeck.config.PostHogSettings;
import com.northwind.flagdeck.dto.FlagDefinition;
import com.northwind.flagdeck.dto.FlagPage;
import com.northwind.flagdeck.error.FlagSyncException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Wraps the PostHog admin API and turns upstream failures into {@link FlagSyncException}.
 */
@ApplicationScoped
public class PostHogAdminGateway {

    @Inject
    @RestClient
    PostHogAdminClient adminClient;

    @Inject
    PostHogSettings settings;

    public List<FlagDefinition> listFlags(int limit) {
        try {
            FlagPage page = adminClient.list(settings.getProjectId(), limit);
            return page.results();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                String personalKey = settings.getPersonalApiKey();
                throw new FlagSyncException("PostHog rejected personal API key " + personalKey
                        + " for project " + settings.getProjectId(), status);
            }
            throw new FlagSyncException("PostHog flag listing failed with HTTP " + status, status);
        }
    }

    public void setActive(long flagId, boolean active) {
        adminClient.update(settings.getProjectId(), flagId, UUID.randomUUID().toString(),
                Map.of("active", active));
    }
}
