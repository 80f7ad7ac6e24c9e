package io.jenkins.plugins.posthog.client;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import edu.umd.cs.findbugs.annotations.NonNull;
import io.jenkins.plugins.posthog.PostHogDefaults;
import io.jenkins.plugins.posthog.model.PostHogSettings;
import io.jenkins.plugins.posthog.model.ResolvedKeys;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Creates and caches PostHog server SDK clients. One client per distinct settings snapshot so that
 * the local-evaluation poller is shared by all builds using the same keys.
 */
public final class PostHogClientFactory {

    private static final Logger LOGGER = Logger.getLogger(PostHogClientFactory.class.getName());

    private static final Map<PostHogSettings, PostHogInterface> CLIENTS = new ConcurrentHashMap<>();

    private PostHogClientFactory() {
    }

    @NonNull
    public static PostHogInterface forSettings(@NonNull PostHogSettings settings) {
        return CLIENTS.computeIfAbsent(settings, PostHogClientFactory::create);
    }

    /**
     * Client used by the pipeline step, where the keys may come from a job credential.
     */
    @NonNull
    public static PostHogInterface forKeys(@NonNull ResolvedKeys keys, String host) {
        String apiKey = keys.projectApiKey() != null ? keys.projectApiKey() : keys.personalApiKey();
        PostHogConfig config = PostHogConfig.builder(apiKey)
                .host(host == null ? PostHogDefaults.US_INGEST_HOST : host)
                .build();
        return PostHog.with(config);
    }

    /**
     * Capture-only client for the run listener. It never evaluates flags, so it is safe to keep
     * the SDK's request dump on while diagnosing dropped events.
     */
    @NonNull
    public static PostHogInterface captureOnly(@NonNull String projectApiKey, String host, boolean verbose) {
        PostHogConfig config = PostHogConfig.builder(projectApiKey)
                .host(host)
                .debug(verbose)
                .build();
        return PostHog.with(config);
    }

    public static void closeAll() {
        CLIENTS.values().forEach(PostHogInterface::close);
        CLIENTS.clear();
    }

    private static PostHogInterface create(PostHogSettings settings) {
        LOGGER.fine(() -> "Creating PostHog client for " + settings.getHost()
                + " (local evaluation: " + settings.hasPersonalApiKey() + ")");
        PostHogConfig.Builder builder = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .pollIntervalSeconds(settings.getPollIntervalSeconds());
        if (settings.hasPersonalApiKey()) {
            builder.personalApiKey(settings.getPersonalApiKey());
        }
        builder.debug(settings.isDebug());
        return PostHog.with(builder.build());
    }
}
