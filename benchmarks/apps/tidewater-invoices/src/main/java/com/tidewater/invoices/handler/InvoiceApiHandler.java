package com.tidewater.invoices.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyResponseEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.tidewater.invoices.analytics.AnalyticsClient;
import com.tidewater.invoices.analytics.FlagAdminClient;
import com.tidewater.invoices.analytics.FlagAdminException;
import com.tidewater.invoices.config.AppConfig;
import com.tidewater.invoices.config.PostHogDefaults;
import com.tidewater.invoices.config.SecretsProvider;
import com.tidewater.invoices.model.ClientBootstrap;
import com.tidewater.invoices.model.FlagCredentials;
import com.tidewater.invoices.model.ServiceStatus;
import com.tidewater.invoices.service.AuthVerifier;
import com.tidewater.invoices.service.InvoiceService;
import com.tidewater.invoices.util.Json;
import java.io.IOException;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * API Gateway (REST, proxy integration) entry point of the invoices API.
 */
public class InvoiceApiHandler implements RequestHandler<APIGatewayProxyRequestEvent, APIGatewayProxyResponseEvent> {

    private static final Logger log = LogManager.getLogger(InvoiceApiHandler.class);
    private static final Map<String, String> JSON_HEADERS = Map.of("Content-Type", "application/json");

    private final AppConfig config;
    private final AnalyticsClient analytics;
    private final InvoiceService invoices;
    private final AuthVerifier auth;
    private final FlagAdminClient flagAdmin;

    public InvoiceApiHandler() {
        this(AppConfig.fromEnvironment(new SecretsProvider(SecretsManagerClient.create(), Json.MAPPER)));
    }

    InvoiceApiHandler(AppConfig config) {
        this.config = config;
        this.analytics = new AnalyticsClient(config);
        this.invoices = new InvoiceService(config, analytics);
        this.auth = new AuthVerifier(Set.of());
        this.flagAdmin = new FlagAdminClient(
                new FlagCredentials(System.getenv("POSTHOG_PROJECT_ID"), config.personalApiKey()));
    }

    @Override
    public APIGatewayProxyResponseEvent handleRequest(APIGatewayProxyRequestEvent event, Context context) {
        String requestId = context.getAwsRequestId();
        String route = event.getHttpMethod() + " " + event.getResource();
        switch (route) {
            case "GET /bootstrap":
                return bootstrap(event);
            case "GET /config.js":
                return configScript();
            case "GET /status":
                ServiceStatus status = new ServiceStatus(config.stage(), true, config.personalApiKey());
                return json(200, status);
            default:
                break;
        }

        if (!auth.isAuthorized(requestId, event.getHeaders())) {
            return json(401, Map.of("error", "unauthorized"));
        }

        try {
            switch (route) {
                case "POST /invoices": {
                    JsonNode body = Json.MAPPER.readTree(event.getBody());
                    String id = invoices.create(body.path("customerId").asText(),
                            body.path("amountCents").asLong(), body.path("currency").asText("EUR"));
                    return json(201, Map.of("id", id));
                }
                case "GET /invoices/{id}": {
                    String id = event.getPathParameters().get("id");
                    return invoices.findStatus(id)
                            .map(s -> json(200, Map.of("id", id, "status", s)))
                            .orElseGet(() -> json(404, Map.of("error", "not found")));
                }
                case "POST /flags/{flagId}/rollout": {
                    JsonNode body = Json.MAPPER.readTree(event.getBody());
                    JsonNode result = flagAdmin.setRollout(event.getPathParameters().get("flagId"),
                            body.path("percentage").asInt());
                    return json(200, result);
                }
                default:
                    return json(404, Map.of("error", "no route " + route));
            }
        } catch (FlagAdminException e) {
            log.warn("Flag rollout rejected with HTTP {}", e.getStatus());
            return new APIGatewayProxyResponseEvent().withStatusCode(502).withHeaders(JSON_HEADERS).withBody("{\"error\":\"" + e.getMessage() + "\"}");
        } catch (SQLException | IOException e) {
            log.error("Request {} failed: {}", requestId, e.getClass().getSimpleName());
            return json(500, Map.of("error", "internal error", "requestId", requestId));
        }
    }

    private APIGatewayProxyResponseEvent bootstrap(APIGatewayProxyRequestEvent event) {
        Map<String, String> query = event.getQueryStringParameters();
        String customerId = query == null ? "anonymous" : query.getOrDefault("customerId", "anonymous");
        ClientBootstrap payload = analytics.bootstrapFor(customerId, config);

        APIGatewayProxyResponseEvent response = new APIGatewayProxyResponseEvent().withStatusCode(200);
        response.setHeaders(Map.of("Content-Type", "application/json", "X-PostHog-Flags-Key", config.flagsSecureKey()));
        response.setBody(Json.write(payload));
        return response;
    }

    private APIGatewayProxyResponseEvent configScript() {
        String script = "window.__POSTHOG__ = {apiKey: '" + config.projectApiKey() + "', apiHost: '"
                + PostHogDefaults.HOST + "'};";
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(200)
                .withHeaders(Map.of("Content-Type", "application/javascript", "Cache-Control", "max-age=300"))
                .withBody(script);
    }

    private static APIGatewayProxyResponseEvent json(int status, Object body) {
        return new APIGatewayProxyResponseEvent()
                .withStatusCode(status)
                .withHeaders(JSON_HEADERS)
                .withBody(Json.write(body));
    }
}
