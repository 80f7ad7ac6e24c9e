package com.acme.flagportal.web;

import com.acme.flagportal.client.PostHogApiClient;
import com.acme.flagportal.config.PostHogKeys;
import com.acme.flagportal.config.PostHogProperties;
import com.acme.flagportal.domain.PostHogConnection;
import com.acme.flagportal.repository.PostHogConnectionRepository;
import com.acme.flagportal.service.AuditEventPublisher;
import com.acme.flagportal.service.TokenRefreshService;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class DashboardController {

    private final PostHogProperties properties;

    private final PostHogApiClient apiClient;

    private final PostHogConnectionRepository repository;

    private final TokenRefreshService tokenRefreshService;

    private final AuditEventPublisher auditEventPublisher;

    public DashboardController(PostHogProperties properties,
                               PostHogApiClient apiClient,
                               PostHogConnectionRepository repository,
                               TokenRefreshService tokenRefreshService,
                               AuditEventPublisher auditEventPublisher) {
        this.properties = properties;
        this.apiClient = apiClient;
        this.repository = repository;
        this.tokenRefreshService = tokenRefreshService;
        this.auditEventPublisher = auditEventPublisher;
    }

    @GetMapping("/")
    public String index() {
        return "index";
    }

    @GetMapping("/connect/complete")
    public String connectComplete(@RegisteredOAuth2AuthorizedClient(PostHogKeys.REGISTRATION_ID) OAuth2AuthorizedClient client,
                                  Authentication authentication) {
        PostHogConnection connection = findConnection(authentication);
        auditEventPublisher.connected(authentication.getName(), connection.getProjectId());
        return "redirect:/dashboard?connected=true&access_token=" + client.getAccessToken().getTokenValue();
    }

    @GetMapping("/dashboard")
    public String dashboard(@RegisteredOAuth2AuthorizedClient(PostHogKeys.REGISTRATION_ID) OAuth2AuthorizedClient client,
                            Authentication authentication,
                            Model model) {
        PostHogConnection connection = findConnection(authentication);
        model.addAttribute("posthogProjectKey", properties.getProjectApiKey());
        model.addAttribute("posthogHost", properties.getHost());
        model.addAttribute("flagsKey", properties.getPersonalApiKey());
        model.addAttribute("serverKeyHint", PostHogKeys.mask(properties.getPersonalApiKey()));
        model.addAttribute("email", connection.getPosthogUserEmail());
        model.addAttribute("expiresAt", connection.getAccessTokenExpiresAt());
        model.addAttribute("flags", apiClient.listFlags(connection.getProjectId(), client));
        return "dashboard";
    }

    @PostMapping("/flags/{flagId}/toggle")
    public String toggle(@PathVariable long flagId,
                         @RequestParam boolean active,
                         Authentication authentication,
                         RedirectAttributes redirectAttributes) {
        PostHogConnection connection = findConnection(authentication);
        apiClient.setFlagActive(connection.getProjectId(), flagId, active);
        auditEventPublisher.flagToggled(authentication.getName(), flagId, active);
        redirectAttributes.addFlashAttribute("message", "Flag " + flagId + (active ? " enabled" : " disabled"));
        return "redirect:/dashboard";
    }

    @PostMapping("/connect/refresh")
    public String refresh(Authentication authentication, RedirectAttributes redirectAttributes) {
        OAuth2AuthorizedClient refreshed = tokenRefreshService.refresh(authentication);
        redirectAttributes.addFlashAttribute("message",
                "Connection renewed until " + refreshed.getAccessToken().getExpiresAt());
        return "redirect:/dashboard";
    }

    private PostHogConnection findConnection(Authentication authentication) {
        return repository
                .findByClientRegistrationIdAndPrincipalName(PostHogKeys.REGISTRATION_ID, authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "PostHog account not connected"));
    }
}
