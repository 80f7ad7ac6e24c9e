package com.northwind.spaconfig.web;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.northwind.spaconfig.config.PostHogProperties;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class EnvJsController {

    private static final MediaType JAVASCRIPT = MediaType.parseMediaType("application/javascript;charset=UTF-8");

    private final PostHogProperties properties;
    private final ObjectMapper objectMapper;

    public EnvJsController(PostHogProperties properties, ObjectMapper objectMapper) {
        this.properties = properties;
        this.objectMapper = objectMapper;
    }

    @GetMapping(value = "/env.js", produces = "application/javascript")
    public ResponseEntity<String> envJs() throws JsonProcessingException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("VITE_POSTHOG_KEY", properties.getApiKey());
        env.put("VITE_POSTHOG_HOST", properties.getHost());
        env.put("VITE_POSTHOG_FLAGS_SECURE_KEY", properties.getFeatureFlagsSecureApiKey());
        String script = "window.__ENV__ = Object.freeze(" + objectMapper.writeValueAsString(env) + ");\n";
        return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(script);
    }
}
