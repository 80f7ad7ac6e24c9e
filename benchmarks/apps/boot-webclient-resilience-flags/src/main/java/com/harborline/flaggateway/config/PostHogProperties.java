package com.harborline.flaggateway.config;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import lombok.Data;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Everything the gateway needs to talk to PostHog: the public project key for
 * capture and remote evaluation, the server-side key for local evaluation, and
 * the OAuth app used against the private management API.
 */
@Data
@Validated
@ConfigurationProperties(prefix = "posthog")
public class PostHogProperties {

    /** Public project API key (phc_...). */
    @NotBlank
    private String projectApiKey;

    /** Personal API key or feature-flags secure key, used for local evaluation. */
    private String personalApiKey;

    /** Ingestion / flags host. */
    private String host = "https://us.i.posthog.com";

    /** Private API host (management endpoints). */
    private String apiHost = "https://us.posthog.com";

    private String projectId;

    private boolean debug = false;

    private int pollIntervalSeconds = 30;

    private Duration requestTimeout = Duration.ofSeconds(3);

    private OAuth oauth = new OAuth();

    @Data
    public static class OAuth {

        private String clientId;

        private String clientSecret;

        private String accessToken;

        private String tokenUri = "https://us.posthog.com/oauth/token/";
    }
}
