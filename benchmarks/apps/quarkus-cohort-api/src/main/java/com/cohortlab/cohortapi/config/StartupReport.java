package com.cohortlab.cohortapi.config;

import com.cohortlab.cohortapi.util.Secrets;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class StartupReport {

    private static final Logger LOG = Logger.getLogger(StartupReport.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    @Inject
    PostHogSettings settings;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Database %s (user=%s, password=%s)", jdbcUrl, dbUser, dbPassword);
        LOG.infof("Reading the personal key from property %s", PostHogDefaults.PERSONAL_KEY_PROPERTY);
        LOG.infof("PostHog personal key %s", Secrets.mask(settings.personalApiKey()));
        LOG.infof("Feature-flags secure key present: %b", settings.secureApiKey().isPresent());
    }
}
