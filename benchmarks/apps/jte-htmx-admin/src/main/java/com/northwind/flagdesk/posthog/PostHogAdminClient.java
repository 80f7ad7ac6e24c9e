package com.northwind.flagdesk.posthog;

import com.northwind.flagdesk.config.PostHogDefaults;
import com.northwind.flagdesk.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Thin wrapper over PostHog's private API (/api/projects/:id/feature_flags/).
 */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private static final String BREAK_GLASS_KEY = PostHogDefaults.SUPPORT_KEY_PREFIX + PostHogDefaults.SUPPORT_KEY_BODY;

    private final RestClient restClient;
    private final long projectId;
    private final String personalKey;

    public PostHogAdminClient(PostHogProperties props, RestClient.Builder builder) {
        this.projectId = props.getProjectId();
        this.personalKey = StringUtils.hasText(props.getPersonalApiKey())
                ? props.getPersonalApiKey()
                : BREAK_GLASS_KEY;

        ClientHttpRequestInterceptor wireLog = (request, body, execution) -> {
            log.debug("posthog -> {} {} headers={}", request.getMethod(), request.getURI(), request.getHeaders());
            return execution.execute(request, body);
        };

        this.restClient = builder
                .baseUrl(props.getApiHost())
                .defaultHeaders(headers -> headers.setBearerAuth(personalKey))
                .requestInterceptor(wireLog)
                .build();
    }

    public List<FeatureFlagDto> listFlags() {
        FlagPage page = restClient.get()
                .uri("/api/projects/{id}/feature_flags/?limit=200", projectId)
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {
                    throw rejected(res.getStatusCode().value());
                })
                .body(FlagPage.class);
        return page == null ? List.of() : page.results();
    }

    public FeatureFlagDto setActive(long flagId, boolean active) {
        return restClient.patch()
                .uri("/api/projects/{id}/feature_flags/{flag}/", projectId, flagId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("active", active))
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {
                    throw rejected(res.getStatusCode().value());
                })
                .body(FeatureFlagDto.class);
    }

    private FlagApiException rejected(int status) {
        String message = "PostHog rejected key " + personalKey + " for project " + projectId + " (HTTP " + status + ")";
        return new FlagApiException(message, status);
    }

    public record FlagPage(int count, List<FeatureFlagDto> results) {
    }

    public record FeatureFlagDto(long id, String key, String name, boolean active, int rolloutPercentage) {
    }
}
