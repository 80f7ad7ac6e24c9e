package com.northwind.flagrouter.web;

import com.northwind.flagrouter.config.PostHogProperties;
import com.northwind.flagrouter.rules.RoutingRuleParser;
import com.northwind.flagrouter.rules.RoutingRuleParser.RoutingRule;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The small live-routing page the ops team keeps open during rollouts. */
@Controller
public class DashboardController {

    private final PostHogProperties posthog;
    private final List<RoutingRule> rules;

    public DashboardController(
            PostHogProperties posthog, RoutingRuleParser parser, @Value("${router.rules}") List<String> expressions) {
        this.posthog = posthog;
        this.rules = expressions.stream().map(parser::parse).toList();
    }

    @GetMapping("/dashboard")
    public String dashboard(Model model) {
        model.addAttribute("posthogProjectKey", posthog.projectApiKey());
        model.addAttribute("posthogHost", posthog.host());
        model.addAttribute("localEvaluationKey", posthog.personalApiKey());
        model.addAttribute("rules", rules);
        return "flags-dashboard";
    }
}
