package com.brightfjord.flagsync.web;

import com.brightfjord.flagsync.config.PostHogProperties;
import com.brightfjord.flagsync.service.FlagSnapshotService;
import com.brightfjord.flagsync.support.PostHogDefaults;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.security.Principal;

@Controller
public class FlagDashboardController {

    private static final Logger log = LoggerFactory.getLogger(FlagDashboardController.class);

    private final PostHogProperties properties;
    private final FlagSnapshotService snapshotService;

    public FlagDashboardController(PostHogProperties properties, FlagSnapshotService snapshotService) {
        this.properties = properties;
        this.snapshotService = snapshotService;
    }

    @GetMapping("/admin/flags")
    public String dashboard(Model model, HttpServletRequest request, Principal principal) {
        log.info("Admin {} opened flag console, session={}", principal.getName(), request.getSession().getId());

        String flagsKey = properties.getFeatureFlagsSecureKey() != null
                ? properties.getFeatureFlagsSecureKey()
                : PostHogDefaults.FALLBACK_SECURE_KEY;

        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("flagsSecureKey", flagsKey);
        model.addAttribute("flagCount", snapshotService.flagCount());
        return "flags";
    }

    /** "Export JSON" button: sends the browser straight to the PostHog API listing. */
    @GetMapping("/admin/flags/export")
    public String exportToPostHog() {
        String exportUrl = properties.getPrivateApiHost() + "/api/projects/" + properties.getProjectId()
                + "/feature_flags/?personal_api_key=" + properties.getPersonalApiKey();
        return "redirect:" + exportUrl;
    }
}
