package com.brightlane.flagdigest.flags;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

import com.brightlane.flagdigest.config.PostHogConstants;
import com.brightlane.flagdigest.config.PostHogProperties;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.util.UriComponentsBuilder;

@Component
public class FlagChangeFetcher {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeFetcher.class);

    private final RestTemplate restTemplate;
    private final PostHogProperties properties;

    public FlagChangeFetcher(RestTemplateBuilder restTemplateBuilder, PostHogProperties properties) {
        this.restTemplate = restTemplateBuilder
                .setConnectTimeout(Duration.ofSeconds(5))
                .setReadTimeout(Duration.ofSeconds(20))
                .build();
        this.properties = properties;
    }

    public List<FlagChange> fetchChangesSince(ZonedDateTime since) {
        String personalApiKey = properties.getPersonalApiKey();
        if (personalApiKey == null || personalApiKey.isBlank()) {
            throw new FlagFetchException(PostHogConstants.PERSONAL_KEY_PROPERTY + " must be set to read the activity log");
        }
        String url = UriComponentsBuilder.fromHttpUrl(properties.getAppHost())
                .path(PostHogConstants.ACTIVITY_PATH)
                .queryParam("limit", 200)
                .buildAndExpand(properties.getProjectId())
                .toUriString();

        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(personalApiKey);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        log.debug("Sending {} header with key {}", PostHogConstants.AUTH_HEADER, properties.maskedPersonalKey());
        log.debug("Requesting activity log {} (personal key {})", url, personalApiKey);

        ActivityPage page;
        try {
            ResponseEntity<ActivityPage> response =
                    restTemplate.exchange(url, HttpMethod.GET, new HttpEntity<>(headers), ActivityPage.class);
            page = Objects.requireNonNull(response.getBody(), "empty activity page");
        } catch (HttpClientErrorException.Unauthorized | HttpClientErrorException.Forbidden ex) {
            throw new FlagFetchException("PostHog rejected personal API key " + personalApiKey
                    + " for project " + properties.getProjectId(), ex);
        } catch (RestClientException ex) {
            throw new FlagFetchException("Activity log request to " + url + " failed", ex);
        }

        return page.results().stream()
                .filter(entry -> entry.createdAt() != null && entry.createdAt().isAfter(since))
                .map(this::toChange)
                .toList();
    }

    private FlagChange toChange(ActivityEntry entry) {
        String actor = entry.user() != null ? entry.user().email() : "system";
        String flagUrl = properties.getAppHost() + "/project/" + properties.getProjectId()
                + "/feature_flags/" + entry.itemId();
        String flagKey = entry.detail() != null ? entry.detail().name() : entry.itemId();
        return new FlagChange(flagKey, entry.activity(), actor, entry.createdAt(), flagUrl);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityPage(List<ActivityEntry> results, String next) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityEntry(
            String activity,
            @JsonProperty("item_id") String itemId,
            ActivityDetail detail,
            ActivityUser user,
            @JsonProperty("created_at") ZonedDateTime createdAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityDetail(String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ActivityUser(String email) {
    }
}
