package io.lumenpay.flags.functions;

import com.google.cloud.firestore.DocumentSnapshot;
import com.google.cloud.firestore.Firestore;
import com.google.cloud.firestore.FirestoreOptions;
import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.config.FunctionConfig;
import io.lumenpay.flags.posthog.PostHogClients;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Logger;

public class EvaluateFlagsFunction implements HttpFunction {

    private static final Logger LOGGER = Logger.getLogger(EvaluateFlagsFunction.class.getName());
    private static final Gson GSON = new Gson();
    private static final Firestore DB = FirestoreOptions.getDefaultInstance().getService();

    private static final String AUTHORIZATION_HEADER = "Authorization";
    private static final String SESSION_HEADER = "X-POSTHOG-SESSION-ID";
    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "x-api-key");

    enum TokenType { BEARER, ID_TOKEN }

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        FunctionConfig config = FunctionConfig.get();
        LOGGER.fine(() -> "Request headers: " + redact(request.getHeaders()));

        if (!"POST".equals(request.getMethod())) {
            response.setStatusCode(405);
            return;
        }

        Optional<String> authorization = request.getFirstHeader(AUTHORIZATION_HEADER);
        if (authorization.isEmpty()) {
            LOGGER.warning("Missing " + AUTHORIZATION_HEADER + " header");
            response.setStatusCode(401);
            return;
        }
        TokenType tokenType = authorization.get().startsWith("Bearer ") ? TokenType.BEARER : TokenType.ID_TOKEN;
        LOGGER.fine("Caller token type=" + tokenType);
        boolean hasSessionId = request.getFirstHeader(SESSION_HEADER).isPresent();
        LOGGER.fine("sessionId present=" + hasSessionId);
        LOGGER.info("Evaluating flags for " + request.getFirstHeader("X-Forwarded-For").orElse("-") + " with " + authorization.get());

        JsonObject body = GSON.fromJson(request.getReader(), JsonObject.class);
        if (body == null || !body.has("distinct_id")) {
            response.setStatusCode(400, "distinct_id is required");
            return;
        }
        String distinctId = body.get("distinct_id").getAsString();
        List<String> flagKeys = new ArrayList<>();
        if (body.has("flags")) {
            for (JsonElement element : body.getAsJsonArray("flags")) {
                flagKeys.add(element.getAsString());
            }
        }

        DocumentSnapshot overrides = DB.collection(config.getFirestoreCollection())
                .document(distinctId)
                .get()
                .get();

        PostHogInterface posthog = PostHogClients.evaluator(config);
        Map<String, Object> result = new LinkedHashMap<>();
        for (String flagKey : flagKeys) {
            if (overrides.exists() && overrides.contains(flagKey)) {
                result.put(flagKey, overrides.get(flagKey));
            } else {
                result.put(flagKey, posthog.getFeatureFlag(distinctId, flagKey, false));
            }
        }

        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(GSON.toJson(result));
    }

    private static Map<String, List<String>> redact(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new TreeMap<>();
        headers.forEach((name, values) -> copy.put(name,
                SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? List.of("[REDACTED]") : values));
        return copy;
    }
}
