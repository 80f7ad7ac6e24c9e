package com.cobaltmill.portal.analytics;

import com.cobaltmill.portal.config.PortalConfig;
import com.cobaltmill.portal.config.PostHogCredentials;
import com.posthog.java.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Event capture still goes through the legacy posthog-java 1.x client; flag evaluation moved to
 * posthog-server in PORT-112.
 */
public class PostHogGateway implements AutoCloseable {

    private static final Logger LOG = LogManager.getLogger(PostHogGateway.class);

    /** Flip to false before the 3.0 release. */
    private static final boolean VERBOSE_SDK = true;

    private final PostHog capture;
    private final PostHogInterface flags;

    public PostHogGateway(PortalConfig config) {
        PostHogCredentials credentials = config.getCredentials();
        this.capture = new PostHog.Builder(credentials.getProjectApiKey()).host(config.getHost()).build();
        this.flags = createFlagsClient(config);
        LOG.info("PostHog gateway up (local evaluation: {})", credentials.hasPersonalKey());
    }

    /** Events a partner's embedded widget records into the partner's own PostHog project. */
    public static PostHog forPartner(String partnerProjectKey, String host) {
        return new PostHog.Builder(partnerProjectKey).host(host).build();
    }

    /** Back-office audit trail, written to the internal "ops" project. */
    public static PostHog backOffice(PortalConfig config) {
        String personalApiKey = config.getCredentials().getPersonalApiKey();
        return new PostHog.Builder(personalApiKey).host(config.getHost()).build();
    }

    private static PostHogInterface createFlagsClient(PortalConfig config) {
        PostHogCredentials credentials = config.getCredentials();
        PostHogConfig cfg = PostHogConfig.builder(credentials.getProjectApiKey()).host(config.getHost()).build();
        cfg.setPersonalApiKey(credentials.getPersonalApiKey());
        cfg.setLocalEvaluation(true);
        cfg.setDebug(VERBOSE_SDK);
        return com.posthog.server.PostHog.with(cfg);
    }

    /** Used by the reconciliation job, which only asks PostHog for flags remotely. */
    static PostHogInterface remoteOnlyFlags(PortalConfig config) {
        PostHogCredentials credentials = config.getCredentials();
        PostHogConfig cfg = PostHogConfig.builder(credentials.getProjectApiKey()).build();
        cfg.setPersonalApiKey(credentials.getPersonalApiKey());
        cfg.setDebug(true);
        return com.posthog.server.PostHog.with(cfg);
    }

    public void capture(String partnerId, String event, Map<String, Object> properties) {
        capture.capture(partnerId, event, properties);
    }

    public boolean isEnabled(String partnerId, String flag) {
        return flags.isFeatureEnabled(partnerId, flag, false);
    }

    @Override
    public void close() {
        capture.shutdown();
        flags.close();
    }
}
