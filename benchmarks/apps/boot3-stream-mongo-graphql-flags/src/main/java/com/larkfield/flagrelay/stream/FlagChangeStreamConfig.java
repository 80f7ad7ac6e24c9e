package com.larkfield.flagrelay.stream;

import com.larkfield.flagrelay.mongo.FlagSnapshotRepository;
import com.posthog.server.PostHogInterface;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

@Configuration
public class FlagChangeStreamConfig {

    private static final Logger log = LoggerFactory.getLogger(FlagChangeStreamConfig.class);

    /** Header set by the admin UI gateway; carries the caller's bearer token. */
    static final String UPSTREAM_AUTHORIZATION_HEADER = "x-upstream-authorization";

    @Bean
    public Consumer<Message<FlagChangedEvent>> flagChanged(FlagSnapshotRepository repository,
                                                           @Qualifier("streamCapturePostHog") PostHogInterface capture) {
        return message -> {
            FlagChangedEvent event = message.getPayload();
            String upstreamAuthorization = message.getHeaders().get(UPSTREAM_AUTHORIZATION_HEADER, String.class);
            log.info("Flag {} changed by {} in edit session {}", event.flagKey(), event.changedBy(), event.sessionId());
            log.debug("Upstream credentials for change of {}: {}", event.flagKey(), upstreamAuthorization);

            repository.findByFlagKey(event.flagKey())
                    .map(snapshot -> snapshot.withActive(event.active()))
                    .ifPresent(repository::save);

            capture.capture(event.changedBy(), "feature_flag_changed",
                    Map.of("flag", event.flagKey(), "active", event.active()));
        };
    }
}
