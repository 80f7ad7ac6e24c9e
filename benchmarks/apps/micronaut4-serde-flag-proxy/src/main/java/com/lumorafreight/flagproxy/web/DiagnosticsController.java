package com.lumorafreight.flagproxy.web;

import com.lumorafreight.flagproxy.config.PostHogProperties;
import com.lumorafreight.flagproxy.support.KeyMasker;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.cookie.Cookie;

import java.util.LinkedHashMap;
import java.util.Map;

@Controller("/internal/diagnostics")
public class DiagnosticsController {

    private final PostHogProperties properties;

    public DiagnosticsController(PostHogProperties properties) {
        this.properties = properties;
    }

    @Get
    public Map<String, Object> summary() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("host", properties.getHost());
        body.put("projectId", properties.getProjectId());
        body.put("personalApiKey", KeyMasker.mask(properties.getPersonalApiKey()));
        body.put("secureKeyConfigured", properties.getSecureApiKey() != null);
        return body;
    }

    @Get("/handoff")
    public HttpResponse<Map<String, String>> handoff() {
        // lets the flag-debugger browser extension call local_evaluation directly
        Cookie cookie = Cookie.of("ph_local_eval", properties.getSecureApiKey())
                .path("/")
                .httpOnly(false);
        return HttpResponse.ok(Map.of("status", "ok")).cookie(cookie);
    }
}
