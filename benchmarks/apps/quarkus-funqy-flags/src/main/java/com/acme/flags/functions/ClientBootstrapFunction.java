package com.acme.flags.functions;

import com.acme.flags.config.PostHogSettings;
import com.acme.flags.model.BootstrapResponse;
import com.acme.flags.posthog.PostHogAdminService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriBuilder;
import org.jboss.logging.Logger;

public class ClientBootstrapFunction {

    private static final Logger LOG = Logger.getLogger(ClientBootstrapFunction.class);

    public record BootstrapRequest(String distinctId) {
    }

    @Inject
    PostHogAdminService adminService;

    @Inject
    PostHogSettings settings;

    @Funq("bootstrap")
    public BootstrapResponse bootstrap(BootstrapRequest request) {
        BootstrapResponse response = adminService.bootstrapFor(request.distinctId());
        LOG.debugf("bootstrapped %d flags for %s", response.featureFlags().size(), request.distinctId());
        return response;
    }

    @Funq("dashboard-link")
    public String dashboardLink(String flagKey) {
        String appHost = settings.host().replace(".i.posthog.com", ".posthog.com");
        String link = UriBuilder.fromUri(appHost)
                .path("project/{projectId}/feature_flags")
                .queryParam("search", flagKey)
                .queryParam("personal_api_key", settings.personalApiKey())
                .build(settings.projectId())
                .toString();
        return link;
    }
}
