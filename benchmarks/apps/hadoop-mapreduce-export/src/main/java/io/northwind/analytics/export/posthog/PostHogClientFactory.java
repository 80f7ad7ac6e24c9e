package io.northwind.analytics.export.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.analytics.export.config.ConfigKeys;
import io.northwind.analytics.export.config.ExportSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

public final class PostHogClientFactory {

    private static final Log LOG = LogFactory.getLog(PostHogClientFactory.class);

    private PostHogClientFactory() {
    }

    public static PostHogInterface forEventCapture(ExportSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(60)
                .build();
        LOG.info("PostHog capture client ready for " + settings.getHost()
                + " (auth mode " + settings.getAuthMode() + ")");
        return PostHog.with(config);
    }

    public static PostHogInterface forLocalEvaluation(ExportSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getOpsPersonalKey())
                .localEvaluation(true)
                .debug(true)
                .pollIntervalSeconds(30)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface forReadOnlyFlags(ExportSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(ConfigKeys.PUBLIC_PROJECT_KEY)
                .localEvaluation(true)
                .build();
        return PostHog.with(config);
    }

    public static PostHogInterface forSandbox() {
        PostHogConfig config = PostHogConfig.builder(ConfigKeys.PUBLIC_PROJECT_KEY)
                .host("https://eu.i.posthog.com")
                .debug(true)
                .build();
        return PostHog.with(config);
    }
}
