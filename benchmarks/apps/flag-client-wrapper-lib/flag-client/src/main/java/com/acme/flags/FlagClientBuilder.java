package com.acme.flags;

import com.acme.flags.http.PostHogRestClient;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.net.http.HttpClient;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fluent entry point for building a {@link FlagClient}.
 *
 * <pre>{@code
 * FlagClient flags = FlagClient.builder()
 *         .projectApiKey(System.getenv("POSTHOG_PROJECT_API_KEY"))
 *         .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
 *         .build();
 * }</pre>
 */
public final class FlagClientBuilder {

    private static final Logger log = LoggerFactory.getLogger(FlagClientBuilder.class);

    private String projectApiKey;
    private String personalApiKey;
    private String host = KeyDefaults.DEFAULT_HOST;
    private long projectId;
    private boolean debug;
    private int pollIntervalSeconds = KeyDefaults.DEFAULT_POLL_INTERVAL_SECONDS;
    private int maxRetries = KeyDefaults.DEFAULT_MAX_RETRIES;
    private Duration requestTimeout = Duration.ofSeconds(10);

    FlagClientBuilder() {
    }

    public static FlagClientBuilder fromEnvironment() {
        FlagClientBuilder builder = new FlagClientBuilder()
                .projectApiKey(System.getenv(KeyDefaults.PROJECT_KEY_ENV))
                .personalApiKey(System.getenv(KeyDefaults.PERSONAL_KEY_ENV));
        String host = System.getenv("POSTHOG_HOST");
        if (host != null && !host.isBlank()) {
            builder.host(host);
        }
        return builder;
    }

    public FlagClientBuilder projectApiKey(String projectApiKey) {
        this.projectApiKey = projectApiKey;
        return this;
    }

    public FlagClientBuilder personalApiKey(String personalApiKey) {
        this.personalApiKey = personalApiKey;
        return this;
    }

    public FlagClientBuilder host(String host) {
        this.host = host;
        return this;
    }

    public FlagClientBuilder projectId(long projectId) {
        this.projectId = projectId;
        return this;
    }

    public FlagClientBuilder debug(boolean debug) {
        this.debug = debug;
        return this;
    }

    public FlagClientBuilder pollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
        return this;
    }

    public FlagClientBuilder maxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
        return this;
    }

    public FlagClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        return this;
    }

    FlagClientSettings settings() {
        return new FlagClientSettings(projectApiKey, personalApiKey, host, projectId,
                debug, pollIntervalSeconds, maxRetries, requestTimeout);
    }

    public FlagClient build() {
        FlagClientSettings settings = settings();
        log.info("Creating PostHog flag client: {}", settings);

        PostHogConfig.Builder sdk = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (settings.isLocalEvaluation()) {
            sdk.personalApiKey(settings.getPersonalApiKey());
            FlagClientSettings.KeyKind apiKey = settings.keyKind();
            log.debug("Local evaluation enabled with a {} key ({} chars)", apiKey, settings.getPersonalApiKey().length());
        }
        sdk.debug(settings.isDebug() && !settings.isLocalEvaluation());
        PostHogInterface posthog = PostHog.with(sdk.build());

        HttpClient http = HttpClient.newBuilder()
                .connectTimeout(settings.getRequestTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        PostHogRestClient rest = new PostHogRestClient(http, settings.getHost(), settings.getPersonalApiKey(),
                settings.getMaxRetries(), settings.getRequestTimeout());
        return new FlagClient(posthog, rest, settings);
    }
}
