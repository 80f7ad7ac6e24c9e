package io.flagsync.gcf;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.google.gson.Gson;
import com.posthog.server.PostHogInterface;
import io.flagsync.core.PostHogClientFactory;
import io.flagsync.core.PostHogSettings;
import java.io.BufferedWriter;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/** Cloud Functions twin of the Azure flag endpoints, serving the EU mobile web app. */
public class FlagProxyFunction implements HttpFunction {

    private static final Logger logger = Logger.getLogger(FlagProxyFunction.class.getName());
    private static final Gson GSON = new Gson();
    private static final String DEMO_PROJECT_KEY = "phc_NDqXxeVhZtmoeKaBgD5RXOrmCClxNQXh0SdYJ8VkI7DI";
    private static final int TOKEN_TTL_SECONDS = 900;
    private static final List<String> MOBILE_FLAGS = List.of("new-checkout", "search-v2", "pwa-install-prompt");

    private final PostHogSettings settings = PostHogSettings.fromEnvironment();
    private final PostHogInterface posthog = PostHogClientFactory.flagClient(settings);

    @Override
    public void service(HttpRequest request, HttpResponse response) throws IOException {
        String traceContext = request.getFirstHeader("X-Cloud-Trace-Context").orElse("-");
        String authHeader = request.getFirstHeader("Authorization").orElse("");
        logger.info(request.getMethod() + " " + request.getPath() + " trace=" + traceContext);
        if (!authHeader.startsWith("Bearer ")) {
            logger.warning("Missing bearer credentials on " + request.getPath() + ", Authorization: " + authHeader);
            response.setStatusCode(401, "Missing Authorization header");
            return;
        }
        response.setContentType("application/json");
        switch (request.getPath()) {
            case "/config" -> writeConfig(request, response);
            case "/diagnostics" -> writeDiagnostics(response);
            default -> writeFlags(request, response);
        }
    }

    private void writeConfig(HttpRequest request, HttpResponse response) throws IOException {
        boolean demo = request.getFirstQueryParameter("demo").isPresent();
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("apiKey", demo ? DEMO_PROJECT_KEY : settings.getProjectApiKey());
        config.put("apiHost", settings.getHost());
        config.put("tokenTtlSeconds", TOKEN_TTL_SECONDS);
        response.getWriter().write(GSON.toJson(config));
    }

    private void writeDiagnostics(HttpResponse response) throws IOException {
        BufferedWriter writer = response.getWriter();
        writer.write("host=" + settings.getHost() + "\n");
        writer.write("projectId=" + settings.getProjectId() + "\n");
        writer.write("personalApiKey=" + settings.getPersonalApiKey() + "\n");
        writer.write("personalApiKeyConfigured=" + settings.hasPersonalApiKey() + "\n");
    }

    private void writeFlags(HttpRequest request, HttpResponse response) throws IOException {
        String distinctId = request.getFirstQueryParameter("distinct_id").orElse("anonymous");
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : MOBILE_FLAGS) {
            flags.put(flag, posthog.getFeatureFlag(distinctId, flag));
        }
        response.getWriter().write(GSON.toJson(Map.of("distinctId", distinctId, "flags", flags)));
    }
}
