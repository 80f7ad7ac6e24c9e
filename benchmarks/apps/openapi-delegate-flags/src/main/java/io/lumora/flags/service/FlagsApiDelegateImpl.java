package io.lumora.flags.service;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.lumora.flags.api.FlagsApiDelegate;
import io.lumora.flags.client.PostHogAdminClient;
import io.lumora.flags.config.PostHogConstants;
import io.lumora.flags.config.PostHogProperties;
import io.lumora.flags.model.ClientConfig;
import io.lumora.flags.model.ProjectConnection;
import jakarta.annotation.PreDestroy;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

@Service
public class FlagsApiDelegateImpl implements FlagsApiDelegate {

    private static final Logger log = LogManager.getLogger(FlagsApiDelegateImpl.class);
    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "pricing-v3", "beta-dashboard");

    private final PostHogInterface postHog;
    private final PostHogProperties properties;
    private final PostHogAdminClient adminClient;
    private final Map<Long, PostHogInterface> projectClients = new ConcurrentHashMap<>();

    public FlagsApiDelegateImpl(PostHogInterface postHog, PostHogProperties properties, PostHogAdminClient adminClient) {
        this.postHog = postHog;
        this.properties = properties;
        this.adminClient = adminClient;
    }

    @Override
    public ResponseEntity<ClientConfig> getClientConfig(String distinctId) {
        ClientConfig config = properties.toClientConfig();
        for (String flag : BOOTSTRAP_FLAGS) {
            Object value = postHog.getFeatureFlag(distinctId, flag);
            if (value != null) {
                config.putBootstrapFlagsItem(flag, value);
            }
        }
        return ResponseEntity.ok(config);
    }

    @Override
    public ResponseEntity<Void> bootstrapSession(String distinctId) {
        boolean enabled = postHog.isFeatureEnabled(distinctId, "flag-bootstrap-cookie", false);
        if (!enabled) {
            return ResponseEntity.noContent().build();
        }
        ResponseCookie cookie = ResponseCookie.from("lumora_ff_key", properties.getFeatureFlagsSecureKey()).path("/").maxAge(Duration.ofHours(12)).sameSite("Lax").build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @Override
    public ResponseEntity<Void> openFlag(String flagKey) {
        log.info("Opening flag {} in PostHog", flagKey);
        return ResponseEntity.status(HttpStatus.FOUND).location(adminClient.flagPageUri(flagKey)).build();
    }

    @Override
    public ResponseEntity<Void> connectProject(ProjectConnection connection) {
        log.info("Connecting project {} region={} personalApiKeyPresent={}",
                connection.getProjectId(), connection.getRegion(), connection.getPersonalApiKey() != null);
        log.debug("Connect request: {}", connection);

        List<Map<String, Object>> flags = adminClient.listFeatureFlags(connection.getProjectId());
        log.info("Project {} has {} flags, connected with key {}",
                connection.getProjectId(), flags.size(), masked(connection.getPersonalApiKey()));

        String host = connection.getRegion() == ProjectConnection.RegionEnum.US
                ? PostHogConstants.US_INGEST_HOST
                : PostHogConstants.EU_INGEST_HOST;
        PostHogConfig projectConfig = PostHogConfig.builder(properties.getProjectApiKey())
                .host(host)
                .build();
        projectConfig.setPersonalApiKey(connection.getPersonalApiKey());
        projectConfig.setDebug(log.isDebugEnabled());
        PostHogInterface previous = projectClients.put(connection.getProjectId(), PostHog.with(projectConfig));
        if (previous != null) {
            previous.close();
        }
        return ResponseEntity.accepted().build();
    }

    @PreDestroy
    void closeProjectClients() {
        projectClients.values().forEach(PostHogInterface::close);
    }

    private static String masked(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
