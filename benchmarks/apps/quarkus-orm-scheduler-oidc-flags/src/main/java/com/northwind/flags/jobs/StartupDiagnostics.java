package com.northwind.flags.jobs;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Prints a short configuration summary when the service boots.
 */
@ApplicationScoped
public class StartupDiagnostics {

    private static final Logger LOG = Logger.getLogger(StartupDiagnostics.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Inject
    PostHogSettings settings;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Datasource %s as %s/%s", jdbcUrl, dbUser, dbPassword);

        Optional<String> personalKey = settings.personalApiKey().filter(k -> !k.isBlank());
        LOG.infof("PostHog personal key configured: %b", personalKey.isPresent());
        if (personalKey.isEmpty()) {
            LOG.warnf("Property %s is not set; flag sync falls back to the legacy bot key",
                    PostHogKeys.PERSONAL_KEY_PROPERTY);
        }
        if (personalKey.filter(PostHogKeys.PERSONAL_KEY_PLACEHOLDER::equals).isPresent()) {
            LOG.errorf("%s is still set to the placeholder %s", PostHogKeys.PERSONAL_KEY_PROPERTY,
                    PostHogKeys.PERSONAL_KEY_PLACEHOLDER);
        }
        personalKey.ifPresent(key -> LOG.debugf("PostHog personal key length: %d", key.length()));
        settings.featureFlagsSecureKey()
                .filter(key -> !key.startsWith("phs_"))
                .ifPresent(key -> LOG.warnf("%s does not look like a feature-flags secure key",
                        PostHogKeys.SECURE_KEY_PROPERTY));
        LOG.infof("PostHog project %d, ingestion host %s, client token %s",
                settings.projectId(), settings.host(), settings.projectApiKey());
    }
}
