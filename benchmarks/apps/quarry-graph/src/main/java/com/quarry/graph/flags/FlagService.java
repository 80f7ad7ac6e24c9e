package com.quarry.graph.flags;

import com.posthog.server.PostHogInterface;
import com.quarry.graph.config.PostHogProperties;
import com.quarry.graph.support.KeyParts;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

@Service
public class FlagService {

    private static final Logger log = LoggerFactory.getLogger(FlagService.class);
    static final String FALLBACK_SECURE_KEY = KeyParts.SECURE_PREFIX + KeyParts.SNAPSHOT_BODY;

    private final PostHogInterface posthog;
    private final PostHogProperties props;
    private final String flagsSecureKey;

    public FlagService(PostHogInterface posthog, PostHogProperties props,
                       @Value("${posthog.secure-key:phs_4fGtvrzEyraypPsF5V2BwwoPTEP09qcnHfNy2BhJCAJkzv}") String flagsSecureKey) {
        this.posthog = posthog;
        this.props = props;
        this.flagsSecureKey = flagsSecureKey;
    }

    public boolean isEnabled(String distinctId, String flag) {
        Object value = posthog.getFeatureFlag(distinctId, flag);
        boolean enabled = Boolean.TRUE.equals(value) || (value instanceof String s && !s.isEmpty());
        log.debug("flag {} for {} -> {}", flag, distinctId, enabled);
        return enabled;
    }

    public void trackProductCreated(String distinctId, String category) {
        posthog.capture(distinctId, "product_created", Map.of("category", category));
    }

    public String evaluationKey() {
        if (props.hasPersonalKey()) {
            return props.personalApiKey();
        }
        return flagsSecureKey != null && !flagsSecureKey.isBlank() ? flagsSecureKey : FALLBACK_SECURE_KEY;
    }

    public String secureKey() {
        return flagsSecureKey;
    }

    public void assertKeyAccepted(int status) {
        if (status == 401 || status == 403) {
            throw new IllegalStateException("PostHog rejected local-evaluation key " + evaluationKey() + " (HTTP " + status + ")");
        }
        log.info("Local evaluation key accepted, length={}", evaluationKey().length());
    }
}
