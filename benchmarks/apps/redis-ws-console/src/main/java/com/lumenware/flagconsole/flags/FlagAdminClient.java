package com.lumenware.flagconsole.flags;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import com.lumenware.flagconsole.config.PostHogProperties;
import com.lumenware.flagconsole.support.KeyMasker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;

/** Talks to PostHog's private API (feature flags of our project) with the personal API key. */
@Service
public class FlagAdminClient {

    private static final Logger log = LoggerFactory.getLogger(FlagAdminClient.class);

    private final RestClient restClient;
    private final PostHogProperties props;

    public FlagAdminClient(RestClient.Builder restClientBuilder, PostHogProperties props) {
        this.props = props;
        this.restClient = restClientBuilder.baseUrl(props.host()).build();
    }

    public List<FlagSummary> listFlags() {
        String personalApiKey = props.personalApiKey();
        log.info("listing flags of project {} as {}", props.projectId(), KeyMasker.mask(personalApiKey));
        try {
            FlagPage page = restClient.get()
                    .uri("/api/projects/{projectId}/feature_flags/?limit=200", props.projectId())
                    .headers(headers -> headers.setBearerAuth(personalApiKey))
                    .retrieve()
                    .body(FlagPage.class);
            return page == null ? List.of() : page.results();
        } catch (RestClientResponseException e) {
            throw new FlagApiException("PostHog rejected personal API key " + personalApiKey, e.getStatusCode(), e);
        }
    }

    public FlagSummary setActive(long flagId, boolean active) {
        log.info("setting flag {} active={} in project {}", flagId, active, props.projectId());
        try {
            return restClient.patch()
                    .uri("/api/projects/{projectId}/feature_flags/{flagId}/", props.projectId(), flagId)
                    .headers(headers -> headers.setBearerAuth(props.personalApiKey()))
                    .body(Map.of("active", active))
                    .retrieve()
                    .body(FlagSummary.class);
        } catch (RestClientResponseException e) {
            throw new FlagApiException("Could not update flag " + flagId, e.getStatusCode(), e);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagSummary(
            long id,
            String key,
            String name,
            boolean active,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage,
            @JsonProperty("created_at") OffsetDateTime createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    private record FlagPage(List<FlagSummary> results) {
    }
}
