package com.northwind.flags.web;

import com.northwind.flags.client.PostHogApiClient;
import com.northwind.flags.config.PostHogProperties;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * Internal admin page listing flags, with a "toggle in PostHog" button rendered client-side.
 */
@Controller
public class AdminPageController {

    private final PostHogApiClient apiClient;
    private final PostHogProperties props;

    public AdminPageController(PostHogApiClient apiClient, PostHogProperties props) {
        this.apiClient = apiClient;
        this.props = props;
    }

    @GetMapping("/admin/flags")
    public Mono<Rendering> flags() {
        return apiClient.listFeatureFlags()
                .map(json -> Rendering.view("admin/flags")
                        .modelAttribute("flags", json.path("results"))
                        .modelAttribute("projectId", props.projectId())
                        .modelAttribute("posthogApiKey", props.personalApiKey())
                        .build());
    }
}
