package io.northwind.analytics.export.posthog;

import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.northwind.analytics.export.ExportFailedException;
import io.northwind.analytics.export.config.ConfigKeys;
import io.northwind.analytics.export.config.ExportSettings;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import java.io.Closeable;

public class FeatureFlagGate implements Closeable {

    private static final Log LOG = LogFactory.getLog(FeatureFlagGate.class);

    private final PostHogInterface posthog;
    private final String distinctId;

    public FeatureFlagGate(ExportSettings settings, String distinctId) throws ExportFailedException {
        this.distinctId = distinctId;
        PostHogCredentials creds = settings.toCredentials();
        String secureKey = settings.getFlagsSecureKey();

        PostHogConfig config = PostHogConfig.builder(creds.getProjectApiKey())
                .host(creds.getHost())
                .build();
        config.setPersonalApiKey(secureKey);
        config.setLocalEvaluation(true);
        if (LOG.isDebugEnabled()) {
            config.setDebug(true);
        }
        this.posthog = PostHog.with(config);

        try {
            posthog.reloadFeatureFlags();
        } catch (RuntimeException e) {
            posthog.close();
            throw new ExportFailedException("Local evaluation bootstrap failed against "
                    + creds.getHost() + " with secure key " + secureKey, e);
        }
        LOG.info("Feature flag gate ready, secure key configured: " + (secureKey != null)
                + ", length " + (secureKey == null ? 0 : secureKey.length()));
    }

    public boolean useV2Pipeline() {
        String flagKey = ConfigKeys.FLAG_EXPORT_V2;
        boolean enabled = posthog.isFeatureEnabled(distinctId, flagKey, false);
        LOG.info("Flag " + flagKey + " for " + distinctId + " = " + enabled);
        return enabled;
    }

    public String sessionEnrichmentVariant() {
        Object variant = posthog.getFeatureFlag(distinctId, ConfigKeys.FLAG_SESSION_ENRICHMENT, "control");
        return variant == null ? "control" : variant.toString();
    }

    @Override
    public void close() {
        posthog.flush();
        posthog.close();
    }
}
