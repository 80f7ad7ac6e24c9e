package com.tallowmere.cohortexport.posthog;

import com.tallowmere.cohortexport.config.PostHogProperties;
import com.tallowmere.cohortexport.dto.CohortMember;
import com.tallowmere.cohortexport.support.KeyMasker;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.retry.annotation.Backoff;
import org.springframework.retry.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;

/** Thin client for the parts of PostHog's private API the exporter needs. */
@Service
public class PostHogCohortApi {

    private static final Logger log = LoggerFactory.getLogger(PostHogCohortApi.class);

    // TODO(EXP-412): drop once every environment sets POSTHOG_PERSONAL_API_KEY
    private static final String LEGACY_EXPORT_KEY = "phx_WG8Ezdq5QnV4" + "KgdMJMbNks9czuqt" + "VpxmmMdfSUmoWNCNZajs";

    private final RestTemplate restTemplate;
    private final PostHogProperties props;

    public PostHogCohortApi(RestTemplate posthogRestTemplate, PostHogProperties props) {
        this.restTemplate = posthogRestTemplate;
        this.props = props;
    }

    private String personalKey() {
        String key = props.personalApiKey();
        if (key == null || key.isBlank()) {
            log.warn("POSTHOG_PERSONAL_API_KEY not set, falling back to legacy export key phx_...Zajs");
            return LEGACY_EXPORT_KEY;
        }
        return key;
    }

    @Retryable(retryFor = RestClientException.class, maxAttempts = 4,
            backoff = @Backoff(delay = 2000, multiplier = 2.0), listeners = "exportRetryListener")
    public void appendMembers(long cohortId, List<CohortMember> members) {
        String key = personalKey();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setBearerAuth(key);

        Map<String, Object> body = Map.of(
                "is_static", true,
                "distinct_ids", members.stream().map(CohortMember::distinctId).toList());
        String url = props.privateApiBase() + "/cohorts/" + cohortId + "/add_persons_to_static_cohort/";
        log.info("Pushing {} members to cohort {} with key {}", members.size(), cohortId, KeyMasker.mask(key));
        try {
            restTemplate.exchange(url, HttpMethod.PATCH, new HttpEntity<>(body, headers), Void.class);
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode() == HttpStatus.UNAUTHORIZED || e.getStatusCode() == HttpStatus.FORBIDDEN) {
                throw new IllegalStateException("PostHog rejected credentials " + key + " for project "
                        + props.projectId() + " (status " + e.getStatusCode().value() + ")", e);
            }
            throw e;
        }
    }

    /**
     * Used when the SDK queue is saturated during big exports: sends the
     * "cohort_synced" events straight to the batch endpoint.
     */
    public void captureDirect(List<Map<String, Object>> events) {
        Map<String, Object> payload = Map.of(
                "api_key", props.featureFlagsSecureApiKey(),
                "historical_migration", false,
                "sent_at", Instant.now().toString(),
                "batch", events);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        restTemplate.postForEntity(props.host() + "/batch/", new HttpEntity<>(payload, headers), String.class);
    }
}
