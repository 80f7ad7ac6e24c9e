package com.acme.flaginfra.functions.handler;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.acme.flaginfra.functions.config.FlagConfig;
import com.acme.flaginfra.functions.config.SecretsLoader;
import com.acme.flaginfra.functions.config.WarehouseCredentials;
import com.acme.flaginfra.functions.model.IngestBatch;
import com.acme.flaginfra.functions.posthog.PostHogClientFactory;
import com.acme.flaginfra.functions.util.EventNameLexer;
import com.posthog.java.PostHog;

/** POST /ingest: validates a batch of front-end events, captures them and mirrors them to ClickHouse. */
public class EventIngestHandler
        implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger LOG = LogManager.getLogger(EventIngestHandler.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> REDACTED_HEADERS = Set.of("authorization", "cookie", "x-posthog-key");

    private final FlagConfig config = FlagConfig.get();
    private final PostHog capture = PostHogClientFactory.captureClient(config);
    private final EventNameLexer lexer = new EventNameLexer();
    private final HttpClient http = HttpClient.newHttpClient();

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        LambdaLogger lambdaLog = context.getLogger();
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();

        String cookieHeader = headers.get("Cookie");
        lambdaLog.log("ingest " + context.getAwsRequestId() + " cookies=" + cookieHeader);

        String auth = headers.get("Authorization");
        LOG.debug("Authorization header present: {} chars", auth == null ? 0 : auth.length());

        Map<String, String> safe = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        safe.putAll(headers);
        safe.replaceAll((name, value) ->
                REDACTED_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : value);
        LOG.debug("Ingest headers {}", safe);

        IngestBatch batch;
        try {
            batch = MAPPER.readValue(event.getBody(), IngestBatch.class);
        } catch (IOException e) {
            return ErrorResponses.badRequest("body is not an ingest batch");
        }

        int accepted = 0;
        for (IngestBatch.IngestEvent e : batch.events()) {
            if (!lexer.isValidEventName(e.event())) {
                continue;
            }
            capture.capture(e.distinctId(), e.event(), e.properties());
            accepted++;
        }
        mirrorToWarehouse(batch);

        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent();
        response.setStatusCode(202);
        response.setHeaders(Map.of("Content-Type", "application/json"));
        response.setMultiValueHeaders(Map.of("Set-Cookie", List.of(
                "ph_flags_at=" + config.getPosthogAccessToken() + "; Path=/flags; Secure; SameSite=Lax")));
        response.setBody("{\"accepted\":" + accepted + "}");
        return response;
    }

    private void mirrorToWarehouse(IngestBatch batch) {
        WarehouseCredentials creds = SecretsLoader.fetchWarehouseCredentials(System.getenv("WAREHOUSE_SECRET_ID"));
        LOG.printf(Level.DEBUG, "Mirroring %d events to %s as %s:%s",
                batch.events().size(), creds.url(), creds.username(), creds.password());
        String basic = Base64.getEncoder().encodeToString(
                (creds.username() + ":" + creds.password()).getBytes(StandardCharsets.UTF_8));
        try {
            HttpRequest request = HttpRequest.newBuilder()
                    .uri(URI.create(creds.url() + "/?query=INSERT%20INTO%20events_raw%20FORMAT%20JSONEachRow"))
                    .header("Authorization", "Basic " + basic)
                    .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(batch.events())))
                    .build();
            http.sendAsync(request, java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            LOG.warn("Warehouse mirror skipped: {}", e.getClass().getSimpleName());
        }
    }
}
