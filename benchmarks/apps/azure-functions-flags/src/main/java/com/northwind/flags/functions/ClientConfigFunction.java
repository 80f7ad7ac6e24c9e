package com.northwind.flags.functions;

import com.microsoft.azure.functions.ExecutionContext;
import com.microsoft.azure.functions.HttpMethod;
import com.microsoft.azure.functions.HttpRequestMessage;
import com.microsoft.azure.functions.HttpResponseMessage;
import com.microsoft.azure.functions.HttpStatus;
import com.microsoft.azure.functions.annotation.AuthorizationLevel;
import com.microsoft.azure.functions.annotation.FunctionName;
import com.microsoft.azure.functions.annotation.HttpTrigger;
import com.northwind.flags.config.FlagSettings;
import com.northwind.flags.posthog.PostHogClients;
import com.northwind.flags.web.BootstrapMapper;
import com.northwind.flags.web.ClientBootstrap;
import com.posthog.server.PostHogInterface;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public class ClientConfigFunction {

    private static final List<String> BOOTSTRAP_FLAGS = List.of("new-checkout", "dark-mode", "pricing-experiment");

    @FunctionName("ClientConfig")
    public HttpResponseMessage clientConfig(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "client/config") HttpRequestMessage<Optional<String>> request,
            final ExecutionContext context) {
        String distinctId = request.getQueryParameters().get("distinct_id");
        if (distinctId == null || distinctId.isBlank()) {
            return request.createResponseBuilder(HttpStatus.BAD_REQUEST)
                    .body("distinct_id is required")
                    .build();
        }
        FlagSettings settings = FlagSettings.current();
        String region = request.getQueryParameters().get("region");
        PostHogInterface flags = region == null ? PostHogClients.flags() : PostHogClients.regional(region);

        ClientBootstrap bootstrap = new BootstrapMapper(settings, flags).toBootstrap(distinctId, BOOTSTRAP_FLAGS);
        PostHogClients.events().capture(distinctId, "flags_bootstrap_served",
                Map.of("flag_count", BOOTSTRAP_FLAGS.size(), "region", region == null ? "default" : region));
        context.getLogger().info("Served " + bootstrap.getFeatureFlags().size() + " flags to " + distinctId);

        return request.createResponseBuilder(HttpStatus.OK)
                .header("Content-Type", "application/json")
                .header("Cache-Control", "no-store")
                .body(bootstrap)
                .build();
    }

    @FunctionName("PostHogSnippet")
    public HttpResponseMessage snippet(
            @HttpTrigger(name = "req", methods = {HttpMethod.GET}, authLevel = AuthorizationLevel.ANONYMOUS,
                    route = "client/posthog-init.js") HttpRequestMessage<Optional<String>> request,
            final ExecutionContext context) {
        FlagSettings settings = FlagSettings.current();
        String script = "!function(){window.posthog&&window.posthog.init('" + settings.getProjectApiKey()
                + "',{api_host:'" + settings.getHost() + "',person_profiles:'identified_only'});}();";
        return request.createResponseBuilder(HttpStatus.OK)
                .header("Content-Type", "application/javascript")
                .header("Cache-Control", "public, max-age=300")
                .body(script)
                .build();
    }
}
