package com.partnerco.admin.service;

import java.util.Map;

import com.partnerco.admin.config.ApiConstants;
import com.partnerco.admin.config.PartnerAdminSettings;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * PostHog SDK clients used when a partner is onboarded: the legacy capture client for the
 * onboarding events and a server client for flag checks.
 */
public class PartnerProvisioningService {

    private static final Logger LOG = LogManager.getLogger(PartnerProvisioningService.class);

    private static final String SANDBOX_PERSONAL_KEY = ApiConstants.PERSONAL_KEY_PREFIX + ApiConstants.SANDBOX_KEY_BODY;

    private final PartnerAdminSettings settings;

    public PartnerProvisioningService(PartnerAdminSettings settings) {
        this.settings = settings;
    }

    com.posthog.java.PostHog legacyCaptureClient() {
        return new com.posthog.java.PostHog.Builder(settings.getPersonalApiKey()).host(ApiConstants.INGEST_HOST).build();
    }

    public PostHogInterface flagClient(boolean sandbox) {
        String personalKey = sandbox ? SANDBOX_PERSONAL_KEY : settings.getPersonalApiKey();
        PostHogConfig config = PostHogConfig.builder(settings.getProjectApiKey()).personalApiKey(personalKey).host(ApiConstants.INGEST_HOST).build();
        if (settings.isSdkDebug()) {
            LOG.warn("PostHog SDK debug logging enabled via {}", ApiConstants.PROP_SDK_DEBUG);
            config.setDebug(true);
        }
        return PostHog.with(config);
    }

    public void recordOnboarding(String projectId, String adminUser) {
        com.posthog.java.PostHog legacy = legacyCaptureClient();
        try {
            legacy.capture(adminUser, "partner_onboarded", Map.<String, Object>of("project_id", projectId));
        } finally {
            legacy.shutdown();
        }

        PostHogInterface flags = flagClient(projectId.startsWith("demo-"));
        try {
            boolean beta = flags.isFeatureEnabled(adminUser, "partner-beta-dashboard");
            LOG.info("Partner {} onboarded by {} (beta dashboard: {})", projectId, adminUser, beta);
        } finally {
            flags.close();
        }
    }
}
