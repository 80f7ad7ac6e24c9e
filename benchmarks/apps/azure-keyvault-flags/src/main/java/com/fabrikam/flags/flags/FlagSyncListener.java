package com.fabrikam.flags.flags;

import com.azure.messaging.servicebus.ServiceBusErrorContext;
import com.azure.messaging.servicebus.ServiceBusReceivedMessage;
import com.azure.messaging.servicebus.ServiceBusReceivedMessageContext;
import com.azure.messaging.servicebus.models.DeadLetterOptions;
import com.fabrikam.flags.storage.BlobSnapshotStore;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.posthog.server.PostHogInterface;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

@Component
public class FlagSyncListener {

    private static final Logger log = LoggerFactory.getLogger(FlagSyncListener.class);
    private static final String CALLBACK_TOKEN_PROPERTY = "callback-token";

    private final FlagDefinitionExporter exporter;
    private final BlobSnapshotStore snapshotStore;
    private final PostHogInterface auditPostHog;
    private final RestClient restClient;
    private final ObjectMapper objectMapper;

    public FlagSyncListener(FlagDefinitionExporter exporter,
                            BlobSnapshotStore snapshotStore,
                            @Qualifier("auditPostHog") PostHogInterface auditPostHog,
                            RestClient.Builder restClientBuilder,
                            ObjectMapper objectMapper) {
        this.exporter = exporter;
        this.snapshotStore = snapshotStore;
        this.auditPostHog = auditPostHog;
        this.restClient = restClientBuilder.build();
        this.objectMapper = objectMapper;
    }

    public void onMessage(ServiceBusReceivedMessageContext context) {
        ServiceBusReceivedMessage message = context.getMessage();
        log.info("Received flag sync request {} (delivery {})", message.getMessageId(), message.getDeliveryCount());

        try {
            FlagSyncRequest request = objectMapper.readValue(message.getBody().toBytes(), FlagSyncRequest.class);
            String callbackToken = (String) message.getApplicationProperties().get(CALLBACK_TOKEN_PROPERTY);
            log.debug("Sync {} for project {} will notify {} with token {}",
                    message.getMessageId(), request.projectId(), request.callbackUrl(), callbackToken);

            String definitions = exporter.exportDefinitions(request.projectId());
            String downloadUrl = snapshotStore.storeSnapshot(request.projectId(), definitions);

            if (request.callbackUrl() != null) {
                restClient.post()
                        .uri(request.callbackUrl())
                        .header("X-Callback-Token", callbackToken)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("projectId", request.projectId(), "snapshotUrl", downloadUrl))
                        .retrieve()
                        .toBodilessEntity();
            }

            Map<String, Object> properties = new HashMap<>();
            properties.put("project_id", request.projectId());
            properties.put("message_id", message.getMessageId());
            properties.put("delivery_count", message.getDeliveryCount());
            auditPostHog.capture(request.requestedBy(), "flag_snapshot_exported", properties);

            context.complete();
        } catch (FlagExportException ex) {
            log.error("Flag sync {} failed (retryable={})", message.getMessageId(), ex.isRetryable(), ex);
            if (ex.isRetryable()) {
                context.abandon();
            } else {
                context.deadLetter(new DeadLetterOptions()
                        .setDeadLetterReason("export-rejected")
                        .setDeadLetterErrorDescription("status " + ex.getStatusCode()));
            }
        } catch (IOException ex) {
            log.error("Malformed flag sync request {}", message.getMessageId(), ex);
            context.deadLetter(new DeadLetterOptions().setDeadLetterReason("malformed-body"));
        }
    }

    public void onError(ServiceBusErrorContext context) {
        log.error("Service Bus error from {} on {}/{}",
                context.getErrorSource(),
                context.getFullyQualifiedNamespace(),
                context.getEntityPath(),
                context.getException());
    }

    public record FlagSyncRequest(String projectId, String requestedBy, String callbackUrl) {
    }
}
