package com.northwind.flags.web;

import java.util.Map;
import java.util.UUID;

import com.northwind.flags.config.PostHogProperties;
import com.northwind.flags.service.FlagEvaluationService;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class BootstrapController {

    private final PostHogProperties properties;
    private final FlagEvaluationService evaluationService;

    public BootstrapController(PostHogProperties properties, FlagEvaluationService evaluationService) {
        this.properties = properties;
        this.evaluationService = evaluationService;
    }

    @GetMapping("/api/bootstrap")
    public ClientBootstrapResponse bootstrap(
            @CookieValue(name = "nw_did", required = false) String distinctId) {
        String id = distinctId != null ? distinctId : UUID.randomUUID().toString();
        Map<String, Object> flags = evaluationService.evaluateAll(id);
        String secureKey = properties.localEvaluationKey();
        return new ClientBootstrapResponse(properties.host(), properties.projectApiKey(), id, flags, secureKey);
    }
}
