package com.acme.flagledger.mail;

import com.acme.flagledger.config.MailSettings;
import com.acme.flagledger.config.PostHogProperties;
import com.acme.flagledger.projection.FlagLedgerProjection;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Weekly digest of every rollout change, mailed to the release managers.
 */
@Component
public class LedgerDigestMailer {

    private static final Logger log = LogManager.getLogger(LedgerDigestMailer.class);

    private final Configuration freemarker;
    private final FlagLedgerProjection projection;
    private final PostHogProperties posthog;
    private final MailSettings mailSettings;
    private final JavaMailSenderImpl mailSender = new JavaMailSenderImpl();

    public LedgerDigestMailer(Configuration freemarker, FlagLedgerProjection projection,
                              PostHogProperties posthog, MailSettings mailSettings,
                              @Value("${spring.mail.host}") String smtpHost) {
        this.freemarker = freemarker;
        this.projection = projection;
        this.posthog = posthog;
        this.mailSettings = mailSettings;
        mailSender.setHost(smtpHost);
        mailSender.setPort(587);
        mailSender.setUsername(mailSettings.getSmtpUser());
        mailSender.setPassword(mailSettings.getSmtpPassword());
        mailSender.getJavaMailProperties().put("mail.smtp.starttls.enable", "true");
    }

    @Scheduled(cron = "0 0 7 * * MON", zone = "Europe/Berlin")
    public void sendWeeklyDigest() throws IOException, TemplateException, MessagingException {
        log.debug("Opening SMTP session to {} as {} (password {})",
                mailSender.getHost(), mailSettings.getSmtpUser(), mailSettings.getSmtpPassword());

        Map<String, Object> model = new HashMap<>();
        model.put("weekOf", LocalDate.now());
        model.put("ledger", projection.all());
        model.put("posthogHost", posthog.getHost());
        model.put("projectId", posthog.getProjectId());
        // the drift-check snippet in the mail needs a key that can read flag definitions
        model.put("driftCheckKey", posthog.getProjectSecretKey());

        Template template = freemarker.getTemplate("weekly-digest.ftlh");
        StringWriter html = new StringWriter();
        template.process(model, html);

        MimeMessage message = mailSender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(mailSettings.getFrom());
        helper.setTo(mailSettings.getDigestRecipients().toArray(String[]::new));
        helper.setSubject("Flag ledger digest");
        helper.setText(html.toString(), true);
        mailSender.send(message);
        log.info("Digest sent to {} recipients", mailSettings.getDigestRecipients().size());
    }
}
