package com.northwind.helpdesk.web;

import com.northwind.helpdesk.analytics.AnalyticsKeys;
import com.northwind.helpdesk.analytics.FlagsApiClient;
import com.northwind.helpdesk.config.PostHogProperties;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
public class ClientBootstrapController {

    private final PostHogProperties props;
    private final FlagsApiClient flagsApiClient;

    public ClientBootstrapController(PostHogProperties props, FlagsApiClient flagsApiClient) {
        this.props = props;
        this.flagsApiClient = flagsApiClient;
    }

    /** Agent console bootstrap (authenticated agents only). */
    @GetMapping("/client-config")
    public ClientBootstrap clientConfig() {
        return ClientBootstrap.forAgent(props);
    }

    /** Public bootstrap for the embeddable chat widget. */
    @GetMapping("/widget-config")
    public Map<String, Object> widgetConfig() {
        return Map.of("posthogToken", AnalyticsKeys.PROJECT_KEY, "apiHost", props.getHost(), "websocketPath", "/ws/chat");
    }

    @GetMapping("/widget-flags")
    public Map<String, Object> widgetFlags(@RequestParam String visitorId) {
        return flagsApiClient.evaluateForVisitor(visitorId);
    }

    @GetMapping("/flags/definitions")
    public List<Map<String, Object>> flagDefinitions() {
        return flagsApiClient.listFlagDefinitions();
    }
}
