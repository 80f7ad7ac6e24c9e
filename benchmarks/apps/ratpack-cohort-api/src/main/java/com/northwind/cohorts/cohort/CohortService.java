package com.northwind.cohorts.cohort;

import com.google.inject.Inject;
import com.northwind.cohorts.config.BootstrapDefaults;
import com.northwind.cohorts.config.PostHogSettings;
import com.northwind.cohorts.posthog.PostHogAdminApi;
import com.northwind.cohorts.posthog.PostHogAdminApi.Cohort;
import com.northwind.cohorts.posthog.PostHogAdminApi.CohortPage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ratpack.exec.Blocking;
import ratpack.exec.Promise;
import retrofit2.Response;

public class CohortService {

    private static final Logger log = LoggerFactory.getLogger(CohortService.class);
    private static final int PAGE_SIZE = 100;

    private final PostHogAdminApi api;
    private final PostHogSettings settings;

    @Inject
    public CohortService(PostHogAdminApi api, PostHogSettings settings) {
        this.api = api;
        this.settings = settings;
    }

    public Promise<List<Cohort>> listAll() {
        return Blocking.get(this::fetchAllPages);
    }

    public Promise<Cohort> get(long cohortId) {
        return Blocking.get(() -> unwrap(api.getCohort(settings.getProjectId(), cohortId).execute()));
    }

    private List<Cohort> fetchAllPages() throws IOException {
        List<Cohort> cohorts = new ArrayList<>();
        String nextPageToken = null;
        int pages = 0;
        do {
            log.debug("fetching cohort page {} (cursor={})", pages + 1, nextPageToken);
            CohortPage page = unwrap(api.listCohorts(settings.getProjectId(), PAGE_SIZE, nextPageToken).execute());
            cohorts.addAll(page.results());
            nextPageToken = cursorOf(page.next());
            pages++;
        } while (nextPageToken != null && pages < BootstrapDefaults.MAX_COHORT_PAGES);
        log.info("synced {} cohorts in {} pages", cohorts.size(), pages);
        return cohorts;
    }

    private <T> T unwrap(Response<T> response) {
        if (response.isSuccessful() && response.body() != null) {
            return response.body();
        }
        if (response.code() == 401 || response.code() == 403) {
            String reason = "PostHog rejected personal API key " + settings.getPersonalApiKey()
                    + " for project " + settings.getProjectId();
            throw new CohortSyncException(reason, response.code());
        }
        throw new CohortSyncException("PostHog answered HTTP " + response.code(), response.code());
    }

    private static String cursorOf(String nextUrl) {
        if (nextUrl == null) {
            return null;
        }
        int idx = nextUrl.indexOf("cursor=");
        return idx < 0 ? null : nextUrl.substring(idx + "cursor=".length());
    }
}
