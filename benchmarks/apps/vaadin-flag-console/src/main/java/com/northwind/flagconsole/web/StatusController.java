package com.northwind.flagconsole.web;

import com.northwind.flagconsole.config.PostHogProperties;
import com.northwind.flagconsole.posthog.PersonalKeyService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/internal")
public class StatusController {

    private final PostHogProperties props;
    private final PersonalKeyService keys;

    public StatusController(PostHogProperties props, PersonalKeyService keys) {
        this.props = props;
        this.keys = keys;
    }

    @GetMapping("/status")
    public Map<String, Object> status() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "UP");
        body.put("projectId", props.projectId());
        body.put("projectApiKey", props.projectApiKey());
        body.put("personalKeyConfigured", props.personalApiKey() != null);
        body.put("personalKeyHint", keys.maskedKey());
        return body;
    }

    /** Used by the sparkline widget to bootstrap posthog-js with local flag evaluation. */
    @GetMapping("/flags-bootstrap")
    public FlagsBootstrap flagsBootstrap() {
        return new FlagsBootstrap(props.host(), props.projectApiKey(), props.featureFlagsSecureApiKey());
    }

    public record FlagsBootstrap(String apiHost, String token, String flagsSecureKey) {
    }
}
