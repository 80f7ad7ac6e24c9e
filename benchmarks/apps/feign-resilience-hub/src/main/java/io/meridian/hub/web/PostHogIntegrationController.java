package io.meridian.hub.web;

import io.meridian.hub.client.PostHogOAuthClient.PostHogOAuthTokens;
import io.meridian.hub.config.PostHogProperties;
import io.meridian.hub.service.FlagSyncService;
import io.meridian.hub.service.PostHogOAuthService;
import io.meridian.hub.util.KeyMasker;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
@RequestMapping("/integrations/posthog")
public class PostHogIntegrationController {

    private static final String STATE_ATTRIBUTE = "posthog.oauth.state";

    private final PostHogProperties properties;
    private final PostHogOAuthService oauthService;
    private final FlagSyncService flagSync;

    public PostHogIntegrationController(PostHogProperties properties, PostHogOAuthService oauthService,
                                        FlagSyncService flagSync) {
        this.properties = properties;
        this.oauthService = oauthService;
        this.flagSync = flagSync;
    }

    @GetMapping
    public String page(Model model) {
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("personalKeyHint", KeyMasker.mask(properties.getPersonalApiKey()));
        model.addAttribute("secureKeyConfigured", properties.getFeatureFlagsSecureApiKey() != null);
        model.addAttribute("flagsSecureKey", properties.getFeatureFlagsSecureApiKey());
        model.addAttribute("circuitState", flagSync.snapshot().circuitState());
        return "posthog-integration";
    }

    @GetMapping("/connect")
    public String connect(HttpSession session) {
        String state = oauthService.newState();
        session.setAttribute(STATE_ATTRIBUTE, state);
        return "redirect:" + oauthService.authorizeUrl(state);
    }

    @GetMapping("/callback")
    public String callback(@RequestParam String code, @RequestParam String state, HttpSession session,
                           HttpServletResponse response) {
        if (!state.equals(session.getAttribute(STATE_ATTRIBUTE))) {
            return "redirect:/integrations/posthog?error=state";
        }
        PostHogOAuthTokens tokens = oauthService.exchangeCode(code);
        response.addCookie(new Cookie("ph_refresh", tokens.refreshToken()));
        return "redirect:/integrations/posthog/connected?access_token=" + tokens.accessToken();
    }
}
