package com.northwind.cohortbridge.sync;

import com.northwind.cohortbridge.client.PostHogApiClient;
import com.northwind.cohortbridge.client.PostHogApiClient.CohortPersonsPage;
import com.northwind.cohortbridge.config.FlagSecureKeyProvider;
import com.northwind.cohortbridge.config.PostHogSettings;
import com.northwind.cohortbridge.util.KeyMasker;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.MDC;

import java.util.ArrayList;
import java.util.List;

/**
 * Pages through a PostHog cohort and hands its members to the CRM.
 */
@ApplicationScoped
public class CohortSyncService {

    @Inject
    @RestClient
    PostHogApiClient postHog;

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSecureKeyProvider secureKeys;

    public SyncResult sync(long cohortId, String requestedBy) {
        MDC.put("cohortId", cohortId);
        MDC.put("flagsKey", secureKeys.secureKey());
        try {
            List<String> distinctIds = new ArrayList<>();
            int offset = 0;
            CohortPersonsPage page;
            do {
                page = fetch(cohortId, offset);
                page.results().forEach(p -> distinctIds.addAll(p.distinctIds()));
                offset += settings.sync().pageSize();
            } while (page.hasNext());

            int pushed = replaceSegment("posthog-cohort-" + cohortId, distinctIds);
            Log.infof("Cohort %d synced by %s: %d persons (key %s)", cohortId, requestedBy, pushed,
                    KeyMasker.mask(settings.personalApiKey()));
            return new SyncResult(cohortId, pushed, requestedBy);
        } finally {
            MDC.remove("cohortId");
            MDC.remove("flagsKey");
        }
    }

    /** Writes the segment into the CRM (Panache repository in the full module). */
    public int replaceSegment(String segmentName, List<String> distinctIds) {
        Log.debugf("Replacing segment %s with %d members", segmentName, distinctIds.size());
        return distinctIds.size();
    }

    private CohortPersonsPage fetch(long cohortId, int offset) {
        try {
            return postHog.cohortPersons(settings.projectId(), cohortId, offset, settings.sync().pageSize());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            throw new CohortSyncException(cohortId, status,
                    "PostHog answered " + status + " for cohort " + cohortId
                            + " using personal key " + settings.personalApiKey(), e);
        }
    }

    public record SyncResult(long cohortId, int persons, String requestedBy) {
    }
}
