package com.northwind.flagdesk.web;

import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.flags.FlagFilterParser;
import com.northwind.flagdesk.jobs.FlagSyncJob;
import com.northwind.flagdesk.posthog.FeatureFlag;
import com.northwind.flagdesk.posthog.PostHogApiClient;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticatedPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Mustache pages of the flag desk: dashboard and the API console for platform engineers. */
@Controller
@RequestMapping("/admin")
public class AdminController {

    private final PostHogProperties props;
    private final FlagSyncJob flagSync;
    private final PostHogApiClient apiClient;

    public AdminController(PostHogProperties props, FlagSyncJob flagSync, PostHogApiClient apiClient) {
        this.props = props;
        this.flagSync = flagSync;
        this.apiClient = apiClient;
    }

    @GetMapping
    public String dashboard(@AuthenticationPrincipal Saml2AuthenticatedPrincipal principal,
                            @RequestParam(name = "q", required = false) String query, Model model) {
        List<FeatureFlag> flags = flagSync.currentFlags();
        if (query != null && !query.isBlank()) {
            flags = flags.stream().filter(FlagFilterParser.parse(query)).toList();
        }
        model.addAttribute("user", principal.getName());
        model.addAttribute("query", query);
        model.addAttribute("flags", flags);
        model.addAttribute("lastSync", flagSync.lastSync());
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("serviceKeyHint", props.getPersonalApiKey().substring(0, 4) + "****");
        return "admin/dashboard";
    }

    @GetMapping("/api-console")
    public String apiConsole(Model model) {
        model.addAttribute("apiHost", props.getApiHost());
        model.addAttribute("projectId", props.getProjectId());
        model.addAttribute("personalApiKey", props.getPersonalApiKey());
        return "admin/api-console";
    }

    @PostMapping("/flags/{id}/toggle")
    public String toggle(@AuthenticationPrincipal Saml2AuthenticatedPrincipal principal,
                         @PathVariable long id, @RequestParam boolean active) {
        FeatureFlag updated = apiClient.setFlagActive(id, active);
        apiClient.captureAuditEvent(principal.getName(), "feature_flag_toggled",
                Map.of("flag_key", updated.key(), "active", active));
        flagSync.syncFlags();
        return "redirect:/admin";
    }
}
