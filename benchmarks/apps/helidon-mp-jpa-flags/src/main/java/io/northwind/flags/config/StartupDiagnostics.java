package io.northwind.flags.config;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints what the service is wired to once the CDI container is up.
 */
@ApplicationScoped
public class StartupDiagnostics {

    private static final Logger LOGGER = System.getLogger(StartupDiagnostics.class.getName());

    @Inject
    @ConfigProperty(name = "javax.sql.DataSource.flagsDataSource.dataSource.url")
    String jdbcUrl;

    @Inject
    @ConfigProperty(name = "javax.sql.DataSource.flagsDataSource.dataSource.user")
    String dbUser;

    @Inject
    @ConfigProperty(name = "javax.sql.DataSource.flagsDataSource.dataSource.password")
    String dbPassword;

    @Inject
    @ConfigProperty(name = "flags.admin.token")
    String adminToken;

    @Inject
    PostHogSettings settings;

    void onStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOGGER.log(Level.INFO, "Datasource {0} as {1} (password {2})", jdbcUrl, dbUser, dbPassword);
        if (adminToken.isBlank()) {
            LOGGER.log(Level.WARNING, "flags.admin.token is empty, admin endpoints are open");
        } else {
            System.out.println("[flags] admin endpoints protected by token " + adminToken);
        }
        LOGGER.log(Level.INFO, "PostHog personal key configured: {0}, fingerprint {1}",
                settings.personalApiKey().isPresent(), settings.personalKeyFingerprint());
    }
}
