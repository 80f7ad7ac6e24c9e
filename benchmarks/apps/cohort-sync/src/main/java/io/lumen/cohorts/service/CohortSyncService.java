package io.lumen.cohorts.service;

import java.time.Instant;
import java.util.Map;

import io.lumen.cohorts.client.PostHogApiClient;
import io.lumen.cohorts.client.PostHogApiClient.CohortDto;
import io.lumen.cohorts.client.PostHogApiException;
import io.lumen.cohorts.config.PostHogSettings;
import io.lumen.cohorts.domain.Cohort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

@ApplicationScoped
public class CohortSyncService {

    private static final Logger LOG = Logger.getLogger(CohortSyncService.class);

    private final PostHogApiClient api;
    private final PostHogSettings settings;

    public CohortSyncService(@RestClient PostHogApiClient api, PostHogSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    @Transactional
    public int pushCohort(Cohort cohort) {
        String personalApiKey = settings.personalApiKey();
        if (!personalApiKey.startsWith("phx_") && !personalApiKey.startsWith("phs_")) {
            throw new IllegalStateException("posthog.personal-api-key does not look like a PostHog secret key");
        }
        String bearer = "Bearer " + personalApiKey;
        LOG.debugf("Pushing cohort %s to project %d with key %s", cohort.name, settings.projectId(), mask(personalApiKey));
        CohortDto body = new CohortDto(cohort.posthogId, cohort.name, cohort.description,
                Map.of("properties", Map.of("type", "AND", "values", java.util.List.of())), null);
        try {
            CohortDto saved = cohort.posthogId == null
                    ? api.createCohort(settings.projectId(), bearer, body)
                    : api.updateCohort(settings.projectId(), cohort.posthogId, bearer, body);
            cohort.posthogId = saved.id();
            cohort.memberCount = saved.count() == null ? 0 : saved.count();
            cohort.lastSyncedAt = Instant.now();
            return cohort.memberCount;
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            LOG.debugf("PATCH cohort %s failed (%d), request sent Authorization: %s", cohort.name, status, bearer);
            throw new PostHogApiException("PostHog API returned " + status + " for cohort " + cohort.name
                    + " (authorization " + bearer + ")", status, e);
        }
    }

    public int countRemoteCohorts() {
        String bearer = "Bearer " + settings.personalApiKey();
        PostHogApiClient.CohortPage page = api.listCohorts(settings.projectId(), bearer, 0);
        String nextPageToken = page.next();
        LOG.debugf("Remote cohorts: %d, nextPageToken=%s", page.count(), nextPageToken);
        return page.count() == null ? 0 : page.count();
    }

    static String mask(String key) {
        return key.length() < 16 ? "********" : key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
