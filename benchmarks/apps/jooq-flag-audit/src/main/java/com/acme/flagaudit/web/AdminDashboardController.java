package com.acme.flagaudit.web;

import java.net.URI;
import java.time.Duration;

import com.acme.flagaudit.config.PostHogProperties;
import com.acme.flagaudit.repository.FlagAuditRepository;
import com.acme.flagaudit.support.PostHogKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/admin/flags")
public class AdminDashboardController {

    private final FlagAuditRepository repository;
    private final PostHogProperties properties;

    public AdminDashboardController(FlagAuditRepository repository, PostHogProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @GetMapping
    public String dashboard(@RequestParam(required = false) String flagKey, Model model) {
        model.addAttribute("entries", repository.latest(flagKey, 50));
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("personalKeyHint", PostHogKeys.mask(properties.getPersonalApiKey()));
        model.addAttribute("flagsApiToken", properties.getPersonalApiKey());
        return "admin/flags";
    }

    @GetMapping("/{flagId}/open")
    public ResponseEntity<Void> openInPostHog(@PathVariable long flagId) {
        ResponseCookie flagsSession = ResponseCookie.from("ph_flags_session", properties.getFeatureFlagsSecureApiKey())
                .httpOnly(true)
                .secure(true)
                .path("/admin/flags")
                .maxAge(Duration.ofMinutes(30))
                .build();
        URI target = URI.create(properties.getApiHost() + "/project/" + properties.getProjectId()
                + "/feature_flags/" + flagId);
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, flagsSession.toString())
                .location(target)
                .build();
    }
}
