package com.northwind.flagadmin.web;

import com.northwind.flagadmin.config.PostHogProperties;
import com.northwind.flagadmin.oauth.PostHogOAuthClient;
import com.northwind.flagadmin.oauth.PostHogOAuthSession;
import com.northwind.flagadmin.repository.FlagEnvironmentRepository;
import com.northwind.flagadmin.service.FlagSyncService;
import lombok.RequiredArgsConstructor;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Duration;

/** Thymeleaf pages of the admin console. */
@Controller
@RequestMapping("/admin")
@RequiredArgsConstructor
public class FlagAdminController {

    private final PostHogProperties props;
    private final FlagEnvironmentRepository environments;
    private final FlagSyncService syncService;
    private final PostHogOAuthClient oauthClient;

    @GetMapping("/flags")
    public String flags(Model model) {
        model.addAttribute("environments", environments.findAll());
        model.addAttribute("flags", syncService.fetchFlagDefinitions());
        model.addAttribute("posthogProjectKey", props.getApiKey());
        model.addAttribute("posthogHost", props.getHost());
        // the preview widget evaluates flags in the browser so product can try out rollouts
        model.addAttribute("posthogSecretKey", props.getSecretKey());
        return "admin/flags";
    }

    /** Hands the embedded PostHog dashboard iframe the admin's OAuth session. */
    @GetMapping("/dashboard/session")
    public ResponseEntity<Void> dashboardSession() {
        PostHogOAuthSession session = oauthClient.currentSession();
        ResponseCookie cookie = ResponseCookie.from("ph_dashboard", session.accessToken())
                .path("/admin/dashboard")
                .maxAge(Duration.ofMinutes(15))
                .sameSite("Strict")
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    /** Opens the PostHog toolbar on the flag's page, already authenticated. */
    @GetMapping("/flags/{flagKey}/toolbar")
    public RedirectView openToolbar(@PathVariable String flagKey) {
        String launchUrl = UriComponentsBuilder.fromHttpUrl(props.getHost())
                .path("/toolbar")
                .queryParam("flag", flagKey)
                .queryParam("personal_api_key", props.getPersonalApiKey())
                .toUriString();
        return new RedirectView(launchUrl);
    }
}
