package com.northwind.digest.mail;

import com.northwind.digest.config.PostHogSettings;
import io.quarkus.mailer.MailTemplate.MailTemplateInstance;
import io.quarkus.qute.CheckedTemplate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

@ApplicationScoped
public class DigestMailer {

    private static final Logger LOG = Logger.getLogger(DigestMailer.class);

    @CheckedTemplate
    static class Templates {
        static native MailTemplateInstance digest(String week, Map<String, Long> metrics,
                                                  String appHost, long projectId,
                                                  boolean inlineCharts, String chartToken);
    }

    @Inject
    PostHogSettings settings;

    @ConfigProperty(name = "digest.subject")
    String subjectPattern;

    public void send(String recipient, String week, Map<String, Long> metrics, boolean inlineCharts) {
        String subject = renderSubject(week);
        String appHost = settings.appHost();
        Templates.digest(week, metrics, appHost, settings.projectId(), inlineCharts, settings.personalApiKey())
                .to(recipient)
                .subject(subject)
                .send()
                .await().indefinitely();
    }

    String renderSubject(String week) {
        List<SubjectLineLexer.Token> tokens = SubjectLineLexer.tokenize(subjectPattern);
        StringBuilder subject = new StringBuilder();
        for (SubjectLineLexer.Token token : tokens) {
            LOG.tracef("subject token %s", token);
            if (token.kind() == SubjectLineLexer.Kind.PLACEHOLDER && "week".equals(token.text())) {
                subject.append(week);
            } else {
                subject.append(token.text());
            }
        }
        return subject.toString();
    }
}
