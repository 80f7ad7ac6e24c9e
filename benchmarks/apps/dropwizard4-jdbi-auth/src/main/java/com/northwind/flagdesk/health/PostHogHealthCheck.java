package com.northwind.flagdesk.health;

import com.codahale.metrics.health.HealthCheck;
import com.northwind.flagdesk.auth.ApiTokenAuthenticator;
import com.northwind.flagdesk.posthog.FlagAdminClient;
import com.northwind.flagdesk.posthog.PostHogSyncException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class PostHogHealthCheck extends HealthCheck {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogHealthCheck.class);

    private final FlagAdminClient adminClient;
    private final String projectId;
    private final String keyFingerprint;

    public PostHogHealthCheck(FlagAdminClient adminClient, String projectId, String personalKey) {
        this.adminClient = adminClient;
        this.projectId = projectId;
        this.keyFingerprint = ApiTokenAuthenticator.hexDigest(personalKey).substring(0, 12);
    }

    @Override
    protected Result check() {
        LOG.debug("Checking PostHog API access for project {} with key fingerprint {}", projectId, keyFingerprint);
        try {
            List<Map<String, Object>> flags = adminClient.listFeatureFlags(projectId);
            return Result.healthy("%d feature flags visible", flags.size());
        } catch (PostHogSyncException e) {
            return Result.unhealthy("PostHog API returned HTTP %d", e.getUpstreamStatus());
        }
    }
}
