package com.northwind.flagdesk.web;

import com.northwind.flagdesk.audit.AuditTrail;
import com.northwind.flagdesk.config.PostHogProperties;
import com.northwind.flagdesk.posthog.PostHogAdminClient;
import com.northwind.flagdesk.posthog.PostHogAdminClient.FeatureFlagDto;
import com.northwind.flagdesk.search.FlagFilterLexer;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/flags")
public class FlagController {

    private final PostHogAdminClient adminClient;
    private final PostHogInterface flags;
    private final PostHogProperties posthog;
    private final AuditTrail auditTrail;

    public FlagController(PostHogAdminClient adminClient,
                          @Qualifier("flags") PostHogInterface flags,
                          PostHogProperties posthog,
                          AuditTrail auditTrail) {
        this.adminClient = adminClient;
        this.flags = flags;
        this.posthog = posthog;
        this.auditTrail = auditTrail;
    }

    @GetMapping
    public String index(Model model, Principal principal) {
        model.addAttribute("flags", adminClient.listFlags());
        model.addAttribute("user", principal.getName());
        model.addAttribute("posthogProjectKey", posthog.getProjectApiKey());
        model.addAttribute("posthogHost", posthog.getHost());
        model.addAttribute("localEvaluation", StringUtils.hasText(posthog.getPersonalApiKey()));
        model.addAttribute("newNavigation", flags.isFeatureEnabled(principal.getName(), "flagdesk-new-nav"));
        return "flags/index";
    }

    /** "API access" drawer: shows a ready-made curl command for release scripts. */
    @GetMapping("/api-access")
    public String apiAccess(Model model) {
        model.addAttribute("apiHost", posthog.getApiHost());
        model.addAttribute("projectId", posthog.getProjectId());
        model.addAttribute("bearer", posthog.getPersonalApiKey());
        return "flags/api-access";
    }

    /** Live search box: hx-get="/flags/search" hx-trigger="keyup changed delay:300ms". */
    @GetMapping("/search")
    public String search(@RequestParam(name = "q", defaultValue = "") String query,
                         @RequestHeader(name = HtmxRequestFilter.HX_REQUEST, required = false) String hxRequest,
                         Model model) {
        FlagFilterLexer.Filter filter = new FlagFilterLexer(query).parse();
        List<FeatureFlagDto> matches = adminClient.listFlags().stream()
                .filter(filter::matches)
                .toList();
        model.addAttribute("flags", matches);
        return hxRequest != null ? "flags/rows" : "flags/index";
    }

    @PostMapping("/{id}/toggle")
    public String toggle(@PathVariable long id,
                         @RequestParam boolean active,
                         Principal principal,
                         HttpServletResponse response,
                         Model model) {
        FeatureFlagDto updated = adminClient.setActive(id, active);
        auditTrail.flagToggled(principal.getName(), updated.key(), active);
        response.setHeader(HtmxRequestFilter.HX_TRIGGER, "flagsChanged");
        model.addAttribute("flag", updated);
        return "flags/row";
    }
}
