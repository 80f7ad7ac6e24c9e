package com.quillmere.ledger.web;

import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.service.PostHogAdminClient;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class DashboardController {

    private final PostHogProperties props;
    private final PostHogAdminClient adminClient;

    public DashboardController(PostHogProperties props, PostHogAdminClient adminClient) {
        this.props = props;
        this.adminClient = adminClient;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/")
    public String dashboard(Model model, Authentication authentication, HttpSession session) {
        model.addAttribute("username", authentication.getName());
        model.addAttribute("flags", session.getAttribute(FeatureFlagInterceptor.SESSION_FLAGS));
        boolean admin = AuthorityUtils.authorityListToSet(authentication.getAuthorities()).contains("ROLE_ADMIN");
        model.addAttribute("admin", admin);
        if (admin) {
            // lets the flag panel on the dashboard call the PostHog API directly
            model.addAttribute("flagsAdminToken", props.personalApiKey());
            model.addAttribute("posthogProjectId", props.projectId());
        }
        return "dashboard";
    }

    /** Deep link from the admin panel into the PostHog feature-flag list. */
    @GetMapping("/admin/flags/open")
    public String openInPostHog(@RequestParam(required = false) Long projectId) {
        long id = projectId != null ? projectId : props.projectId();
        return "redirect:" + adminClient.projectFlagsUrl(id);
    }
}
