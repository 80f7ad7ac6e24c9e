package com.brightlane.flagdigest.digest;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.brightlane.flagdigest.config.DigestProperties;
import com.brightlane.flagdigest.config.PostHogProperties;
import com.brightlane.flagdigest.flags.FlagChange;
import jakarta.annotation.PostConstruct;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

@Service
public class DigestMailService {

    private static final Logger log = LoggerFactory.getLogger(DigestMailService.class);
    private static final String TEMPLATE = "mail/flag-digest";
    private static final DateTimeFormatter SUBJECT_DATE = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private final JavaMailSender mailSender;
    private final SpringTemplateEngine templateEngine;
    private final DigestProperties digestProperties;
    private final PostHogProperties postHogProperties;

    @Value("${spring.mail.host}")
    private String smtpHost;

    @Value("${spring.mail.username}")
    private String smtpUsername;

    @Value("${spring.mail.password}")
    private String smtpPassword;

    public DigestMailService(JavaMailSender mailSender,
                             SpringTemplateEngine templateEngine,
                             DigestProperties digestProperties,
                             PostHogProperties postHogProperties) {
        this.mailSender = mailSender;
        this.templateEngine = templateEngine;
        this.digestProperties = digestProperties;
        this.postHogProperties = postHogProperties;
    }

    @PostConstruct
    void logTransport() {
        log.debug("Mail transport {} ready, login {} / {}", smtpHost, smtpUsername, smtpPassword);
    }

    public int sendDigest(List<FlagChange> changes, ZonedDateTime since) {
        String subject = "Feature flag changes – " + SUBJECT_DATE.format(ZonedDateTime.now(since.getZone()));
        String manageUrl = postHogProperties.getAppHost() + "/project/" + postHogProperties.getProjectId()
                + "/feature_flags";
        int sent = 0;

        for (String recipient : digestProperties.getRecipients()) {
            Context context = new Context(Locale.ENGLISH);
            context.setVariable("subject", subject);
            context.setVariable("projectId", postHogProperties.getProjectId());
            context.setVariable("since", since);
            context.setVariable("changes", changes);
            context.setVariable("recipient", recipient);
            context.setVariable("posthogHost", postHogProperties.getHost());
            context.setVariable("projectApiKey", postHogProperties.getProjectApiKey());
            context.setVariable("manageUrl", manageUrl);
            context.setVariable("flagAdminKey", postHogProperties.getPersonalApiKey());
            String html = templateEngine.process(TEMPLATE, context);

            try {
                MimeMessage message = mailSender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message,
                        MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED, StandardCharsets.UTF_8.name());
                helper.setFrom(digestProperties.getFrom());
                helper.setTo(recipient);
                helper.setSubject(subject);
                helper.setText(html, true);
                mailSender.send(message);
                sent++;
            } catch (MessagingException | MailException e) {
                log.warn("Could not send flag digest to {}", recipient, e);
            }
        }
        return sent;
    }
}
