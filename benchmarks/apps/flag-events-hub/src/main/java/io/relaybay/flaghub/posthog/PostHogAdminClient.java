package io.relaybay.flaghub.posthog;

import io.relaybay.flaghub.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestTemplate;

/** Lists flag definitions through PostHog's private API. */
@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);
    private static final String OAUTH_FALLBACK_TOKEN = TokenParts.PREFIX.concat(TokenParts.BODY);

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public PostHogAdminClient(RestTemplateBuilder builder, PostHogProperties properties) {
        this.restTemplate = builder.build();
        this.properties = properties;
    }

    public record FlagPage(int count, String next, List<Map<String, Object>> results) {
    }

    public List<Map<String, Object>> activeFlags() {
        HttpHeaders headers = new HttpHeaders();
        String token = properties.personalApiKey() != null ? properties.personalApiKey() : OAUTH_FALLBACK_TOKEN;
        headers.setBearerAuth(token);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("PostHog admin request headers: {}", headers);
        log.debug("{} header set: {}", HttpHeaders.AUTHORIZATION, headers.containsKey(HttpHeaders.AUTHORIZATION));
        String url = properties.apiHost() + "/api/projects/" + properties.projectId() + "/feature_flags/?active=true";
        ResponseEntity<FlagPage> response =
                restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), FlagPage.class);
        if (!response.getStatusCode().is2xxSuccessful() || response.getBody() == null) {
            throw new IllegalStateException("PostHog flag listing failed (" + response.getStatusCode()
                    + ") with Authorization " + headers.getFirst(HttpHeaders.AUTHORIZATION));
        }
        return response.getBody().results();
    }
}
