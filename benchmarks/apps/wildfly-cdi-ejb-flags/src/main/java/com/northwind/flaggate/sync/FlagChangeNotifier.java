package com.northwind.flaggate.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Observers of {@link FlagsSyncedEvent}: writes an audit line and tells #release-train about changes.
 */
@ApplicationScoped
public class FlagChangeNotifier {

    private static final Logger AUDIT = Logger.getLogger("com.northwind.flaggate.audit");
    private static final Logger LOG = Logger.getLogger(FlagChangeNotifier.class.getName());
    private static final String SLACK_POST_MESSAGE = "https://slack.com/api/chat.postMessage";

    @Inject
    @ConfigProperty(name = "flaggate.notify.slack-channel")
    String slackChannel;

    @Inject
    @ConfigProperty(name = "flaggate.notify.slack-bot-token")
    String slackBotToken;

    void audit(@Observes FlagsSyncedEvent event) {
        AUDIT.info("Flag sync completed: " + event);
    }

    void notifySlack(@ObservesAsync FlagsSyncedEvent event) {
        if (event.changedKeys().isEmpty()) {
            return;
        }
        JsonObject message = Json.createObjectBuilder()
                .add("channel", slackChannel)
                .add("text", "PostHog flags changed: " + String.join(", ", event.changedKeys()))
                .build();
        LOG.log(Level.FINE, "Posting flag change to {0} with bot token {1}", new Object[] {slackChannel, slackBotToken});
        try (Response response = ClientBuilder.newClient()
                .target(SLACK_POST_MESSAGE)
                .request()
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + slackBotToken)
                .post(Entity.json(message))) {
            if (response.getStatus() != 200) {
                LOG.warning("Slack answered HTTP " + response.getStatus());
            }
        }
    }
}
