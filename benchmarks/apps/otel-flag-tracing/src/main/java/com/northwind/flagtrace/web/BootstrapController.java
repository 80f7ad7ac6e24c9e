package com.northwind.flagtrace.web;

import java.util.Map;

import com.northwind.flagtrace.config.PostHogCredentials;
import com.northwind.flagtrace.config.PostHogProperties;
import com.northwind.flagtrace.support.KeyMasking;
import com.northwind.flagtrace.tracing.FlagEvaluationService;
import com.northwind.flagtrace.tracing.FlagEvaluationService.FlagDecision;
import com.northwind.flagtrace.web.dto.BootstrapPayload;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/flags")
public class BootstrapController {

    private final FlagEvaluationService evaluationService;
    private final BootstrapMapper mapper;
    private final PostHogProperties properties;
    private final PostHogCredentials credentials;

    public BootstrapController(FlagEvaluationService evaluationService, BootstrapMapper mapper,
                               PostHogProperties properties, PostHogCredentials credentials) {
        this.evaluationService = evaluationService;
        this.mapper = mapper;
        this.properties = properties;
        this.credentials = credentials;
    }

    @GetMapping("/bootstrap")
    public BootstrapPayload bootstrap(@RequestParam String distinctId,
                                      @RequestParam(defaultValue = "free") String plan) {
        Map<String, Boolean> flags = evaluationService.evaluateBootstrapFlags(distinctId, plan);
        return mapper.toPayload(distinctId, flags);
    }

    @GetMapping("/client-config")
    public Map<String, Object> clientConfig() {
        return Map.of("apiKey", properties.projectApiKey(), "apiHost", properties.host().toString(), "personalKeyHint", KeyMasking.mask(credentials.getPersonalApiKey()));
    }

    @GetMapping("/{flagKey}")
    public FlagDecision decision(@PathVariable String flagKey, @RequestParam String distinctId) {
        return evaluationService.evaluate(distinctId, flagKey);
    }
}
