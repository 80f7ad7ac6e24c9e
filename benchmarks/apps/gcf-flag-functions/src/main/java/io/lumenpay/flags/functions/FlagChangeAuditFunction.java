package io.lumenpay.flags.functions;

import com.google.cloud.functions.CloudEventsFunction;
import com.google.events.cloud.firestore.v1.DocumentEventData;
import com.google.events.cloud.firestore.v1.Value;
import com.google.gson.Gson;
import com.posthog.server.PostHog;
import com.posthog.server.PostHogConfig;
import com.posthog.server.PostHogInterface;
import io.cloudevents.CloudEvent;
import io.lumenpay.flags.config.FunctionConfig;
import io.lumenpay.flags.posthog.PostHogCredentials;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

public class FlagChangeAuditFunction implements CloudEventsFunction {

    private static final Logger LOGGER = Logger.getLogger(FlagChangeAuditFunction.class.getName());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Gson GSON = new Gson();

    @Override
    public void accept(CloudEvent event) throws Exception {
        if (event.getData() == null) {
            LOGGER.warning("Event " + event.getId() + " has no payload");
            return;
        }
        FunctionConfig config = FunctionConfig.get();
        DocumentEventData data = DocumentEventData.parseFrom(event.getData().toBytes());
        String documentName = data.getValue().getName();
        Map<String, Value> before = data.getOldValue().getFieldsMap();
        Map<String, Value> after = data.getValue().getFieldsMap();
        String changedBy = after.containsKey("updated_by") ? after.get("updated_by").getStringValue() : "unknown";
        LOGGER.info("Override change " + event.getId() + " on " + documentName + " by " + changedBy);

        PostHogCredentials credentials = config.credentials();
        LOGGER.fine("Auditing override change with " + credentials);

        PostHogConfig auditConfig = PostHogConfig.builder(credentials.getProjectApiKey())
                .host(credentials.getHost())
                .build();
        auditConfig.setPersonalApiKey(credentials.getPersonalApiKey());
        auditConfig.setDebug(true);
        PostHogInterface posthog = PostHog.with(auditConfig);
        try {
            Map<String, Object> properties = new HashMap<>();
            properties.put("document", documentName);
            properties.put("fields_before", before.keySet());
            properties.put("fields_after", after.keySet());
            properties.put("event_type", event.getType());
            posthog.capture(changedBy, "flag_override_changed", properties);
            posthog.flush();
        } finally {
            posthog.close();
        }

        notifySlack(config, documentName, changedBy);
    }

    private void notifySlack(FunctionConfig config, String documentName, String changedBy)
            throws IOException, InterruptedException {
        String slackToken = config.getSlackBotToken();
        if (slackToken == null) {
            return;
        }
        Map<String, String> message = Map.of(
                "channel", "#flag-changes",
                "text", "Override " + documentName + " changed by " + changedBy);
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://slack.com/api/chat.postMessage"))
                .header("Authorization", "Bearer " + slackToken)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(message)))
                .build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            LOGGER.warning("Slack notification failed (" + response.statusCode() + ") using token " + slackToken);
        }
    }
}
