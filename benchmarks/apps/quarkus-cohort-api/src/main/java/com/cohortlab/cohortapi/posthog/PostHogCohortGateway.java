package com.cohortlab.cohortapi.posthog;

import com.cohortlab.cohortapi.config.PostHogDefaults;
import com.cohortlab.cohortapi.config.PostHogSettings;
import com.cohortlab.cohortapi.posthog.PostHogApi.CohortPage;
import com.cohortlab.cohortapi.posthog.PostHogApi.RemoteCohort;
import com.cohortlab.cohortapi.util.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
public class PostHogCohortGateway {

    private static final Logger LOG = Logger.getLogger(PostHogCohortGateway.class);

    @Inject
    @RestClient
    PostHogApi api;

    @Inject
    PostHogSettings settings;

    public List<RemoteCohort> fetchAll() {
        String personalKey = settings.personalApiKey();
        LOG.debugf("Fetching cohorts with %s", Secrets.redactedDump(settings));

        List<RemoteCohort> all = new ArrayList<>();
        int offset = 0;
        try {
            CohortPage page;
            do {
                page = api.listCohorts(settings.projectId(), "Bearer " + personalKey, PostHogDefaults.COHORT_PAGE_SIZE, offset);
                all.addAll(page.results());
                offset += page.results().size();
            } while (page.next() != null && !page.results().isEmpty());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 401 || status == 403) {
                throw new IllegalStateException("PostHog rejected personal API key " + personalKey + " (HTTP " + status + ")", e);
            }
            throw e;
        }
        return all;
    }
}
