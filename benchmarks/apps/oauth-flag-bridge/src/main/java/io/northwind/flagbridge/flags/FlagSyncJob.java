package io.northwind.flagbridge.flags;

import com.posthog.server.PostHogInterface;
import io.northwind.flagbridge.oauth.OAuthConnection;
import io.northwind.flagbridge.oauth.OAuthConnectionRepository;
import io.northwind.flagbridge.oauth.PostHogCredentials;
import io.northwind.flagbridge.posthog.PostHogApiClient;
import io.northwind.flagbridge.posthog.PostHogApiClient.FeatureFlag;
import io.northwind.flagbridge.ws.FlagUpdateWebSocketHandler;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;

/**
 * Polls every active connection's feature flags and forwards differences to open streams.
 */
@Component
public class FlagSyncJob {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncJob.class);

    private static final String STREAMING_FLAG = "flag-bridge-streaming";

    private final Map<UUID, Map<String, FeatureFlag>> lastSeen = new ConcurrentHashMap<>();

    private final OAuthConnectionRepository connections;
    private final PostHogApiClient postHogApi;
    private final FlagUpdateWebSocketHandler streams;
    private final PostHogInterface posthog;
    private final Clock clock;

    public FlagSyncJob(OAuthConnectionRepository connections, PostHogApiClient postHogApi,
                       FlagUpdateWebSocketHandler streams, PostHogInterface posthog, Clock clock) {
        this.connections = connections;
        this.postHogApi = postHogApi;
        this.streams = streams;
        this.posthog = posthog;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${flagbridge.posthog.flag-poll-interval:PT30S}", initialDelay = 20_000)
    public void poll() {
        if (streams.openSessions() == 0) {
            return;
        }
        for (OAuthConnection connection : connections.findByStatus(OAuthConnection.Status.ACTIVE)) {
            if (connection.getProjectId() == null) {
                continue;
            }
            if (!posthog.isFeatureEnabled(connection.getPrincipalName(), STREAMING_FLAG)) {
                continue;
            }
            sync(connection);
        }
    }

    void sync(OAuthConnection connection) {
        PostHogCredentials credentials = connection.toCredentials();
        if (credentials.isExpired(clock.instant())) {
            log.debug("Skipping organisation {} until its token is refreshed", connection.getOrganisationId());
            return;
        }

        List<FeatureFlag> flags;
        try {
            flags = postHogApi.listFeatureFlags(credentials, connection.getProjectId());
        } catch (HttpClientErrorException.Unauthorized e) {
            log.warn("PostHog rejected {} for organisation {}", credentials, connection.getOrganisationId());
            return;
        } catch (RestClientException e) {
            log.warn("Flag poll failed for organisation {}: {}", connection.getOrganisationId(), e.getMessage());
            return;
        }

        Map<String, FeatureFlag> current = new HashMap<>();
        for (FeatureFlag flag : flags) {
            if (!flag.deleted()) {
                current.put(flag.key(), flag);
            }
        }
        Map<String, FeatureFlag> previous = lastSeen.put(connection.getId(), current);
        if (previous == null) {
            return;
        }

        int changes = 0;
        for (FeatureFlag flag : current.values()) {
            FeatureFlag before = previous.get(flag.key());
            if (before == null) {
                streams.broadcast(connection.getOrganisationId(), flag, "created");
                changes++;
            } else if (before.active() != flag.active() || !Objects.equals(before.filters(), flag.filters())) {
                streams.broadcast(connection.getOrganisationId(), flag, "updated");
                changes++;
            }
        }
        for (FeatureFlag gone : previous.values()) {
            if (!current.containsKey(gone.key())) {
                streams.broadcast(connection.getOrganisationId(), gone, "deleted");
                changes++;
            }
        }
        if (changes > 0) {
            log.info("Pushed {} flag change(s) for organisation {}", changes, connection.getOrganisationId());
            posthog.capture(connection.getPrincipalName(), "flag_bridge_changes_pushed");
        }
    }
}
