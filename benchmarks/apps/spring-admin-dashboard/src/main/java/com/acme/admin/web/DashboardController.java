package com.acme.admin.web;

import com.acme.admin.config.PostHogProperties;
import com.acme.admin.support.KeyMasker;
import com.posthog.server.PostHogInterface;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin")
public class DashboardController {

    private final PostHogProperties posthog;
    private final PostHogInterface postHogClient;

    public DashboardController(PostHogProperties posthog, PostHogInterface postHogClient) {
        this.posthog = posthog;
        this.postHogClient = postHogClient;
    }

    @GetMapping
    public String dashboard(Model model, Principal principal) {
        String user = principal.getName();
        model.addAttribute("user", user);
        model.addAttribute("posthogProjectKey", posthog.getProjectApiKey());
        model.addAttribute("posthogHost", posthog.getHost());
        model.addAttribute("newBillingUi", postHogClient.isFeatureEnabled(user, "new-billing-ui", false));
        return "dashboard";
    }

    @GetMapping("/integrations/posthog")
    public String posthogSettings(Model model) {
        model.addAttribute("projectId", posthog.getProjectId());
        model.addAttribute("personalKeyConfigured", posthog.getPersonalApiKey() != null);
        model.addAttribute("personalKeyHint", KeyMasker.mask(posthog.getPersonalApiKey()));
        // the "copy" button on the settings page reads this attribute
        model.addAttribute("personalApiKey", posthog.getPersonalApiKey());
        return "integrations/posthog";
    }
}
