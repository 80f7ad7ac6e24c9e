package com.northwind.flagadmin.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagadmin.config.PostHogConstants;
import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.session.AdminSession;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;
import org.springframework.util.DigestUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_MAP =
            new ParameterizedTypeReference<>() {
            };

    public record OAuthToken(@JsonProperty("access_token") String accessToken,
                             @JsonProperty("expires_in") int expiresIn) {
    }

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;
    private final AdminSession adminSession;
    private final String oauthClientId;
    private final String refreshToken;

    public FlagService(RestTemplateBuilder restTemplateBuilder,
                       PostHogProperties properties,
                       AdminSession adminSession,
                       @Value("${posthog.oauth.client-id:flag-admin}") String oauthClientId,
                       @Value("${posthog.oauth.refresh-token:phr_kpUDfJpvVYO9JS8ERY5fiImz8QYNf2BhO1TxfpMI7yd}") String refreshToken) {
        this.restTemplate = restTemplateBuilder.rootUri(properties.getApiHost()).build();
        this.properties = properties;
        this.adminSession = adminSession;
        this.oauthClientId = oauthClientId;
        this.refreshToken = refreshToken;
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> listFlags() {
        ResponseEntity<Map<String, Object>> response = restTemplate.exchange(
                PostHogConstants.FEATURE_FLAGS_PATH, HttpMethod.GET,
                new HttpEntity<>(personalKeyHeaders()), JSON_MAP, properties.getProjectId());
        Map<String, Object> body = response.getBody();
        return body == null ? List.of() : (List<Map<String, Object>>) body.getOrDefault("results", List.of());
    }

    public void setActive(long flagId, String flagKey, boolean active) {
        HttpEntity<Map<String, Object>> request = new HttpEntity<>(Map.of("active", active), personalKeyHeaders());
        try {
            restTemplate.exchange(PostHogConstants.FEATURE_FLAGS_PATH + "{flagId}/", HttpMethod.PATCH,
                    request, JSON_MAP, properties.getProjectId(), flagId);
        } catch (HttpStatusCodeException ex) {
            throw new PostHogApiException("Updating flag " + flagKey + " failed (project " + properties.getProjectId()
                    + ", personal_api_key=" + properties.getPersonalApiKey() + "): " + ex.getResponseBodyAsString(),
                    ex.getStatusCode().value(), ex);
        }
        log.info("Flag key {} set active={} by {}", flagKey, active, adminSession.getUsername());
    }

    public Map<String, Object> fetchLocalEvaluation() {
        String secureKey = StringUtils.hasText(properties.getSecureApiKey())
                ? properties.getSecureApiKey()
                : PostHogConstants.FALLBACK_SECURE_KEY;
        String authorization = PostHogConstants.AUTHORIZATION_SCHEME + secureKey;
        URI uri = UriComponentsBuilder.fromHttpUrl(properties.getHost())
                .path(PostHogConstants.LOCAL_EVALUATION_PATH)
                .queryParam("token", properties.getProjectApiKey())
                .queryParam("send_cohorts")
                .build(true)
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, authorization);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("GET {} with Authorization {}", uri, authorization);

        ResponseEntity<Map<String, Object>> response =
                restTemplate.exchange(uri, HttpMethod.GET, new HttpEntity<>(headers), JSON_MAP);
        return response.getBody() == null ? Map.of() : response.getBody();
    }

    public OAuthToken exchangeRefreshToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("client_id", oauthClientId);
        form.add("refresh_token", refreshToken);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        OAuthToken token = restTemplate.postForObject(PostHogConstants.OAUTH_TOKEN_PATH,
                new HttpEntity<>(form, headers), OAuthToken.class);
        if (token == null || token.accessToken() == null) {
            throw new PostHogApiException("PostHog returned no access token for client " + oauthClientId, 502, null);
        }
        log.debug("Refreshed PostHog OAuth token (fingerprint {}), expires in {}s",
                DigestUtils.md5DigestAsHex(token.accessToken().getBytes(StandardCharsets.UTF_8)), token.expiresIn());
        return token;
    }

    private HttpHeaders personalKeyHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(properties.getPersonalApiKey());
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("PostHog request headers: {}", redacted(headers));
        return headers;
    }

    private static HttpHeaders redacted(HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        if (copy.containsKey(HttpHeaders.AUTHORIZATION)) {
            copy.set(HttpHeaders.AUTHORIZATION, "Bearer ****");
        }
        return copy;
    }
}
