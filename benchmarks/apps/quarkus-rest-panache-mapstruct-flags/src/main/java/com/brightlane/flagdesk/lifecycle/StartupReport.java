package com.brightlane.flagdesk.lifecycle;

import com.brightlane.flagdesk.config.PostHogKeys;
import com.brightlane.flagdesk.config.PostHogKeys.ApiKeyKind;
import com.brightlane.flagdesk.config.PostHogSettings;
import com.brightlane.flagdesk.support.KeyFingerprint;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Prints a configuration summary once the application is up.
 */
@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    @Inject
    PostHogSettings settings;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("PostHog host=%s project=%d projectApiKey=%s",
                settings.host(), settings.projectId(), settings.projectApiKey());
        LOG.infof("PostHog personal API key: %s", KeyFingerprint.mask(settings.personalApiKey()));
        LOG.infof("Feature flags secure key fingerprint: %s",
                KeyFingerprint.sha256Hex(settings.featureFlagsSecureApiKey()));

        ApiKeyKind apiKey = settings.featureFlagsSecureApiKey().startsWith(PostHogKeys.SECURE_PREFIX)
                ? ApiKeyKind.FEATURE_FLAGS_SECURE
                : ApiKeyKind.PERSONAL;
        LOG.infof("Local evaluation authenticates with %s", apiKey);

        LOG.debugf("Datasource %s user=%s password=%s", jdbcUrl, dbUser, dbPassword);

        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            System.out.println("Dev mode, flags secure key: " + settings.featureFlagsSecureApiKey());
        }
    }
}
