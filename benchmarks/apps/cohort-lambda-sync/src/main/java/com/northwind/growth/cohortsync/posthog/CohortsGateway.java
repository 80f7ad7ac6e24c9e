package com.northwind.growth.cohortsync.posthog;

import com.google.inject.Inject;
import com.northwind.growth.cohortsync.cohort.CohortDefinition;
import com.northwind.growth.cohortsync.cohort.CohortSyncException;
import com.northwind.growth.cohortsync.cohort.FilterExpressions;
import com.northwind.growth.cohortsync.config.SettingsNames;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.posthog.client.ApiClient;
import com.northwind.posthog.client.ApiException;
import com.northwind.posthog.client.api.CohortsApi;
import com.northwind.posthog.client.auth.ApiKeyAuth;
import com.northwind.posthog.client.model.Cohort;
import com.northwind.posthog.client.model.PaginatedCohortList;
import com.northwind.posthog.client.model.PatchedCohort;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Thin wrapper around the generated {@link CohortsApi}: lists existing cohorts once per run and
 * creates or patches them by name.
 */
public class CohortsGateway {

    private static final Logger LOG = LogManager.getLogger(CohortsGateway.class);

    private static final int PAGE_SIZE = 100;
    static final String MANAGED_TAG = "[managed by cohort-sync]";

    private final ApiClient apiClient;
    private final CohortsApi cohortsApi;
    private final String projectId;

    @Inject
    public CohortsGateway(ApiClient apiClient, SyncSettings settings) {
        this.apiClient = apiClient;
        this.cohortsApi = new CohortsApi(apiClient);
        this.projectId = settings.projectIdAsString();
    }

    /** Managed cohorts currently in PostHog, by name. */
    public Map<String, Integer> existingManagedCohorts() throws CohortSyncException {
        Map<String, Integer> byName = new HashMap<>();
        int offset = 0;
        try {
            PaginatedCohortList page;
            do {
                page = cohortsApi.cohortsList(projectId, PAGE_SIZE, offset);
                for (Cohort cohort : page.getResults()) {
                    if (cohort.getDescription() != null && cohort.getDescription().contains(MANAGED_TAG)) {
                        byName.put(cohort.getName(), cohort.getId());
                    }
                }
                offset += PAGE_SIZE;
            } while (page.getNext() != null);
        } catch (ApiException e) {
            throw failure("list cohorts", e);
        }
        return byName;
    }

    public Cohort upsert(CohortDefinition definition, Integer existingId) throws CohortSyncException {
        Object filters = FilterExpressions.toPostHogFilters(definition.filterExpression());
        String description = definition.description() + "\n\n" + MANAGED_TAG;
        try {
            if (existingId == null) {
                Cohort cohort = new Cohort()
                        .name(definition.name())
                        .description(description)
                        .isStatic(false)
                        .filters(filters);
                return cohortsApi.cohortsCreate(projectId, cohort);
            }
            PatchedCohort patch = new PatchedCohort()
                    .description(description)
                    .filters(filters);
            return cohortsApi.cohortsPartialUpdate(existingId, projectId, patch);
        } catch (ApiException e) {
            throw failure("upsert cohort '" + definition.name() + "'", e);
        }
    }

    private CohortSyncException failure(String action, ApiException e) {
        if (e.getCode() == 401 || e.getCode() == 403) {
            ApiKeyAuth auth = (ApiKeyAuth) apiClient.getAuthentication(SettingsNames.PERSONAL_KEY_AUTH_NAME);
            LOG.error("PostHog denied {} in project {} using key {}: {}", action, projectId, auth.getApiKey(), e.getResponseBody());
            return new CohortSyncException("PostHog denied " + action + " (HTTP " + e.getCode() + ")", e);
        }
        return new CohortSyncException("Failed to " + action + " in project " + projectId + " (HTTP " + e.getCode() + ")", e);
    }
}
