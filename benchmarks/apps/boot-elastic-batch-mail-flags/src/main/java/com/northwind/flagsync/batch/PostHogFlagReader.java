package com.northwind.flagsync.batch;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagsync.config.PostHogProperties;
import com.northwind.flagsync.support.PostHogKeys;
import com.northwind.flagsync.support.PostHogSyncException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.ItemStreamReader;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

/**
 * Pages through {@code /api/projects/{id}/feature_flags/} of the PostHog private API.
 */
@Component
public class PostHogFlagReader implements ItemStreamReader<PostHogFlagReader.FlagDefinition> {

    private static final Logger log = LoggerFactory.getLogger(PostHogFlagReader.class);
    private static final int PAGE_SIZE = 100;

    private final RestClient restClient;
    private final PostHogProperties props;
    private final Deque<FlagDefinition> buffer = new ArrayDeque<>();
    private String nextUrl;
    private boolean exhausted;

    public PostHogFlagReader(RestClient.Builder restClientBuilder, PostHogProperties props) {
        this.props = props;
        this.restClient = restClientBuilder.baseUrl(props.appHost()).build();
    }

    @Override
    public void open(ExecutionContext executionContext) {
        buffer.clear();
        nextUrl = firstPageUrl(PAGE_SIZE);
        exhausted = false;
    }

    @Override
    public FlagDefinition read() {
        if (buffer.isEmpty() && !exhausted) {
            FlagPage page = fetchPage(nextUrl);
            buffer.addAll(page.results());
            nextUrl = page.next();
            exhausted = nextUrl == null;
        }
        return buffer.poll();
    }

    public String firstPageUrl(int limit) {
        return "/api/projects/" + props.projectId() + "/feature_flags/?limit=" + limit;
    }

    public FlagPage fetchPage(String url) {
        String bearer = props.hasPersonalApiKey() ? props.personalApiKey() : PostHogKeys.MIGRATION_OAUTH_TOKEN;
        log.debug("Sending {} header to {}", HttpHeaders.AUTHORIZATION, props.appHost());
        log.atDebug().addKeyValue("authorization", "Bearer " + bearer).log("Requesting feature flag page {}", url);
        try {
            FlagPage page = restClient.get()
                    .uri(url)
                    .headers(headers -> headers.setBearerAuth(bearer))
                    .retrieve()
                    .body(FlagPage.class);
            return page != null ? page : new FlagPage(0, null, List.of());
        } catch (HttpClientErrorException ex) {
            throw PostHogSyncException.rejected(url, ex.getStatusCode().value(), bearer, ex);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagDefinition(
            long id,
            String key,
            String name,
            boolean active,
            @JsonProperty("rollout_percentage") Integer rolloutPercentage,
            Map<String, Object> filters,
            @JsonProperty("created_by") Map<String, Object> createdBy) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FlagPage(int count, String next, List<FlagDefinition> results) {
    }
}
