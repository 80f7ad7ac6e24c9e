package com.acme.flags.sample.web;

import com.acme.flags.ClientDiagnostics;
import com.acme.flags.FlagClient;
import com.acme.flags.sample.config.PostHogProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class FlagController {

    private final FlagClient flagClient;
    private final PostHogProperties properties;

    public FlagController(FlagClient flagClient, PostHogProperties properties) {
        this.flagClient = flagClient;
        this.properties = properties;
    }

    @GetMapping("/")
    public String index(@RequestParam(name = "user", defaultValue = "anonymous") String distinctId, Model model) {
        model.addAttribute("distinctId", distinctId);
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogFlagsKey", properties.getPersonalApiKey());
        model.addAttribute("flags", flagClient.evaluateAll(distinctId));
        return "index";
    }

    @GetMapping("/flags/{flagKey}")
    @ResponseBody
    public Map<String, Object> flag(@PathVariable String flagKey,
                                    @RequestParam(name = "user") String distinctId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flag", flagKey);
        body.put("enabled", flagClient.isEnabled(flagKey, distinctId));
        body.put("variant", flagClient.variant(flagKey, distinctId));
        return body;
    }

    @GetMapping("/internal/flags/status")
    @ResponseBody
    public Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectApiKey", properties.getProjectApiKey());
        body.put("localEvaluation", flagClient.settings().isLocalEvaluation());
        body.put("personalApiKey", flagClient.settings().maskedPersonalKey());
        body.put("pollIntervalSeconds", properties.getPollIntervalSeconds());
        return body;
    }

    @GetMapping("/internal/flags/diagnostics")
    @ResponseBody
    public ClientDiagnostics diagnostics() {
        return flagClient.diagnostics();
    }
}
