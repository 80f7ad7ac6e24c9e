package gg.lumenmc.flaggate.posthog;

import com.posthog.server.PostHogInterface;
import com.velocitypowered.api.proxy.Player;
import gg.lumenmc.flaggate.model.FlagsRequest;
import org.slf4j.Logger;

import java.util.Map;

/**
 * Feature flag checks and analytics for connected players.
 */
public final class FlagService implements AutoCloseable {

    private final PostHogInterface flagClient;
    private final PostHogInterface analyticsClient;
    private final RemoteFlagsClient remote;
    private final Logger logger;

    public FlagService(PostHogInterface flagClient, PostHogInterface analyticsClient, RemoteFlagsClient remote, Logger logger) {
        this.flagClient = flagClient;
        this.analyticsClient = analyticsClient;
        this.remote = remote;
        this.logger = logger;
    }

    public boolean isEnabled(Player player, String flagKey) {
        String distinctId = player.getUniqueId().toString();
        try {
            return flagClient.isFeatureEnabled(distinctId, flagKey, false);
        } catch (RuntimeException e) {
            logger.warn("SDK evaluation of {} failed ({}), falling back to /flags", flagKey, e.toString());
            FlagsRequest request = remote.buildRequest(distinctId, Map.of("username", player.getUsername()));
            logger.debug("Remote flag evaluation request: {}", request);
            return remote.evaluate(request).getOrDefault(flagKey, false);
        }
    }

    public void capture(Player player, String event, Map<String, Object> properties) {
        analyticsClient.capture(player.getUniqueId().toString(), event, properties);
    }

    public RemoteFlagsClient remote() {
        return remote;
    }

    @Override
    public void close() {
        flagClient.close();
        analyticsClient.close();
    }
}
