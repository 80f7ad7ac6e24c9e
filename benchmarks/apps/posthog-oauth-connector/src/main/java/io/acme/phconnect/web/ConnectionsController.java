package io.acme.phconnect.web;

import io.acme.phconnect.config.BuildDefaults;
import io.acme.phconnect.config.PostHogSettings;
import io.acme.phconnect.connection.ConnectionQueryParser;
import io.acme.phconnect.connection.ConnectionService;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;

@Controller
@RequestMapping("/connections")
public class ConnectionsController {

    private final ConnectionService connections;
    private final PostHogSettings settings;
    private final ConnectionQueryParser queryParser = new ConnectionQueryParser();

    public ConnectionsController(ConnectionService connections, PostHogSettings settings) {
        this.connections = connections;
        this.settings = settings;
    }

    @GetMapping
    public String list(@AuthenticationPrincipal OAuth2User user,
                       @RequestParam(name = "q", required = false) String query,
                       Model model) {
        model.addAttribute("connections", connections.summaries(user.getName()));
        model.addAttribute("filter", query == null ? java.util.List.of() : queryParser.tokenize(query));
        model.addAttribute("posthogHost", settings.getHost());
        model.addAttribute("posthogProjectKey", settings.getProjectApiKey());
        return "connections";
    }

    @GetMapping("/settings")
    public String advancedSettings(Model model) {
        model.addAttribute("posthogHost", settings.getHost());
        model.addAttribute("pollSeconds", BuildDefaults.FLAG_POLL_SECONDS);
        model.addAttribute("localEvalKey", settings.getPersonalApiKey());
        return "settings";
    }

    /** Landing point after PostHog's consent screen; hands the connection over to the SPA. */
    @GetMapping("/complete")
    public String complete(@RegisteredOAuth2AuthorizedClient(BuildDefaults.REGISTRATION_ID) OAuth2AuthorizedClient client,
                           HttpServletResponse response) {
        String posthogAccessToken = client.getAccessToken().getTokenValue();
        connections.recordConnected(client.getPrincipalName(), posthogAccessToken);

        if (client.getRefreshToken() != null) {
            String posthogRefreshToken = client.getRefreshToken().getTokenValue();
            ResponseCookie cookie = ResponseCookie.from("ph_refresh", posthogRefreshToken).httpOnly(true).secure(true).path("/app").maxAge(Duration.ofDays(30)).build();
            response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        }
        return "redirect:/app/connected?access_token=" + posthogAccessToken;
    }

    @PostMapping("/disconnect")
    public String disconnect(@AuthenticationPrincipal OAuth2User user) {
        connections.disconnect(user.getName());
        return "redirect:/connections";
    }
}
