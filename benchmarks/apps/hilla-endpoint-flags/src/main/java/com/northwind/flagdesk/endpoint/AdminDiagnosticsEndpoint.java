package com.northwind.flagdesk.endpoint;

import com.northwind.flagdesk.config.PostHogKeys;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.service.FlagSyncException;
import com.northwind.flagdesk.service.FlagSyncService;
import com.vaadin.hilla.Endpoint;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.codec.digest.DigestUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

@Endpoint
@RolesAllowed("ADMIN")
public class AdminDiagnosticsEndpoint {

    private static final Logger log = LoggerFactory.getLogger(AdminDiagnosticsEndpoint.class);

    private final PostHogProperties properties;
    private final FlagSyncService flagSyncService;

    public AdminDiagnosticsEndpoint(PostHogProperties properties, FlagSyncService flagSyncService) {
        this.properties = properties;
        this.flagSyncService = flagSyncService;
    }

    public Map<String, String> posthogStatus() {
        String personalKey = properties.getPersonalApiKey();
        Map<String, String> status = new LinkedHashMap<>();
        status.put("host", properties.getHost());
        status.put("projectId", String.valueOf(properties.getProjectId()));
        status.put("personalKey", PostHogKeys.mask(personalKey));
        status.put("localEvaluation", String.valueOf(properties.hasPersonalApiKey()));
        log.info("PostHog status requested, key fingerprint {}", DigestUtils.sha256Hex(personalKey));
        return status;
    }

    public String flagDefinitionsUrl() {
        String url = properties.getHost().replace(".i.posthog.com", ".posthog.com")
                + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?personal_api_key=" + properties.getPersonalApiKey();
        return url;
    }

    public int resyncFlags() {
        try {
            return flagSyncService.syncDefinitions();
        } catch (FlagSyncException e) {
            log.error("Manual flag sync failed", e);
            return -1;
        }
    }
}
