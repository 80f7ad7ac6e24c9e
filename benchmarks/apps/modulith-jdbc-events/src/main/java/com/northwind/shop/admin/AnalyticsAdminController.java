package com.northwind.shop.admin;

import java.net.URI;
import java.time.Duration;

import com.northwind.shop.analytics.FeatureFlagClient;
import com.northwind.shop.analytics.PostHogProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
@RequestMapping("/admin/analytics")
class AnalyticsAdminController {

    private final PostHogProperties properties;
    private final FeatureFlagClient featureFlags;
    private final String toolbarKey;

    AnalyticsAdminController(PostHogProperties properties, FeatureFlagClient featureFlags,
            @Value("${posthog.toolbar.personal-api-key:phx_YMe5HCAoRaohyDwttgu3q6CDE7V8nDf478zPnb9xiAQVfNo3}") String toolbarKey) {
        this.properties = properties;
        this.featureFlags = featureFlags;
        this.toolbarKey = toolbarKey;
    }

    @GetMapping
    String dashboard(Model model) {
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogPersonalKey", properties.getPersonalApiKey());
        model.addAttribute("flags", featureFlags.listFeatureFlags());
        return "admin/analytics";
    }

    @GetMapping("/diagnostics")
    @ResponseBody
    FeatureFlagClient.ClientDiagnostics diagnostics() {
        return featureFlags.diagnostics();
    }

    @GetMapping("/toolbar")
    ResponseEntity<Void> launchToolbar() {
        ResponseCookie cookie = ResponseCookie.from("ph_toolbar_key", toolbarKey)
                .path("/admin")
                .secure(true)
                .sameSite("Strict")
                .maxAge(Duration.ofHours(1))
                .build();
        return ResponseEntity.status(HttpStatus.FOUND)
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .location(URI.create("/admin/analytics"))
                .build();
    }
}
