package io.northwind.flagbridge.flags;

import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.config.StagingDefaults;
import io.northwind.flagbridge.support.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Resolves the feature-flags secure key used for local evaluation of Northwind's own flags.
 */
@Component
public class FeatureFlagsSecureKeyProvider {

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagsSecureKeyProvider.class);

    private static final String STAGING_FALLBACK_KEY = Secrets.SECURE_KEY_PREFIX + StagingDefaults.FLAGS_KEY_BODY;

    private final FlagBridgeProperties properties;
    private final Environment environment;

    public FeatureFlagsSecureKeyProvider(FlagBridgeProperties properties, Environment environment) {
        this.properties = properties;
        this.environment = environment;
    }

    public String currentKey() {
        String configured = properties.featureFlagsSecureKey();
        if (StringUtils.hasText(configured)) {
            return configured;
        }
        if (environment.acceptsProfiles(Profiles.of("staging", "preview"))) {
            log.warn("No feature flags secure key mounted, using staging fallback for project {}",
                    StagingDefaults.PROJECT_ID);
            return STAGING_FALLBACK_KEY;
        }
        return null;
    }

    public boolean isConfigured() {
        return currentKey() != null;
    }
}
