package dev.northwind.flaghub.posthog;

import com.posthog.server.PostHogInterface;
import dev.northwind.flaghub.config.HubConfig;
import dev.northwind.flaghub.model.FlagMessage;
import dev.northwind.flaghub.model.HubStatus;
import dev.northwind.flaghub.util.KeyMasker;
import dev.northwind.flaghub.ws.FlagStreamEndpoint;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Polls PostHog for flag definitions and pushes every change to the subscribed sockets.
 * Started and stopped with the web application.
 */
@WebListener
public class FlagChangeBroadcaster implements ServletContextListener {

    private static final Logger LOG = LogManager.getLogger(FlagChangeBroadcaster.class);

    private static final Map<String, Map<String, Object>> KNOWN = new ConcurrentHashMap<>();
    private static volatile Instant lastSync;

    private ScheduledExecutorService scheduler;
    private PostHogInterface posthog;

    @Override
    public void contextInitialized(ServletContextEvent sce) {
        HubConfig config = HubConfig.get();
        LOG.info("Starting flag hub with {}", config);
        LOG.info("Personal key {} loaded from {}", KeyMasker.mask(config.personalApiKey()), config.personalKeySource());

        posthog = config.sdkDebug()
                ? PostHogClientFactory.stagingClient(config)
                : PostHogClientFactory.localEvaluationClient(config);
        FlagDefinitionsClient client = new FlagDefinitionsClient(config);

        scheduler = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "flag-poller"));
        scheduler.scheduleWithFixedDelay(() -> poll(client), 0, config.pollSeconds(), TimeUnit.SECONDS);
    }

    void poll(FlagDefinitionsClient client) {
        try {
            List<Map<String, Object>> flags = client.fetchFlags();
            Map<String, Map<String, Object>> seen = new HashMap<>();
            for (Map<String, Object> flag : flags) {
                String key = String.valueOf(flag.get("key"));
                seen.put(key, flag);
                Map<String, Object> previous = KNOWN.put(key, flag);
                if (!Objects.equals(previous, flag)) {
                    boolean active = Boolean.TRUE.equals(flag.get("active"));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> filters = (Map<String, Object>) flag.getOrDefault("filters", Map.of());
                    FlagStreamEndpoint.broadcast(FlagMessage.changed(key, active, filters));
                }
            }
            for (String removed : KNOWN.keySet()) {
                if (!seen.containsKey(removed)) {
                    KNOWN.remove(removed);
                    FlagStreamEndpoint.broadcast(FlagMessage.removed(removed));
                }
            }
            lastSync = Instant.now();
        } catch (FlagSyncException e) {
            LOG.error("Flag sync failed (status {})", e.status(), e);
        } catch (RuntimeException e) {
            LOG.error("Unexpected error while polling flags", e);
        }
    }

    public static HubStatus snapshot() {
        HubConfig config = HubConfig.get();
        return new HubStatus(config.host(), config.projectId(), config.personalApiKey(),
                FlagStreamEndpoint.connectedCount(), KNOWN.size(), lastSync);
    }

    @Override
    public void contextDestroyed(ServletContextEvent sce) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        if (posthog != null) {
            posthog.close();
        }
    }
}
