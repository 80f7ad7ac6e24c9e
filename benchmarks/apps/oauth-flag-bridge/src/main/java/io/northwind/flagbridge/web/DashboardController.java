package io.northwind.flagbridge.web;

import io.northwind.flagbridge.config.FlagBridgeProperties;
import io.northwind.flagbridge.flags.FeatureFlagsSecureKeyProvider;
import io.northwind.flagbridge.oauth.OAuthConnectionRepository;
import io.northwind.flagbridge.support.Secrets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class DashboardController {

    private final OAuthConnectionRepository connections;
    private final FlagBridgeProperties properties;
    private final FeatureFlagsSecureKeyProvider secureKeys;

    public DashboardController(OAuthConnectionRepository connections, FlagBridgeProperties properties,
                               FeatureFlagsSecureKeyProvider secureKeys) {
        this.connections = connections;
        this.properties = properties;
        this.secureKeys = secureKeys;
    }

    @GetMapping("/")
    public String dashboard(@AuthenticationPrincipal OAuth2User user, Model model) {
        model.addAttribute("user", user.getAttribute("email"));
        model.addAttribute("connections", connections.findByPrincipalNameOrderByCreatedAtDesc(user.getName())
                .stream().map(ConnectionSummary::from).toList());
        FlagsBootstrap flags = new FlagsBootstrap(properties.projectApiKey(), properties.ingestHost(),
                secureKeys.currentKey());
        model.addAttribute("posthogFlags", flags);
        return "dashboard";
    }

    @GetMapping("/settings")
    public String settings(Model model) {
        model.addAttribute("ingestHost", properties.ingestHost());
        model.addAttribute("secureKeyConfigured", secureKeys.isConfigured());
        model.addAttribute("secureKeyHint", Secrets.mask(secureKeys.currentKey()));
        return "settings";
    }

    /** Unauthenticated: the login page needs posthog-js before the user has signed in. */
    @GetMapping("/api/bootstrap")
    @ResponseBody
    public BrowserBootstrap bootstrap() {
        return new BrowserBootstrap(properties.projectApiKey(), properties.ingestHost(), properties.appHost());
    }

    public record FlagsBootstrap(String apiKey, String apiHost, String flagsSecureKey) {
    }

    public record BrowserBootstrap(String posthogKey, String posthogHost, String uiHost) {
    }
}
