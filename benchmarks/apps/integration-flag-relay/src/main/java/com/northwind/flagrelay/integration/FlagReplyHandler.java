package com.northwind.flagrelay.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagrelay.config.PostHogProperties;
import com.northwind.flagrelay.stream.FlagChangeEvent;
import lombok.RequiredArgsConstructor;
import lombok.extern.slf4j.Slf4j;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.http.HttpStatusCode;
import org.springframework.integration.annotation.ServiceActivator;
import org.springframework.integration.http.HttpHeaders;
import org.springframework.integration.support.MessageBuilder;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

@Slf4j
@Component
@RequiredArgsConstructor
public class FlagReplyHandler {

    private final PostHogProperties properties;
    private final ObjectMapper objectMapper;
    private final StreamBridge streamBridge;

    private long syncToken;

    @ServiceActivator(inputChannel = FlagSyncFlowConfig.FLAG_REPLIES)
    public void onFlagDefinitions(Message<String> reply) throws Exception {
        HttpStatusCode status = (HttpStatusCode) reply.getHeaders().get(HttpHeaders.STATUS_CODE);
        if (status != null && status.value() == 401) {
            throw new FlagSyncException("PostHog rejected secure key " + properties.getSecretKey()
                    + " for project flags", status.value());
        }

        String secretKey = properties.getSecretKey();
        log.debug("Secure key configured={} length={}", secretKey != null,
                secretKey == null ? 0 : secretKey.length());

        JsonNode flags = objectMapper.readTree(reply.getPayload()).path("flags");
        syncToken++;
        for (JsonNode flag : flags) {
            FlagChangeEvent event = new FlagChangeEvent(flag.path("key").asText(),
                    flag.path("active").asBoolean(), syncToken);
            streamBridge.send(properties.getRelay().getBindingName(),
                    MessageBuilder.withPayload(event)
                            .setHeader("flag-key", event.flagKey())
                            .setHeader("sync-token", syncToken)
                            .build());
        }
        log.info("Relayed {} flag definitions (sync token {})", flags.size(), syncToken);
    }
}
