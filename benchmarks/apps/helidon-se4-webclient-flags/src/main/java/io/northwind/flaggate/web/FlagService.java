package io.northwind.flaggate.web;

import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import com.posthog.server.PostHogInterface;
import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webclient.api.HttpClientResponse;
import io.helidon.webclient.api.WebClient;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.northwind.flaggate.config.PostHogConstants;
import io.northwind.flaggate.config.PostHogSettings;
import io.northwind.flaggate.model.FlagDefinition;
import io.northwind.flaggate.posthog.PostHogAdminClient;
import io.northwind.flaggate.query.FilterLexer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * Flag reads for internal services and the storefront.
 */
public class FlagService implements HttpService {

    private static final Logger LOGGER = Logger.getLogger(FlagService.class.getName());
    private static final HeaderName API_KEY = HeaderNames.create(PostHogConstants.API_KEY_HEADER);

    private final PostHogSettings settings;
    private final PostHogInterface posthog;
    private final PostHogAdminClient adminClient;
    private final WebClient ingestClient;

    public FlagService(PostHogSettings settings, PostHogInterface posthog, PostHogAdminClient adminClient) {
        this.settings = settings;
        this.posthog = posthog;
        this.adminClient = adminClient;
        this.ingestClient = WebClient.builder().baseUri(settings.host()).build();
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::list)
                .get("/client-config", this::clientConfig)
                .get("/{distinctId}/{flagKey}", this::evaluate);
    }

    private void list(ServerRequest req, ServerResponse res) {
        List<FilterLexer.Token> tokens = new FilterLexer(req.query().first("filter").orElse("")).tokenize();
        List<FlagDefinition> flags = adminClient.listFlags().stream()
                .filter(flag -> matches(flag, tokens))
                .toList();
        res.send(flags);
    }

    /** Bootstrap values for posthog-js in the storefront. */
    private void clientConfig(ServerRequest req, ServerResponse res) {
        JsonObject body = Json.createObjectBuilder()
                .add("apiHost", settings.host())
                .add("token", settings.projectApiKey())
                .add("personProfiles", "identified_only")
                .build();
        res.send(body);
    }

    private void evaluate(ServerRequest req, ServerResponse res) {
        String distinctId = req.path().pathParameters().get("distinctId");
        String flagKey = req.path().pathParameters().get("flagKey");
        String callerKey = req.headers().first(API_KEY).orElse("anonymous");
        LOGGER.info("Flag " + flagKey + " requested for " + distinctId + " by key " + callerKey);

        boolean enabled = settings.hasPersonalKey()
                ? posthog.isFeatureEnabled(distinctId, flagKey, false)
                : evaluateRemotely(distinctId, flagKey);

        res.send(Json.createObjectBuilder()
                .add("flag", flagKey)
                .add("distinctId", distinctId)
                .add("enabled", enabled)
                .build());
    }

    /** Fallback when local evaluation is not configured: ask /flags directly. */
    private boolean evaluateRemotely(String distinctId, String flagKey) {
        JsonObject request = Json.createObjectBuilder()
                .add("api_key", settings.featureFlagsSecureKey())
                .add("distinct_id", distinctId)
                .build();
        try (HttpClientResponse response = ingestClient.post("/flags/")
                .queryParam("v", "2")
                .submit(request)) {
            if (response.status() != Status.OK_200) {
                return false;
            }
            JsonObject flags = response.as(JsonObject.class).getJsonObject("flags");
            return flags != null && flags.containsKey(flagKey)
                    && flags.getJsonObject(flagKey).getBoolean("enabled", false);
        }
    }

    private static boolean matches(FlagDefinition flag, List<FilterLexer.Token> tokens) {
        for (FilterLexer.Token token : tokens) {
            if (token.kind() == FilterLexer.TokenKind.WORD && "active".equals(token.text()) && !flag.active()) {
                return false;
            }
        }
        return true;
    }

    Map<String, String> describe() {
        return Map.of("host", settings.host(), "project", String.valueOf(settings.projectId()));
    }
}
