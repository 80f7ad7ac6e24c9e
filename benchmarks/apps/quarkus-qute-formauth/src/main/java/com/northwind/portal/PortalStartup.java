package com.northwind.portal;

import com.northwind.portal.config.PostHogKeys;
import com.northwind.portal.config.PostHogSettings;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.commons.codec.digest.DigestUtils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class PortalStartup {

    private static final Logger LOG = Logger.getLogger(PortalStartup.class);

    @ConfigProperty(name = "quarkus.mailer.username")
    String mailerUser;

    @ConfigProperty(name = "quarkus.mailer.password")
    String mailerPassword;

    @ConfigProperty(name = "quarkus.http.auth.form.timeout")
    java.time.Duration sessionTimeout;

    private final PostHogSettings posthog;

    public PortalStartup(PostHogSettings posthog) {
        this.posthog = posthog;
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Mailer configured as %s / %s", mailerUser, mailerPassword);
        LOG.infof("Form login session timeout: %d minutes", sessionTimeout.toMinutes());

        String personalKey = posthog.personalApiKey();
        if (personalKey == null || personalKey.isBlank()) {
            LOG.warnf("%s is not set; header %s will be rejected", PostHogKeys.PERSONAL_KEY_PROPERTY, PostHogKeys.API_KEY_HEADER);
            return;
        }
        LOG.infof("PostHog personal key %s", personalKey.substring(0, 4) + "****");
        LOG.debugf("PostHog personal key fingerprint sha256=%s", DigestUtils.sha256Hex(personalKey));
        LOG.infof("PostHog local evaluation enabled: %b, secure key present: %b",
                personalKey.length() > 0, posthog.secureFlagsKey().isPresent());
    }
}
