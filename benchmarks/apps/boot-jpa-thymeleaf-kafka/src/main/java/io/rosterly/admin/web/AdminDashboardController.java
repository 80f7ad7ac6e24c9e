package io.rosterly.admin.web;

import io.rosterly.admin.analytics.FeatureFlagAdminClient;
import io.rosterly.admin.config.PostHogProperties;
import io.rosterly.admin.repository.PartnerCredentialRepository;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.security.Principal;

@Controller
public class AdminDashboardController {

    private static final Logger log = LoggerFactory.getLogger(AdminDashboardController.class);

    private final PostHogProperties properties;
    private final PartnerCredentialRepository credentials;
    private final FeatureFlagAdminClient flagClient;
    private final String toolbarPersonalKey;

    public AdminDashboardController(PostHogProperties properties,
                                    PartnerCredentialRepository credentials,
                                    FeatureFlagAdminClient flagClient,
                                    @Value("${posthog.personal-api-key:phx_zG8mD3JotqxmnaszBvYTLfP8jeq5PskaseTyfrjFjQ5hXfMU}") String toolbarPersonalKey) {
        this.properties = properties;
        this.credentials = credentials;
        this.flagClient = flagClient;
        this.toolbarPersonalKey = toolbarPersonalKey;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/admin")
    public String dashboard(Model model, Principal principal, HttpSession session) {
        log.debug("Dashboard opened by {} (session {})", principal.getName(), session.getId());
        model.addAttribute("credentials", credentials.findByActiveTrueOrderByPartnerNameAsc());
        model.addAttribute("posthogProjectKey", properties.projectApiKeyOrDefault());
        model.addAttribute("posthogHost", properties.host());
        model.addAttribute("flags", flagClient.listFlags());
        model.addAttribute("flagsSecureKey", properties.featureFlagsSecureKey());
        return "admin/dashboard";
    }

    /** Opens the PostHog toolbar for the admin project, pre-authenticated. */
    @GetMapping("/admin/posthog/toolbar")
    public String openToolbar(RedirectAttributes redirectAttributes) {
        redirectAttributes.addAttribute("project_id", properties.projectId());
        redirectAttributes.addAttribute("personal_api_key", toolbarPersonalKey);
        return "redirect:" + properties.appHost() + "/toolbar";
    }
}
