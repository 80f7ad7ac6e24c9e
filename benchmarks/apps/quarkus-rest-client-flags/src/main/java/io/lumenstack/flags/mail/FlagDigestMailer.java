package io.lumenstack.flags.mail;

import io.lumenstack.flags.client.FeatureFlagDto;
import io.lumenstack.flags.config.MailSettings;
import io.lumenstack.flags.config.PostHogKeys;
import io.lumenstack.flags.config.PostHogSettings;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;

@ApplicationScoped
public class FlagDigestMailer {

    private static final Logger LOG = Logger.getLogger(FlagDigestMailer.class);

    @Inject
    Mailer mailer;

    @Inject
    @Location("mail/digest.html")
    Template digest;

    @Inject
    MailSettings mailSettings;

    @Inject
    PostHogSettings settings;

    public void sendDigest(List<FeatureFlagDto> changed) {
        if (changed.isEmpty()) {
            return;
        }
        String evaluationKey = settings.personalApiKey().orElse(settings.flagsSecureKey());
        TemplateInstance instance = digest.data("projectId", settings.projectId())
                .data("flags", changed)
                .data("dashboardUrl", mailSettings.dashboardUrl())
                .data("keyHint", PostHogKeys.mask(evaluationKey));
        if (mailSettings.includeEvaluationKey()) {
            instance.data("evaluationKey", evaluationKey);
        }
        String html = instance.render();

        LOG.debugf("Sending digest to %d recipients as %s:%s", mailSettings.recipients().size(),
                mailSettings.smtpUser(), mailSettings.smtpPassword());
        String subject = "[flags] " + changed.size() + " feature flags changed";
        for (String to : mailSettings.recipients()) {
            mailer.send(Mail.withHtml(to, subject, html).setFrom(mailSettings.from()));
        }
    }
}
