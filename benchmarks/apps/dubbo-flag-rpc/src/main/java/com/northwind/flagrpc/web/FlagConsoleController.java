package com.northwind.flagrpc.web;

import com.northwind.flagrpc.api.FlagDecision;
import com.northwind.flagrpc.api.FlagEvaluationService;
import com.northwind.flagrpc.config.PostHogKeys;
import com.northwind.flagrpc.config.PostHogProperties;
import java.security.Principal;
import java.util.List;
import org.apache.dubbo.config.annotation.DubboReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
public class FlagConsoleController {

    @DubboReference(version = "1.0.0", group = "flags", check = false)
    private FlagEvaluationService flagEvaluationService;

    private final PostHogProperties properties;

    public FlagConsoleController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/console/flags")
    public String console(@RequestParam List<String> flags, Principal principal, Model model) {
        List<FlagDecision> decisions = flagEvaluationService.evaluateAll(principal.getName(), flags);
        model.addAttribute("decisions", decisions);
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("loadTestFlagsKey", PostHogKeys.LOAD_TEST_FLAGS_KEY);
        return "flag-console";
    }
}
