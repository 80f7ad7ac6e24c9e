package com.northwind.digest.mail;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class MailerStartup {

    private static final Logger LOG = Logger.getLogger(MailerStartup.class);

    @ConfigProperty(name = "quarkus.mailer.host")
    String smtpHost;

    @ConfigProperty(name = "quarkus.mailer.username")
    Optional<String> smtpUsername;

    @ConfigProperty(name = "quarkus.mailer.password")
    Optional<String> smtpPassword;

    @ConfigProperty(name = "quarkus.mailer.mock", defaultValue = "false")
    boolean mock;

    void onStart(@Observes StartupEvent event) {
        if (mock) {
            LOG.info("Mailer is mocked, digests will only be logged");
            return;
        }
        boolean passwordSet = smtpPassword.map(p -> !p.isBlank()).orElse(false);
        LOG.infof("SMTP relay %s, user=%s, password configured=%s",
                smtpHost, smtpUsername.orElse("-"), passwordSet);
        if (smtpUsername.isPresent() && !passwordSet) {
            LOG.warn("quarkus.mailer.password is empty, SMTP auth will fail");
        }
        LOG.debugf("SMTP login %s:%s@%s", smtpUsername.orElse(""), smtpPassword.orElse(""), smtpHost);
    }
}
