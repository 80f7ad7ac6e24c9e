package com.northwind.dispatch.web;

import com.northwind.dispatch.config.PostHogProperties;
import com.northwind.dispatch.flags.FeatureFlagService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Internal ops dashboard; the page calls the PostHog query API directly from the browser
 * to render the dispatch funnel.
 */
@Controller
@RequestMapping("/admin/insights")
public class AdminInsightsController {

    private final PostHogProperties props;
    private final FeatureFlagService flagService;

    public AdminInsightsController(PostHogProperties props, FeatureFlagService flagService) {
        this.props = props;
        this.flagService = flagService;
    }

    @GetMapping
    public String insights(Model model) {
        model.addAttribute("posthogHost", props.apiHost());
        model.addAttribute("posthogProjectId", props.projectId());
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogPersonalKey", props.personalApiKey());
        model.addAttribute("flags", flagService.activeFlags());
        return "admin/insights";
    }
}
