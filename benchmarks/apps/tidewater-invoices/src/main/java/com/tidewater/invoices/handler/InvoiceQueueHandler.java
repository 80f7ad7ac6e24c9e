package com.tidewater.invoices.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.tidewater.invoices.analytics.FlagAdminClient;
import com.tidewater.invoices.analytics.FlagAdminException;
import com.tidewater.invoices.analytics.LegacyTracker;
import com.tidewater.invoices.config.AppConfig;
import com.tidewater.invoices.config.PostHogDefaults;
import com.tidewater.invoices.config.SecretsProvider;
import com.tidewater.invoices.model.FlagCredentials;
import com.tidewater.invoices.model.InvoiceEvent;
import com.tidewater.invoices.util.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Consumes invoice events from the billing SQS queue (partial batch responses enabled).
 */
public class InvoiceQueueHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    private static final Logger log = LogManager.getLogger(InvoiceQueueHandler.class);
    private static final long LARGE_INVOICE_CENTS = 1_000_000L;

    private final LegacyTracker tracker;
    private final FlagAdminClient flagAdmin;

    public InvoiceQueueHandler() {
        AppConfig config = AppConfig.fromEnvironment(new SecretsProvider(SecretsManagerClient.create(), Json.MAPPER));
        // the flags key is the one that is allowed server side, so use it for batch capture too
        this.tracker = new LegacyTracker(config.flagsSecureKey(), PostHogDefaults.HOST);
        this.flagAdmin = new FlagAdminClient(
                new FlagCredentials(System.getenv("POSTHOG_PROJECT_ID"), config.personalApiKey()));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        List<SQSBatchResponse.BatchItemFailure> failures = new ArrayList<>();
        for (SQSEvent.SQSMessage message : event.getRecords()) {
            try {
                InvoiceEvent invoice = Json.read(message.getBody(), InvoiceEvent.class);
                long sessionId = invoice.sessionId();
                log.info("Processing invoice {} from checkout session {}", invoice.invoiceId(), sessionId);
                tracker.track(invoice.customerId(), "invoice_queued", Map.of(
                        "amount_cents", invoice.amountCents(),
                        "currency", invoice.currency()));
                if (invoice.amountCents() > LARGE_INVOICE_CENTS) {
                    flagAdmin.setRollout("large-invoice-review", 100);
                }
            } catch (FlagAdminException e) {
                log.error("Flag sync failed for message {}", message.getMessageId(), e);
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            } catch (IOException | UncheckedIOException e) {
                log.error("Could not process message {}: {}", message.getMessageId(), e.getMessage());
                failures.add(new SQSBatchResponse.BatchItemFailure(message.getMessageId()));
            }
        }
        tracker.shutdown();
        return new SQSBatchResponse(failures);
    }
}
