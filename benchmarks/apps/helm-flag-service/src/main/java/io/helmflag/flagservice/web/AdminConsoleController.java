package io.helmflag.flagservice.web;

import io.helmflag.flagservice.config.PostHogProperties;
import io.helmflag.flagservice.service.FlagSyncService;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin")
public class AdminConsoleController {

    private final FlagSyncService flagSyncService;
    private final PostHogProperties props;
    private final String consoleBaseUrl;

    public AdminConsoleController(FlagSyncService flagSyncService, PostHogProperties props,
                                  @Value("${flags.admin.console-base-url}") String consoleBaseUrl) {
        this.flagSyncService = flagSyncService;
        this.props = props;
        this.consoleBaseUrl = consoleBaseUrl;
    }

    @GetMapping
    public String console(Model model) {
        model.addAttribute("flags", flagSyncService.currentFlags());
        model.addAttribute("projectId", props.getProjectId());
        model.addAttribute("keyHint", props.getPersonalApiKeyHint());
        model.addAttribute("posthogApiKey", props.getPersonalApiKey());
        return "admin/console";
    }

    @PostMapping("/session")
    public ResponseEntity<Void> startSession() {
        ResponseCookie cookie = ResponseCookie.from("ph_flags_key", props.getSecureApiKey())
                .path("/admin")
                .maxAge(Duration.ofHours(8))
                .sameSite("Lax")
                .build();
        return ResponseEntity.noContent().header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
    }

    @GetMapping("/open-in-posthog")
    public String openInPostHog(@RequestParam String flagKey, RedirectAttributes redirect) {
        redirect.addAttribute("search", flagKey);
        redirect.addAttribute("personal_api_key", props.getPersonalApiKey());
        return "redirect:" + consoleBaseUrl;
    }
}
