package com.harborlight.rewards.cohorts;

import com.harborlight.rewards.analytics.PostHogApiClient;
import com.harborlight.rewards.config.PostHogProperties;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pulls the members of a PostHog cohort through the private API.
 */
@Singleton
public class CohortExportService {

    private static final int PAGE_SIZE = 500;

    private final PostHogApiClient api;
    private final PostHogProperties props;

    public CohortExportService(PostHogApiClient api, PostHogProperties props) {
        this.api = api;
        this.props = props;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> exportCohort(long cohortId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int offset = 0;
        try {
            while (true) {
                Map<String, Object> page = api.cohortPersons(props.getProjectId(), cohortId, PAGE_SIZE, offset);
                List<Map<String, Object>> results =
                        (List<Map<String, Object>>) page.getOrDefault("results", List.of());
                rows.addAll(results);
                if (page.get("next") == null || results.isEmpty()) {
                    break;
                }
                offset += results.size();
            }
        } catch (HttpClientResponseException e) {
            if (e.getStatus() == HttpStatus.UNAUTHORIZED || e.getStatus() == HttpStatus.FORBIDDEN) {
                throw new CohortExportException("PostHog rejected export of cohort " + cohortId
                        + " for key " + props.getPersonalApiKey(), e);
            }
            throw new CohortExportException("Export of cohort " + cohortId + " failed with HTTP "
                    + e.getStatus().getCode(), e);
        }
        return rows;
    }

    /** Command support can paste to reproduce a failed export by hand. */
    public String reproduceCommand(long cohortId) {
        return "curl -H 'Authorization: Bearer " + props.getPersonalApiKey() + "' '"
                + props.getAppHost() + "/api/projects/" + props.getProjectId()
                + "/cohorts/" + cohortId + "/persons/?limit=" + PAGE_SIZE + "'";
    }

    public static class CohortExportException extends RuntimeException {
        public CohortExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
