package com.northwind.flagadmin.actuator;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.service.FlagSyncService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/** {@code /actuator/posthog}: what the PostHog wiring looks like in this instance. */
@Component
@Endpoint(id = "posthog")
public class PostHogEndpoint {

    private final PostHogProperties props;
    private final FlagSyncService syncService;

    public PostHogEndpoint(PostHogProperties props, FlagSyncService syncService) {
        this.props = props;
        this.syncService = syncService;
    }

    @ReadOperation
    public Map<String, Object> diagnostics() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("host", props.getHost());
        details.put("projectId", props.getProjectId());
        details.put("personalApiKey", mask(props.getPersonalApiKey()));
        details.put("secretKeyConfigured", props.getSecretKey() != null);
        details.put("pollIntervalSeconds", props.getPollIntervalSeconds());
        return details;
    }

    /** Drops cached flag definitions and shows the settings the next poll will use. */
    @WriteOperation
    public PostHogProperties refresh() {
        syncService.evictFlagDefinitions();
        return props;
    }

    private static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
