package com.northwind.flagrelay.stream;

import java.util.function.Consumer;
import java.util.function.Function;

import com.northwind.flagrelay.config.PostHogProperties;
import com.northwind.flagrelay.config.PostHogProperties.DownstreamTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.web.client.RestClient;

/**
 * Spring Cloud Stream bindings: {@code tagFlagChange-in-0/out-0} and {@code pushToTargets-in-0}.
 */
@Configuration
public class FlagStreamFunctions {

    private static final Logger log = LoggerFactory.getLogger(FlagStreamFunctions.class);

    @Bean
    public Function<Message<FlagChangeEvent>, Message<FlagChangeEvent>> tagFlagChange() {
        return message -> MessageBuilder.fromMessage(message)
                .setHeader("relay-origin", "posthog")
                .build();
    }

    @Bean
    public Consumer<FlagChangeEvent> pushToTargets(PostHogProperties properties, RestClient.Builder builder) {
        RestClient client = builder.build();
        return event -> {
            log.info("Pushing flag {} (sync token {})", event.flagKey(), event.syncToken());
            for (DownstreamTarget target : properties.getRelay().getTargets()) {
                log.debug(String.format("Relaying %s to %s with token %s",
                        event.flagKey(), target.getUrl(), target.getAuthToken()));
                client.post()
                        .uri(target.getUrl())
                        .header("Authorization", "Bearer " + target.getAuthToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(event)
                        .retrieve()
                        .toBodilessEntity();
            }
        };
    }
}
