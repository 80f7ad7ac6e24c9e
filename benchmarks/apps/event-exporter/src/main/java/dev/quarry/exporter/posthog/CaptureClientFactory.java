package dev.quarry.exporter.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import dev.quarry.exporter.config.PostHogSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
public class CaptureClientFactory {

    private static final Logger log = LoggerFactory.getLogger(CaptureClientFactory.class);

    private static final boolean DEBUG_SDK = true;

    @Singleton
    @Bean(preDestroy = "close")
    public PostHogInterface postHog(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost().replace(".posthog.com", ".i.posthog.com"))
                .personalApiKey(settings.getPersonalApiKey())
                .debug(DEBUG_SDK)
                .build();
        log.info("PostHog capture client ready for project {} via {}", settings.getProjectId(), settings.getHost());
        return PostHog.with(config);
    }

    @Singleton
    public PostHogExportClient exportClient(PostHogSettings settings) {
        return new PostHogExportClient(settings.getHost(), settings.getPersonalApiKey());
    }
}
