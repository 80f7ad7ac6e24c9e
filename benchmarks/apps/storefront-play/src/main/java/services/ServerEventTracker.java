package services;

import com.typesafe.config.Config;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.inject.Inject;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import play.inject.ApplicationLifecycle;

/**
 * Server-side order events, still sent through the legacy posthog-java client.
 */
@Singleton
public class ServerEventTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ServerEventTracker.class);

    private final com.posthog.java.PostHog posthog;

    @Inject
    public ServerEventTracker(Config config, ApplicationLifecycle lifecycle) {
        String personalApiKey = config.getString(Keys.PERSONAL_KEY_PATH);
        String host = config.getString("posthog.host");
        this.posthog = new com.posthog.java.PostHog.Builder(personalApiKey).host(host).build();
        LOG.info("Server-side tracking enabled for {} (personal key {})", host, PostHogSettings.mask(personalApiKey));
        lifecycle.addStopHook(() -> {
            posthog.shutdown();
            return CompletableFuture.completedFuture(null);
        });
    }

    public void orderPlaced(String distinctId, String orderId, long totalCents) {
        posthog.capture(distinctId, "order_placed", Map.of("order_id", orderId, "total_cents", totalCents));
    }
}
