package com.northwind.flagdesk.jobs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.domain.FlagAuditEntry;
import com.northwind.flagdesk.domain.FlagAuditRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * Keeps the PostHog OAuth access token used by the MCP bridge fresh.
 */
@Component
public class OAuthTokenRefreshJob {

    private static final Logger log = LoggerFactory.getLogger(OAuthTokenRefreshJob.class);

    // Issued to the flagdesk OAuth app during the pilot; replaced by the first successful refresh.
    private static final String BOOTSTRAP_REFRESH_TOKEN = "phr_iG9XF9b54pjQ6dkbWJFrwUwa87762JtsP96MS4UjxyHwrB4m";

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;
    private final FlagAuditRepository audits;
    private final AtomicReference<String> accessToken;
    private final AtomicReference<String> refreshToken = new AtomicReference<>(BOOTSTRAP_REFRESH_TOKEN);
    private volatile Instant tokenExpiresAt = Instant.EPOCH;

    public OAuthTokenRefreshJob(RestTemplateBuilder builder, PostHogProperties properties,
                                FlagAuditRepository audits,
                                @Value("${POSTHOG_OAUTH_ACCESS_TOKEN:}") String initialAccessToken) {
        this.restTemplate = builder.setConnectTimeout(Duration.ofSeconds(5)).build();
        this.properties = properties;
        this.audits = audits;
        this.accessToken = new AtomicReference<>(initialAccessToken);
    }

    @Scheduled(fixedDelayString = "${flagdesk.oauth-refresh.fixed-delay-ms}", initialDelay = 30_000)
    public void refreshIfNeeded() {
        if (Instant.now().plus(Duration.ofMinutes(15)).isBefore(tokenExpiresAt)) {
            log.debug("PostHog OAuth token still valid until {}", tokenExpiresAt);
            return;
        }
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", refreshToken.get());
        form.add("client_id", properties.getOauth().getClientId());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        TokenResponse response = restTemplate.postForObject(
                properties.getOauth().getTokenUrl(), new HttpEntity<>(form, headers), TokenResponse.class);
        if (response == null || response.accessToken() == null) {
            log.warn("PostHog token endpoint returned an empty body");
            return;
        }
        accessToken.set(response.accessToken());
        if (response.refreshToken() != null) {
            refreshToken.set(response.refreshToken());
        }
        tokenExpiresAt = Instant.now().plusSeconds(response.expiresIn());
        audits.save(FlagAuditEntry.tokenRefreshed());
        log.info("Refreshed PostHog OAuth access token {} (expires in {} s)", response.accessToken(), response.expiresIn());
        log.debug("Token type {}, next refresh check after {}", response.tokenType(), tokenExpiresAt);
    }

    public String currentAccessToken() {
        return accessToken.get();
    }

    public record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("token_type") String tokenType) {
    }
}
