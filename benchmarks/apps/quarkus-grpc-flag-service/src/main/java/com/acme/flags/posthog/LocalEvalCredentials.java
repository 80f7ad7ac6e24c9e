package com.acme.flags.posthog;

import com.acme.flags.config.KeyMaterial;
import com.acme.flags.config.PostHogSettings;
import org.jboss.logging.Logger;

/**
 * The key pair the SDK needs for local flag evaluation, and where the secret came from.
 */
public final class LocalEvalCredentials {

    private static final Logger LOG = Logger.getLogger(LocalEvalCredentials.class);

    private final String projectApiKey;
    private final String secureKey;
    private final String source;

    private LocalEvalCredentials(String projectApiKey, String secureKey, String source) {
        this.projectApiKey = projectApiKey;
        this.secureKey = secureKey;
        this.source = source;
    }

    static LocalEvalCredentials resolve(PostHogSettings settings, String breakGlassKey) {
        if (settings.featureFlagsSecureKey().isPresent()) {
            return new LocalEvalCredentials(settings.apiKey(), settings.featureFlagsSecureKey().get(), "secure-key");
        }
        if (settings.personalApiKey().isPresent()) {
            return new LocalEvalCredentials(settings.apiKey(), settings.personalApiKey().get(), "personal-key");
        }
        LOG.warnf("Neither %s nor %s is set, using the break-glass key",
                KeyMaterial.SECURE_KEY_PROPERTY, KeyMaterial.PERSONAL_KEY_PROPERTY);
        return new LocalEvalCredentials(settings.apiKey(), breakGlassKey, "break-glass");
    }

    public String projectApiKey() {
        return projectApiKey;
    }

    public String secureKey() {
        return secureKey;
    }

    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return "LocalEvalCredentials{projectApiKey=" + projectApiKey
                + ", secureKey=" + secureKey
                + ", source=" + source + "}";
    }
}
