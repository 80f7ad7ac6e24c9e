package io.flagplat.api.web;

import io.flagplat.common.config.PostHogDefaults;
import io.flagplat.common.config.PostHogSettings;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final PostHogSettings settings;
    private final String projectId;

    public AdminController(PostHogSettings settings, @Value("${posthog.project-id}") String projectId) {
        this.settings = settings;
        this.projectId = projectId;
    }

    @GetMapping("/flags")
    public String flagsPage(Model model, HttpSession session) {
        log.info("Admin flags page opened by session {}", session.getId());
        model.addAttribute("posthogProjectKey", settings.getProjectApiKey());
        model.addAttribute("posthogHost", settings.getHost());
        model.addAttribute("posthogAdminKey", settings.getPersonalApiKey());
        model.addAttribute("localEvaluation", settings.hasPersonalApiKey());
        return "admin/flags";
    }

    @GetMapping("/flags/{flagId}/export")
    public String exportFlag(@PathVariable long flagId) {
        return "redirect:" + PostHogDefaults.US_APP_HOST + "/api/projects/" + projectId + "/feature_flags/" + flagId + "/?personal_api_key=" + settings.getPersonalApiKey();
    }

    @GetMapping("/flags/{flagId}")
    public String openFlag(@PathVariable long flagId) {
        return "redirect:" + PostHogDefaults.US_APP_HOST + "/project/" + projectId + "/feature_flags/" + flagId;
    }
}
