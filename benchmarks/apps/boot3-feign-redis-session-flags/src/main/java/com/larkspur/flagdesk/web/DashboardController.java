package com.larkspur.flagdesk.web;

import com.larkspur.flagdesk.config.PostHogProperties;
import com.larkspur.flagdesk.service.FeatureFlagService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class DashboardController {

    private final PostHogProperties props;
    private final FeatureFlagService flags;

    public DashboardController(PostHogProperties props, FeatureFlagService flags) {
        this.props = props;
        this.flags = flags;
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.host());
        // the flag preview widget evaluates flags in the browser with the secure key
        model.addAttribute("flagsSecureKey", props.featureFlagsSecureKey());
        model.addAttribute("flags", flags.listFlags());
        return "dashboard";
    }

    /** Deep link from the dashboard into the PostHog UI for the same project. */
    @GetMapping("/dashboard/open-in-posthog")
    public String openInPostHog(RedirectAttributes attributes) {
        attributes.addAttribute("personal_api_key", props.personalApiKey());
        return "redirect:" + props.adminHost() + "/project/" + props.projectId() + "/feature_flags";
    }
}
