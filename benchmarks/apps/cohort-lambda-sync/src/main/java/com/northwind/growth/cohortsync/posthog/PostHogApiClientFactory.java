package com.northwind.growth.cohortsync.posthog;

import com.northwind.growth.cohortsync.config.SettingsNames;
import com.northwind.growth.cohortsync.config.SyncSettings;
import com.northwind.posthog.client.ApiClient;
import com.northwind.posthog.client.Configuration;
import com.northwind.posthog.client.auth.ApiKeyAuth;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Configures the generated PostHog REST client. The personal API key is sent as
 * {@code Authorization: Bearer phx_...}; the spec declares it as an apiKey scheme in the
 * Authorization header so we set the prefix here.
 */
public final class PostHogApiClientFactory {

    private static final Logger LOG = LogManager.getLogger(PostHogApiClientFactory.class);
    private static final String USER_AGENT = "northwind-cohort-sync/1.8 (+https://github.com/northwind-io/cohort-lambda-sync)";

    public ApiClient create(SyncSettings settings) {
        if (!settings.credentials().hasPersonalApiKey()) {
            throw new IllegalStateException("No PostHog personal API key configured for stage " + settings.stage());
        }
        ApiClient client = Configuration.getDefaultApiClient();
        client.setBasePath(settings.host());
        client.setUserAgent(USER_AGENT);

        OkHttpClient http = client.getHttpClient().newBuilder()
                .addInterceptor(new RetryAfterInterceptor(3))
                .connectTimeout(Duration.ofSeconds(5))
                .callTimeout(Duration.ofSeconds(30))
                .build();
        client.setHttpClient(http);

        ApiKeyAuth auth = (ApiKeyAuth) client.getAuthentication(SettingsNames.PERSONAL_KEY_AUTH_NAME);
        auth.setApiKeyPrefix("Bearer");
        auth.setApiKey(settings.credentials().personalApiKey());

        LOG.info("PostHog API client configured for project {} at {}", settings.projectId(), settings.host());
        return client;
    }
}
