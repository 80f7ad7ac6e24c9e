package com.northwind.reports.batch;

import com.northwind.reports.persistence.ReportSubscription;
import com.northwind.reports.persistence.SubscriptionRepository;
import com.northwind.reports.posthog.PostHogApiClient;
import com.northwind.reports.posthog.PostHogApiException;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;

/**
 * Fetches each selected insight from PostHog and mails it to its subscribers.
 */
@Named("reportMailWriter")
@Dependent
public class ReportMailWriter extends AbstractItemWriter {

    private static final Logger LOG = Logger.getLogger(ReportMailWriter.class);

    @Inject
    PostHogApiClient postHogApi;

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    ReportFeatureFlags flags;

    @Inject
    Session mailSession;

    @Inject
    @ConfigProperty(name = "reports.mail.from")
    String fromAddress;

    @Override
    public void writeItems(List<Object> items) throws Exception {
        for (Object item : items) {
            long insightId = (Long) item;
            JsonObject insight;
            try {
                insight = postHogApi.fetchInsight(insightId);
            } catch (PostHogApiException e) {
                LOG.errorf("Skipping insight %d: %s", insightId, e.getMessage());
                continue;
            }
            int sent = 0;
            for (ReportSubscription subscription : subscriptions.findActiveForInsight(insightId)) {
                if (!flags.isMailingEnabled(subscription.getRecipient())) {
                    continue;
                }
                LOG.debugf("Mailing insight %d to %s", insightId, subscription);
                if (subscription.getWebhookSecret() != null) {
                    LOG.debugf("Receipt will be signed, secret fingerprint %s",
                            SubscriptionRepository.sha256Hex(subscription.getWebhookSecret()));
                }
                send(subscription.getRecipient(), insight);
                subscriptions.markSent(subscription.getId(), Instant.now());
                sent++;
            }
            postHogApi.captureReportSent("reports-batch", insightId, sent);
        }
    }

    private void send(String recipient, JsonObject insight) throws MessagingException {
        MimeMessage message = new MimeMessage(mailSession);
        message.setFrom(new InternetAddress(fromAddress));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(recipient));
        message.setSubject("[PostHog] " + insight.getString("name", "Insight report"));
        message.setText(renderBody(insight), "UTF-8", "html");
        Transport.send(message);
    }

    private static String renderBody(JsonObject insight) {
        return "<h2>" + insight.getString("name", "Insight") + "</h2>"
                + "<p>" + insight.getString("description", "") + "</p>"
                + "<pre>" + insight.get("result") + "</pre>";
    }
}
