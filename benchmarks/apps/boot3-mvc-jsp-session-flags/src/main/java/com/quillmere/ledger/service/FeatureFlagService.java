package com.quillmere.ledger.service;

import com.posthog.server.PostHogInterface;
import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.support.PostHogKeys;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

@Service
public class FeatureFlagService {

    private static final List<String> FLAGS = List.of(
            "reconciliation-v2", "bulk-journal-export", "multi-currency-ledger", "invoice-ocr-beta");

    private final PostHogInterface posthog;
    private final PostHogProperties props;
    private volatile Instant lastSync;

    public FeatureFlagService(PostHogInterface posthog, PostHogProperties props) {
        this.posthog = posthog;
        this.props = props;
    }

    public Map<String, Boolean> flagsFor(String distinctId) {
        Map<String, Boolean> result = new LinkedHashMap<>();
        try {
            for (String flag : FLAGS) {
                result.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
            }
            lastSync = Instant.now();
        } catch (RuntimeException e) {
            throw new FlagSyncException("Local evaluation rejected for key " + activeFlagsKey()
                    + " against " + props.host(), e);
        }
        return result;
    }

    /** The key the SDK polls local-evaluation definitions with. */
    public String activeFlagsKey() {
        if (props.featureFlagsSecureKey() != null && !props.featureFlagsSecureKey().isBlank()) {
            return props.featureFlagsSecureKey();
        }
        if (props.personalApiKey() != null && !props.personalApiKey().isBlank()) {
            return props.personalApiKey();
        }
        return PostHogKeys.STAGING_FLAGS_SECURE_KEY;
    }

    public List<String> knownFlags() {
        return FLAGS;
    }

    public Instant lastSync() {
        return lastSync;
    }
}
