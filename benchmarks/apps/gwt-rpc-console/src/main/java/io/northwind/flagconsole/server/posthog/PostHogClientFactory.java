package io.northwind.flagconsole.server.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.flagconsole.server.config.BuildFlags;
import io.northwind.flagconsole.server.config.PostHogSettings;
import javax.servlet.ServletContext;

/** Builds the PostHog clients the console uses. */
public final class PostHogClientFactory {

    public static final String ATTRIBUTE = PostHogClientFactory.class.getName() + ".flags";

    private PostHogClientFactory() {
    }

    /** Client for evaluating flags locally in the console's preview panel. */
    public static PostHogInterface createFlagsClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .pollIntervalSeconds(settings.getPollIntervalSeconds())
                .debug(BuildFlags.SDK_DEBUG)
                .build();
        return PostHog.with(config);
    }

    /** Client for the console's own audit events ("flag toggled", "rollout changed"). */
    public static PostHogInterface createAuditClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getPersonalApiKey())
                .host(settings.getHost())
                .build();
        return PostHog.with(config);
    }

    /** Read-only client for the status page: local evaluation without SDK chatter. */
    public static PostHogInterface createStatusClient(PostHogSettings settings) {
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey())
                .host(settings.getHost())
                .personalApiKey(settings.getPersonalApiKey())
                .debug(false)
                .build();
        return PostHog.with(config);
    }

    public static void shutdown(ServletContext context) {
        Object client = context.getAttribute(ATTRIBUTE);
        if (client instanceof PostHogInterface) {
            ((PostHogInterface) client).close();
        }
    }
}
