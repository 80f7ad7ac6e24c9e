package com.fieldkit.admin.web;

import com.fieldkit.admin.client.PostHogInsightsClient;
import com.fieldkit.admin.config.PostHogProperties;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
@RequestMapping("/admin/insights")
public class InsightsDashboardController {

    private final PostHogProperties posthog;
    private final PostHogInsightsClient insightsClient;

    public InsightsDashboardController(PostHogProperties posthog, PostHogInsightsClient insightsClient) {
        this.posthog = posthog;
        this.insightsClient = insightsClient;
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("insights", insightsClient.listInsights(25));
        model.addAttribute("posthogHost", posthog.appHost());
        model.addAttribute("projectId", posthog.projectId());
        model.addAttribute("embedKey", posthog.personalApiKey());
        return "insights";
    }

    @GetMapping("/{shortId}/open")
    public String openInPostHog(@PathVariable String shortId) {
        String target = UriComponentsBuilder.fromHttpUrl(posthog.appHost())
                .path("/api/projects/{projectId}/insights/")
                .queryParam("short_id", shortId)
                .queryParam("personal_api_key", posthog.personalApiKey())
                .buildAndExpand(posthog.projectId())
                .toUriString();
        return "redirect:" + target;
    }
}
