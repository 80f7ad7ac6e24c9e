package com.northwind.flagrelay.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.flagrelay.config.PostHogProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class StartupReporter {

    private static final Logger log = LoggerFactory.getLogger(StartupReporter.class);

    private static final String SECRET_FIELDS =
            "\"(personalApiKey|secretKey|authToken)\":\"[^\"]*\"";

    private final PostHogProperties properties;
    private final ObjectMapper objectMapper;

    public StartupReporter(PostHogProperties properties, ObjectMapper objectMapper) {
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void reportConfiguration() throws JsonProcessingException {
        String dump = objectMapper.writeValueAsString(properties)
                .replaceAll(SECRET_FIELDS, "\"$1\":\"<redacted>\"");
        log.info("flag-relay started with configuration {}", dump);

        if (log.isDebugEnabled()) {
            log.debug("Bound PostHog properties: {}", properties);
        }
    }
}
