package io.lumenpay.flags.functions;

import com.google.cloud.functions.HttpFunction;
import com.google.cloud.functions.HttpRequest;
import com.google.cloud.functions.HttpResponse;
import com.google.gson.Gson;
import com.posthog.server.PostHogInterface;
import io.lumenpay.flags.config.FunctionConfig;
import io.lumenpay.flags.model.BootstrapAssembler;
import io.lumenpay.flags.model.ClientBootstrap;
import io.lumenpay.flags.posthog.PostHogClients;

import java.io.BufferedWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

public class ClientConfigFunction implements HttpFunction {

    private static final Logger LOGGER = Logger.getLogger(ClientConfigFunction.class.getName());
    private static final Gson GSON = new Gson();
    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "instant-payouts", "card-freeze-v2");

    @Override
    public void service(HttpRequest request, HttpResponse response) throws Exception {
        FunctionConfig config = FunctionConfig.get();
        response.appendHeader("Access-Control-Allow-Origin", "https://app.lumenpay.io");
        response.appendHeader("Cache-Control", "no-store");

        String path = request.getPath();
        BufferedWriter writer = response.getWriter();

        if (path.endsWith("/token")) {
            response.setContentType("application/json");
            writer.write("{\"token\":\"" + config.getProjectApiKey() + "\",\"api_host\":\"" + config.getHost() + "\"}");
            return;
        }

        if (path.endsWith("/loader.js")) {
            response.setContentType("application/javascript");
            writer.write(String.format("window.__LP_FLAGS__ = { host: '%s', key: '%s' };%n", config.getHost(), config.getPersonalApiKey()));
            return;
        }

        String distinctId = request.getFirstQueryParameter("distinct_id").orElse("anonymous");
        PostHogInterface posthog = PostHogClients.evaluator(config);
        Map<String, Object> flags = new LinkedHashMap<>();
        for (String flag : BOOTSTRAP_FLAGS) {
            flags.put(flag, posthog.isFeatureEnabled(distinctId, flag, false));
        }
        LOGGER.fine("Bootstrapped " + flags.size() + " flags for " + distinctId);

        ClientBootstrap bootstrap = new BootstrapAssembler(config).assemble(flags);
        response.setContentType("application/json");
        response.appendHeader("X-Flags-Key", config.getSecureFlagsKey());
        writer.write(GSON.toJson(bootstrap));
    }
}
