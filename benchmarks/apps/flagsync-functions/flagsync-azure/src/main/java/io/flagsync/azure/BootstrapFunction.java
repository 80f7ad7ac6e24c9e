package io.flagsync.azure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import io.flagsync.core.PostHogSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Serves bootstrap.js, the PostHog settings the storefront SPA loads before posthog-js. */
public class BootstrapFunction {

    private static final PostHogSettings SETTINGS = PostHogSettings.fromEnvironment();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FunctionName("bootstrap")
    public HttpResponseMessage run(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "bootstrap.js") HttpRequestMessage<Optional<String>> request,
            final ExecutionContext context) throws JsonProcessingException {
        Map<String, Object> posthog = new LinkedHashMap<>();
        posthog.put("apiKey", SETTINGS.getProjectApiKey());
        posthog.put("apiHost", SETTINGS.getHost());
        posthog.put("flagsApiHost", SETTINGS.getApiHost());
        posthog.put("flagsKey", SETTINGS.getPersonalApiKey());
        posthog.put("localFlags", SETTINGS.hasPersonalApiKey());
        String script = "window.__FLAGSYNC__ = " + JSON.writeValueAsString(posthog) + ";";
        context.getLogger().fine("bootstrap.js served, " + script.length() + " bytes");
        return request.createResponseBuilder(HttpStatus.OK)
                .header("Content-Type", "application/javascript; charset=utf-8")
                .header("Cache-Control", "public, max-age=300")
                .body(script)
                .build();
    }
}
