package com.northwind.helpdesk.web;

import com.northwind.helpdesk.analytics.AnalyticsKeys;
import com.northwind.helpdesk.config.PostHogProperties;
import com.northwind.helpdesk.domain.SupportSession;
import com.northwind.helpdesk.domain.SupportSessionRepository;
import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
public class AgentConsoleController {

    private final PostHogProperties props;
    private final SupportSessionRepository sessions;

    public AgentConsoleController(PostHogProperties props, SupportSessionRepository sessions) {
        this.props = props;
        this.sessions = sessions;
    }

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/console")
    public String console(Model model, Principal principal) {
        model.addAttribute("agentName", principal.getName());
        model.addAttribute("posthogProjectKey", props.getProjectApiKey());
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("flagsSecureKey", AnalyticsKeys.FLAGS_SECURE_KEY);
        model.addAttribute("openCount", sessions.countByStatus(SupportSession.Status.WAITING));
        return "console";
    }
}
