package io.northwind.flaggate.web;

import java.util.logging.Level;
import java.util.logging.Logger;

import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.northwind.flaggate.config.PostHogSettings;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

/**
 * Relays server-side events from internal jobs to PostHog's batch endpoint.
 */
public class CaptureService implements HttpService {

    private static final Logger LOGGER = Logger.getLogger(CaptureService.class.getName());

    private final PostHogSettings settings;
    private final WebClient ingestClient;

    public CaptureService(PostHogSettings settings) {
        this.settings = settings;
        this.ingestClient = WebClient.builder().baseUri(settings.host()).build();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/batch", this::batch);
    }

    private void batch(ServerRequest req, ServerResponse res) {
        JsonArray events = req.content().as(JsonArray.class);
        JsonObject payload = Json.createObjectBuilder()
                .add("api_key", settings.projectApiKey())
                .add("batch", events)
                .build();

        try (HttpClientResponse response = ingestClient.post("/batch/").submit(payload)) {
            LOGGER.log(Level.FINE, "Forwarded {0} events, PostHog answered {1}",
                    new Object[] {events.size(), response.status().code()});
            res.status(response.status() == Status.OK_200 ? Status.ACCEPTED_202 : Status.BAD_GATEWAY_502)
                    .send();
        }
    }
}
