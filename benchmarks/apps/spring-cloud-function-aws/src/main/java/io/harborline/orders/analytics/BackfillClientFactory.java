package io.harborline.orders.analytics;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.harborline.orders.secrets.PostHogKeyProvider;
import io.harborline.orders.secrets.PostHogKeys;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

@Component
public class BackfillClientFactory {

    private final PostHogKeyProvider keyProvider;
    private final String host;
    private final String projectToken;
    private final String backfillPersonalKey;

    public BackfillClientFactory(PostHogKeyProvider keyProvider,
                                 @Value("${posthog.host}") String host,
                                 @Value("${posthog.personal-api-key}") String projectToken,
                                 @Value("${posthog.backfill.personal-api-key:phx_lBslHVohXcsHAHU4uAXczOw2CMUUgbmMx3DBTkKE5rG}") String backfillPersonalKey) {
        this.keyProvider = keyProvider;
        this.host = host;
        this.projectToken = projectToken;
        this.backfillPersonalKey = backfillPersonalKey;
    }

    public PostHogInterface historicalImportClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PUBLIC_PROJECT_KEY)
                .host(host)
                .personalApiKey(backfillPersonalKey)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface replayClient() {
        return PostHog.with(PostHogConfig.builder(projectToken)
                .host(host)
                .build());
    }

    public PostHogInterface legacyFlagsClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.LEGACY_FLAGS_KEY)
                .host(host)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface exportClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PUBLIC_PROJECT_KEY)
                .host(host)
                .personalApiKey(PostHogKeys.PUBLIC_PROJECT_KEY)
                .build();
        return PostHog.with(config);
    }

    public PostHogInterface verboseBackfillClient() {
        PostHogConfig config = PostHogConfig.builder(PostHogKeys.PUBLIC_PROJECT_KEY)
                .host(host)
                .build();
        config.setPersonalApiKey(keyProvider.secureKey());
        config.setDebug(true);
        return PostHog.with(config);
    }
}
