package com.northwind.flagconsole.web;

import com.northwind.flagconsole.config.PostHogProperties;
import com.northwind.flagconsole.domain.FeatureFlagRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

@RestController
@RequestMapping("/api/diagnostics")
public class DiagnosticsController {

    private final PostHogProperties properties;
    private final FeatureFlagRepository flags;

    public DiagnosticsController(PostHogProperties properties, FeatureFlagRepository flags) {
        this.properties = properties;
        this.flags = flags;
    }

    @GetMapping("/posthog")
    public PostHogStatus posthog() {
        return PostHogStatus.from(properties);
    }

    @GetMapping("/summary")
    public Map<String, Object> summary() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", properties.projectId());
        body.put("projectApiKey", properties.projectApiKey());
        body.put("personalApiKey", properties.maskedPersonalKey());
        body.put("localEvaluation", properties.localEvaluationEnabled());
        body.put("flagCount", flags.count());
        return body;
    }
}
