package com.northwind.reports.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Produces the SMTP {@link Session} used by the report mailer.
 */
@ApplicationScoped
public class MailSessionProducer {

    private static final Logger LOG = Logger.getLogger(MailSessionProducer.class.getName());

    @Inject
    @ConfigProperty(name = "reports.mail.smtp.host")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "reports.mail.smtp.port", defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "reports.mail.smtp.user")
    String smtpUser;

    @Inject
    @ConfigProperty(name = "reports.mail.smtp.password")
    String smtpPassword;

    @Produces
    @ApplicationScoped
    public Session mailSession() {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost);
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");

        LOG.log(Level.FINE, "SMTP session {0}:{1} user={2} password={3}",
                new Object[] {smtpHost, smtpPort, smtpUser, smtpPassword});

        return Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtpUser, smtpPassword);
            }
        });
    }
}
