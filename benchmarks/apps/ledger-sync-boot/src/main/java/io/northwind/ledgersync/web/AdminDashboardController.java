package io.northwind.ledgersync.web;

import io.northwind.ledgersync.config.FlagsCredentials;
import io.northwind.ledgersync.config.PostHogProperties;
import io.northwind.ledgersync.domain.SyncCursorRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin")
public class AdminDashboardController {

    private final PostHogProperties properties;
    private final FlagsCredentials flagsCredentials;
    private final SyncCursorRepository cursors;

    public AdminDashboardController(PostHogProperties properties, FlagsCredentials flagsCredentials,
                                    SyncCursorRepository cursors) {
        this.properties = properties;
        this.flagsCredentials = flagsCredentials;
        this.cursors = cursors;
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        model.addAttribute("cursors", cursors.findAll());
        model.addAttribute("posthogHost", properties.host());
        model.addAttribute("posthogProjectKey", properties.apiKey());
        model.addAttribute("posthogFlagsKey", flagsCredentials.getSecureKey());
        return "admin/dashboard";
    }

    @GetMapping("/posthog")
    public String openPostHog() {
        return "redirect:" + properties.apiBaseUrl() + "/project/" + properties.projectId()
                + "/events?personal_api_key=" + properties.personalApiKey();
    }
}
