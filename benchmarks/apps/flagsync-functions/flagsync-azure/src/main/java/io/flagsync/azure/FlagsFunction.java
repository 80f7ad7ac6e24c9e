package io.flagsync.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.BindingName;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.posthog.server.PostHogInterface;
import io.flagsync.core.PostHogClientFactory;
import io.flagsync.core.PostHogSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/** Evaluates the storefront's feature flags for one visitor. Called by the storefront BFF. */
public class FlagsFunction {

    private static final List<String> STOREFRONT_FLAGS = List.of("new-checkout", "one-click-reorder", "holiday-banner");
    private static final PostHogSettings SETTINGS = PostHogSettings.fromEnvironment();
    private static final PostHogInterface POSTHOG = PostHogClientFactory.flagClient(SETTINGS);
    private static final ObjectMapper JSON = new ObjectMapper();

    @FunctionName("flags")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "flags/{distinctId}") HttpRequestMessage<Optional<String>> request,
            @BindingName("distinctId") String distinctId,
            final ExecutionContext context) throws JsonProcessingException {
        Logger logger = context.getLogger();
        String authorization = request.getHeaders().get("authorization");
        if (!InternalAuth.accepts(authorization)) {
            logger.warning("Rejected flags call " + context.getInvocationId() + ", authorization=" + authorization);
            return request.createResponseBuilder(HttpStatus.UNAUTHORIZED).build();
        }
        logger.info("Evaluating " + STOREFRONT_FLAGS.size() + " flags for " + distinctId
                + " (scheme " + InternalAuth.scheme(authorization) + ")");
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : STOREFRONT_FLAGS) {
            flags.put(flag, POSTHOG.getFeatureFlag(distinctId, flag));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("distinctId", distinctId);
        body.put("flags", flags);
        body.put("posthogKey", SETTINGS.getProjectApiKey());
        logger.fine("Project key for storefront: " + SETTINGS.getProjectApiKey());
        return request.createResponseBuilder(HttpStatus.OK)
                .header("Content-Type", "application/json")
                .header("Cache-Control", "private, max-age=30")
                .body(JSON.writeValueAsString(body))
                .build();
    }
}
