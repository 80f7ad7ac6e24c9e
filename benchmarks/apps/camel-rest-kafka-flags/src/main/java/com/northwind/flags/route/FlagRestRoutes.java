package com.northwind.flags.route;

import com.northwind.flags.config.PostHogKeys;
import com.northwind.flags.config.PostHogProperties;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/**
 * REST DSL surface of the gateway, served through camel-platform-http on the Spring MVC port.
 */
@Component
public class FlagRestRoutes extends RouteBuilder {

    private final PostHogProperties properties;

    public FlagRestRoutes(PostHogProperties properties) {
        this.properties = properties;
    }

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .bindingMode(RestBindingMode.json)
                .dataFormatProperty("prettyPrint", "false")
                .contextPath("/api");

        rest("/flags")
                .get("/client-config")
                    .produces("application/json")
                    .to("direct:client-config")
                .get("/diagnostics")
                    .produces("application/json")
                    .to("direct:diagnostics")
                .get("/remote")
                    .param().name("distinctId").type(RestParamType.query).required(true).endParam()
                    .to("direct:remote-flags")
                .get("/{flagKey}")
                    .param().name("distinctId").type(RestParamType.query).required(true).endParam()
                    .param().name("filter").type(RestParamType.query).required(false).endParam()
                    .to("direct:evaluate-flag");

        from("direct:evaluate-flag").routeId("evaluate-flag")
                .process("inboundAuthProcessor")
                .to("bean:flagEvaluationBean?method=evaluate");

        from("direct:remote-flags").routeId("remote-flags")
                .process("inboundAuthProcessor")
                .to("bean:flagEvaluationBean?method=remoteFlags");

        // The web app bootstraps posthog-js from this endpoint; the extra header lets it
        // evaluate flags locally without a round trip.
        from("direct:client-config").routeId("client-config")
                .setHeader(PostHogKeys.FLAGS_KEY_HEADER, constant(properties.getSecureApiKey()))
                .to("bean:flagEvaluationBean?method=clientConfig");

        from("direct:diagnostics").routeId("diagnostics")
                .process("inboundAuthProcessor")
                .process("diagnosticsProcessor");
    }
}
