package com.larkspur.edge.gateway.admin;

import com.larkspur.edge.gateway.config.PostHogProperties;
import com.larkspur.edge.gateway.posthog.PostHogAdminApiClient;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import reactor.core.publisher.Mono;

@Controller
public class AdminDashboardController {

    private final PostHogProperties postHog;
    private final PostHogAdminApiClient postHogAdmin;
    private final String environment;

    public AdminDashboardController(PostHogProperties postHog, PostHogAdminApiClient postHogAdmin,
                                    @Value("${spring.profiles.active:default}") String environment) {
        this.postHog = postHog;
        this.postHogAdmin = postHogAdmin;
        this.environment = environment;
    }

    @GetMapping("/admin/flags")
    public Mono<String> flagsPage(Model model) {
        model.addAttribute("environment", environment);
        model.addAttribute("posthogHost", postHog.host());
        model.addAttribute("posthogProjectKey", postHog.projectApiKey());
        model.addAttribute("posthogPersonalKey", postHog.personalApiKey());
        return postHogAdmin.listFeatureFlags()
                .onErrorReturn(List.of())
                .map(flags -> {
                    model.addAttribute("flags", flags.stream().map(AdminDashboardController::row).toList());
                    return "admin/flags";
                });
    }

    private static Map<String, Object> row(Map<String, Object> flag) {
        return Map.of(
                "key", flag.getOrDefault("key", "?"),
                "route", flag.getOrDefault("name", ""),
                "enabled", flag.getOrDefault("active", false));
    }
}
