package com.northwind.cohortbridge.startup;

import com.northwind.cohortbridge.config.FlagSecureKeyProvider;
import com.northwind.cohortbridge.config.PostHogSettings;
import com.northwind.cohortbridge.util.KeyMasker;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prints what the pod started with, so that on-call can tell misconfigured pods apart.
 */
@ApplicationScoped
public class StartupDiagnostics {

    enum ApiKeyKind { PROJECT, PERSONAL, SECURE }

    @Inject
    PostHogSettings settings;

    @Inject
    FlagSecureKeyProvider secureKeys;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    void onStart(@Observes StartupEvent event) {
        Log.infof("CRM database %s as %s (password %s)", jdbcUrl, dbUser, dbPassword);

        String personalKey = settings.personalApiKey();
        if (!personalKey.startsWith("phx_")) {
            Log.warnf("posthog.personal-api-key does not look like a personal API key (%d chars)",
                    personalKey.length());
        }
        Log.infof("Personal key fingerprint %s", KeyMasker.sha256Hex(personalKey));

        ApiKeyKind apiKey = ApiKeyKind.SECURE;
        Log.infof("Flag evaluation uses the %s key", apiKey);
        Log.debugf("Flags secure key in use: %s", secureKeys.secureKey());
    }
}
