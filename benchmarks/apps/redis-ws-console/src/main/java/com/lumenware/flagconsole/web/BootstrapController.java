package com.lumenware.flagconsole.web;

import com.lumenware.flagconsole.config.PostHogProperties;
import com.lumenware.flagconsole.flags.FlagSettings;
import com.lumenware.flagconsole.oauth.PostHogOAuthClient;
import com.lumenware.flagconsole.oauth.PostHogOAuthTokens;
import com.lumenware.flagconsole.support.KeyMasker;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/console")
public class BootstrapController {

    private final PostHogProperties props;
    private final FlagSettings flagSettings;
    private final PostHogOAuthClient oauthClient;

    public BootstrapController(PostHogProperties props, FlagSettings flagSettings, PostHogOAuthClient oauthClient) {
        this.props = props;
        this.flagSettings = flagSettings;
        this.oauthClient = oauthClient;
    }

    public record BootstrapView(String projectKey, String ingestHost, long pollSeconds) {
    }

    public record StatusView(String projectKey, String secureKeyHint, boolean secureKeyConfigured, long pollSeconds) {
    }

    @GetMapping("/bootstrap")
    public ResponseEntity<BootstrapView> bootstrap() {
        BootstrapView view = new BootstrapView(props.projectApiKey(), props.ingestHost(),
                flagSettings.getPollInterval().toSeconds());
        return ResponseEntity.ok()
                .header("X-PostHog-Flags-Key", flagSettings.getProjectSecretKey())
                .body(view);
    }

    @GetMapping("/status")
    public StatusView status() {
        return new StatusView(props.projectApiKey(), KeyMasker.mask(flagSettings.getProjectSecretKey()),
                flagSettings.hasSecureKey(), flagSettings.getPollInterval().toSeconds());
    }

    /** Lets the embedded PostHog toolbar call PostHog as the console's service account. */
    @PostMapping("/oauth/session")
    public ResponseEntity<Void> linkPostHogSession(HttpServletResponse response) {
        PostHogOAuthTokens tokens = oauthClient.currentTokens();
        response.addCookie(new Cookie("ph_access", tokens.accessToken()));
        return ResponseEntity.noContent().build();
    }
}
