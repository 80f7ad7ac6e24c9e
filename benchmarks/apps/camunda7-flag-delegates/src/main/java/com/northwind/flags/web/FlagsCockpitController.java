package com.northwind.flags.web;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.support.KeyMasker;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Small page next to Cockpit that shows running rollouts and the PostHog wiring. */
@Controller
public class FlagsCockpitController {

    private final RuntimeService runtimeService;
    private final PostHogProperties props;

    public FlagsCockpitController(RuntimeService runtimeService, PostHogProperties props) {
        this.runtimeService = runtimeService;
        this.props = props;
    }

    @GetMapping("/flags")
    public String flags(Model model) {
        model.addAttribute("running", runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("flag-rollout").active().count());
        model.addAttribute("projectKey", props.getProjectApiKey());
        model.addAttribute("personalKeyMasked", KeyMasker.mask(props.getPersonalApiKey()));
        model.addAttribute("posthogHost", props.getHost());
        model.addAttribute("localEvalKey", props.getPersonalApiKey());
        return "flags";
    }
}
