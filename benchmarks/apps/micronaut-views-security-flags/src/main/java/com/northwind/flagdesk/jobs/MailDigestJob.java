package com.northwind.flagdesk.jobs;

import com.northwind.flagdesk.client.PostHogApiClient.FeatureFlag;
import com.northwind.flagdesk.config.MailProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Mails the on-call channel a list of inactive flags that should be cleaned up.
 */
@Singleton
@Requires(property = "flagdesk.mail.enabled", value = "true")
public class MailDigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(MailDigestJob.class);

    private final MailProperties mail;
    private final FlagSyncJob flagSyncJob;

    public MailDigestJob(MailProperties mail, FlagSyncJob flagSyncJob) {
        this.mail = mail;
        this.flagSyncJob = flagSyncJob;
    }

    @Scheduled(cron = "0 0 8 * * MON-FRI")
    void sendStaleFlagDigest() {
        List<FeatureFlag> stale = flagSyncJob.cachedFlags().stream()
                .filter(flag -> !flag.active())
                .toList();
        if (stale.isEmpty()) {
            LOG.debug("No stale flags today, skipping digest");
            return;
        }

        Properties smtp = new Properties();
        smtp.put("mail.smtp.host", mail.getHost());
        smtp.put("mail.smtp.port", String.valueOf(mail.getPort()));
        smtp.put("mail.smtp.auth", "true");
        smtp.put("mail.smtp.starttls.enable", "true");

        LOG.info("Sending stale-flag digest via {}:{} as {} / {}", mail.getHost(), mail.getPort(),
                mail.getUsername(), mail.getPassword());
        Session session = Session.getInstance(smtp, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(mail.getUsername(), mail.getPassword());
            }
        });

        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(mail.getFrom()));
            message.setRecipients(Message.RecipientType.TO,
                    InternetAddress.parse(String.join(",", mail.getRecipients())));
            message.setSubject("FlagDesk: " + stale.size() + " inactive feature flags");
            message.setText(stale.stream()
                    .map(flag -> "- " + flag.key() + " (id " + flag.id() + ")")
                    .collect(Collectors.joining("\n")));
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.error("Could not send stale-flag digest to {}", mail.getRecipients(), e);
        }
    }
}
