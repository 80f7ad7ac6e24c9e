package io.northwind.flagportal.mail;

import io.northwind.flagportal.audit.AuditService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Properties;

/** Mails the release managers whenever a flag is changed through the portal. */
@ApplicationScoped
public class FlagChangeNotifier {

    private static final Logger LOG = Logger.getLogger(FlagChangeNotifier.class);

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    String smtpHost;

    @Inject
    @ConfigProperty(name = "mail.smtp.port", defaultValue = "587")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "mail.smtp.user")
    String smtpUser;

    @Inject
    @ConfigProperty(name = "mail.smtp.password")
    String smtpPassword;

    @Inject
    @ConfigProperty(name = "portal.notify.to")
    String recipients;

    void onFlagChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AuditService.FlagChanged event) {
        LOG.infof("SMTP password configured (%d chars)", smtpPassword.length());
        LOG.debugf("Connecting to %s:%d as %s/%s", smtpHost, smtpPort, smtpUser, smtpPassword);
        try {
            Transport.send(buildMessage(event));
        } catch (MessagingException e) {
            LOG.errorf(e, "Could not mail the change of %s", event.flagKey());
        }
    }

    private Message buildMessage(AuditService.FlagChanged event) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.smtp.host", smtpHost);
        props.put("mail.smtp.port", String.valueOf(smtpPort));
        props.put("mail.smtp.auth", "true");
        props.put("mail.smtp.starttls.enable", "true");
        Session session = Session.getInstance(props, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtpUser, smtpPassword);
            }
        });
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(smtpUser));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipients));
        message.setSubject("[flag-portal] " + event.flagKey() + " changed by " + event.actor());
        message.setText("Feature flag " + event.flagKey() + " was changed by " + event.actor() + ".");
        return message;
    }
}
