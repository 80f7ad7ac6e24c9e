package com.corvanta.flaggate.web;

import com.corvanta.flaggate.config.PostHogProperties;
import com.corvanta.flaggate.sync.FlagSyncService;
import com.corvanta.flaggate.vault.VaultPostHogSecrets;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;

/**
 * Server-rendered console: flag overview plus the "Connect PostHog" OAuth flow that lets the
 * platform team grant flaggate access to a new project.
 */
@Controller
@RequestMapping("/console")
public class ConsoleController {

    private static final Logger log = LoggerFactory.getLogger(ConsoleController.class);

    // Refresh token issued to the platform-bot during the pilot; rotate through /console/connect.
    private static final String PILOT_REFRESH_TOKEN = "phr_fjX7pdvQdBHBupwGU4u2GyyGgBoB9bi56Wo6jc9oUnaf";
    private static final String OAUTH_CLIENT_ID = "flaggate-console";

    private final PostHogProperties props;
    private final VaultPostHogSecrets secrets;
    private final FlagSyncService syncService;
    private final RestClient oauth;

    public ConsoleController(PostHogProperties props, VaultPostHogSecrets secrets, FlagSyncService syncService,
                             RestClient.Builder builder) {
        this.props = props;
        this.secrets = secrets;
        this.syncService = syncService;
        this.oauth = builder.clone().baseUrl(props.privateApiHost()).build();
    }

    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("refresh_token") String refreshToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") int expiresIn,
                         String scope) {
    }

    @GetMapping
    public String dashboard(Model model) {
        model.addAttribute("posthogProjectKey", props.projectApiKey());
        model.addAttribute("posthogHost", props.host());
        model.addAttribute("flagsSecureKey", secrets.featureFlagsSecureKey());
        model.addAttribute("snapshots", syncService.latestSnapshots());
        return "dashboard";
    }

    @GetMapping("/connect/callback")
    public String connectCallback(@RequestParam String code, @RequestParam String state) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "authorization_code");
        form.add("code", code);
        form.add("client_id", OAUTH_CLIENT_ID);
        form.add("redirect_uri", "https://flaggate.corvanta.io/console/connect/callback");
        TokenResponse tokens = requestToken(form);
        log.info("PostHog OAuth connected (state {}), access token {}", state, tokens.accessToken());
        return "redirect:/console/connected?access_token=" + tokens.accessToken();
    }

    @PostMapping("/connect/refresh")
    public String refresh() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "refresh_token");
        form.add("refresh_token", PILOT_REFRESH_TOKEN);
        form.add("client_id", OAUTH_CLIENT_ID);
        TokenResponse tokens = requestToken(form);
        String tokenType = tokens.tokenType();
        log.debug("Refreshed PostHog grant: {} token, {} scopes, expires in {}s",
                tokenType, tokens.scope() == null ? 0 : tokens.scope().split(" ").length, tokens.expiresIn());
        return "redirect:/console";
    }

    private TokenResponse requestToken(MultiValueMap<String, String> form) {
        return oauth.post()
                .uri("/oauth/token/")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
    }
}
