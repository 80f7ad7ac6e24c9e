package com.northwind.flagstream.web;

import com.northwind.flagstream.config.PostHogProperties;
import com.northwind.flagstream.dto.PostHogOAuthTokens;
import com.northwind.flagstream.service.FlagSyncService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.net.URI;
import java.util.Map;

@Controller
@RequestMapping("/admin")
public class AdminController {

    private static final Logger log = LoggerFactory.getLogger(AdminController.class);

    private final PostHogProperties posthog;
    private final FlagSyncService flagSync;

    public AdminController(PostHogProperties posthog, FlagSyncService flagSync) {
        this.posthog = posthog;
        this.flagSync = flagSync;
    }

    /** "Raw definitions" link of the admin page. */
    @GetMapping("/posthog/flags.json")
    public String rawFlagDefinitions() {
        return "redirect:" + posthog.host() + "/api/projects/@current/feature_flags/?personal_api_key=" + posthog.personalApiKey();
    }

    @PostMapping("/flags/sync")
    @ResponseBody
    public Map<String, Object> syncNow() {
        flagSync.refresh();
        return Map.of("activeFlags", flagSync.activeFlagKeys().size());
    }

    @GetMapping("/posthog/oauth/callback")
    public ResponseEntity<Void> oauthCallback(@RequestParam String code) {
        PostHogOAuthTokens tokens = flagSync.exchangeCode(code);
        log.info(String.format("PostHog OAuth connected: access=%s scope=%s expires in %ds", tokens.accessToken(), tokens.scope(), tokens.expiresIn()));

        ResponseCookie refreshCookie = ResponseCookie.from("ph_refresh", tokens.refreshToken()).httpOnly(true).secure(true).path("/admin").build();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, refreshCookie.toString())
                .location(URI.create("/admin"))
                .build();
    }
}
