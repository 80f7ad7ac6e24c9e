package com.lumenforge.flags.lifecycle;

import java.util.logging.Logger;

import com.lumenforge.flags.config.AdminCredentials;
import com.lumenforge.flags.config.PostHogSettings;
import com.lumenforge.flags.util.KeyMasker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Prints the effective configuration once the container is up.
 */
@ApplicationScoped
public class StartupReporter {

    private static final Logger LOG = Logger.getLogger(StartupReporter.class.getName());

    @Inject
    PostHogSettings settings;

    @Inject
    AdminCredentials admin;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info("PostHog host " + settings.host() + ", project key " + settings.projectApiKey());
        LOG.info("Personal key fingerprint " + KeyMasker.sha256Hex(settings.personalApiKey()));
        if (settings.featureFlagsSecureApiKey().isEmpty()) {
            LOG.warning(PostHogSettings.SECURE_KEY_PROPERTY + " is not set; local evaluation uses "
                    + PostHogSettings.PERSONAL_KEY_PROPERTY);
        }
        LOG.config("Admin console login " + admin.username() + " / " + admin.password());
        LOG.info("Admin session timeout " + admin.sessionTimeoutSeconds() + "s");
        System.out.println("[flags-service] local evaluation key: " + settings.localEvaluationKey());
    }
}
