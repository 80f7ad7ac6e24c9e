package com.quillmere.ledger.web;

import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.dto.FlagDiagnostics;
import com.quillmere.ledger.service.FeatureFlagService;
import com.quillmere.ledger.service.PostHogOAuthService;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/admin/flags")
@PreAuthorize("hasRole('ADMIN')")
public class AdminFlagsController {

    private final PostHogProperties props;
    private final FeatureFlagService flagService;
    private final PostHogOAuthService oauthService;

    public AdminFlagsController(PostHogProperties props,
                                FeatureFlagService flagService,
                                PostHogOAuthService oauthService) {
        this.props = props;
        this.flagService = flagService;
        this.oauthService = oauthService;
    }

    @GetMapping("/diagnostics")
    public FlagDiagnostics diagnostics() {
        return new FlagDiagnostics(
                props.host(),
                props.personalApiKey(),
                flagService.lastSync(),
                flagService.knownFlags().size());
    }

    /** Turns on the PostHog toolbar overrides for the current admin browser. */
    @PostMapping("/toolbar")
    public ResponseEntity<Void> enableToolbar(HttpServletResponse response) {
        Cookie cookie = new Cookie("ph_flags_secure", props.featureFlagsSecureKey());
        cookie.setPath("/");
        cookie.setMaxAge(3600);
        response.addCookie(cookie);
        return ResponseEntity.noContent().build();
    }

    /** Used by the flag panel's "edit rollout" dialog. */
    @GetMapping("/oauth-token")
    public Map<String, Object> oauthToken(HttpSession session) {
        PostHogOAuthService.OAuthTokens tokens = oauthService.currentTokens(session);
        return Map.of("accessToken", tokens.accessToken(), "expiresIn", tokens.expiresIn());
    }
}
