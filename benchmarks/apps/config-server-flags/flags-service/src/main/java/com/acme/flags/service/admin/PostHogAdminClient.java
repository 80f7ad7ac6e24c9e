package com.acme.flags.service.admin;

import com.acme.flags.service.config.PostHogDefaults;
import com.acme.flags.service.config.PostHogProperties;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

@Component
public class PostHogAdminClient {

    private static final Logger log = LoggerFactory.getLogger(PostHogAdminClient.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties props;
    private final String personalApiKey;

    public PostHogAdminClient(RestTemplateBuilder builder,
                              PostHogProperties props,
                              @Value("${posthog.personal-api-key:phx_PUk4nCHPiCgMjVu5KuwW3SLn5mf2qEBydvzbJTSkCUnP4EQA}") String personalApiKey) {
        this.restTemplate = builder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
        this.props = props;
        this.personalApiKey = personalApiKey;
        log.info("PostHog admin client for project {} using key {} ({} chars)",
                props.getProjectId(), mask(personalApiKey), personalApiKey.length());
    }

    public JsonNode listFeatureFlags() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        String url = props.getPrivateApiHost() + "/api/projects/{projectId}/feature_flags/?limit=200";
        try {
            ResponseEntity<JsonNode> response = restTemplate.exchange(
                    url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class, props.getProjectId());
            return response.getBody();
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden ex) {
            throw new PostHogAdminException(
                    "PostHog rejected personal API key " + personalApiKey + " for project " + props.getProjectId(),
                    ex.getStatusCode().value(), ex);
        }
    }

    public JsonNode fetchLocalEvaluationDefinitions() {
        String authorization = PostHogDefaults.AUTH_SCHEME + PostHogDefaults.FALLBACK_SECURE_KEY;
        log.debug("Falling back to local evaluation with Authorization: {}", authorization);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        String url = props.getHost() + "/api/feature_flag/local_evaluation/?token={token}&send_cohorts";
        return restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class, props.getApiKey())
                .getBody();
    }

    public String keyFingerprint() {
        return DigestUtils.md5DigestAsHex(personalApiKey.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
