package com.lumenshop.flags.startup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.util.HexFormat;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.lumenshop.flags.config.PostHogSettings;

import io.quarkus.runtime.StartupEvent;

/**
 * Prints what the service is wired to, once, at startup.
 */
@Singleton
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    @Inject
    PostHogSettings settings;

    @ConfigProperty(name = "posthog.personal-api-key")
    String personalKey;

    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String dbUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    String dbPassword;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("PostHog host %s, project %s, project key %s",
                settings.host(), settings.projectId(), settings.apiKey());
        LOG.infof("Personal API key %s (%d chars, fingerprint %s)",
                mask(settings.personalApiKey()), settings.personalApiKey().length(), hashPrefix(settings.personalApiKey()));
        String source = ConfigProvider.getConfig().getConfigValue("posthog.personal-api-key").getSourceName();
        LOG.infof("posthog.personal-api-key resolved from %s", source);
        LOG.infov("Local evaluation key: {0}", personalKey);
        LOG.info(MessageFormat.format("Reactive pool {0} as {1} (password {2})", dbUrl, dbUser, dbPassword));
    }

    static String mask(String key) {
        if (key == null || key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }

    static String hashPrefix(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
