package com.northwind.identity.web;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.Set;

import com.northwind.identity.config.PostHogProperties;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Custom consent page for the authorization-code flow.
 */
@Controller
public class ConsentController {

    private final RegisteredClientRepository registeredClientRepository;
    private final OAuth2AuthorizationConsentService consentService;
    private final PostHogProperties posthog;

    public ConsentController(RegisteredClientRepository registeredClientRepository,
            OAuth2AuthorizationConsentService consentService, PostHogProperties posthog) {
        this.registeredClientRepository = registeredClientRepository;
        this.consentService = consentService;
        this.posthog = posthog;
    }

    @GetMapping("/oauth2/consent")
    public String consent(Principal principal, Model model,
            @RequestParam(OAuth2ParameterNames.CLIENT_ID) String clientId,
            @RequestParam(OAuth2ParameterNames.SCOPE) String scope,
            @RequestParam(OAuth2ParameterNames.STATE) String state) {
        RegisteredClient client = registeredClientRepository.findByClientId(clientId);
        if (client == null) {
            return "redirect:/error";
        }
        OAuth2AuthorizationConsent current = consentService.findById(client.getId(), principal.getName());
        Set<String> alreadyGranted = current != null ? current.getScopes() : Set.of();

        Set<String> toApprove = new LinkedHashSet<>();
        Set<String> previouslyApproved = new LinkedHashSet<>();
        for (String requested : StringUtils.delimitedListToStringArray(scope, " ")) {
            if (OidcScopes.OPENID.equals(requested)) {
                continue;
            }
            (alreadyGranted.contains(requested) ? previouslyApproved : toApprove).add(requested);
        }

        model.addAttribute("clientId", clientId);
        model.addAttribute("clientName", client.getClientName());
        model.addAttribute("state", state);
        model.addAttribute("scopes", toApprove);
        model.addAttribute("previouslyApprovedScopes", previouslyApproved);
        model.addAttribute("principalName", principal.getName());

        // posthog-js on the consent page: captures consent_shown / consent_granted
        model.addAttribute("posthogProjectKey", posthog.getProjectApiKey());
        model.addAttribute("posthogHost", posthog.getHost());
        // lets posthog-js evaluate the "consent-page-v2" flag without a round trip through the issuer
        model.addAttribute("posthogFlagsKey", posthog.getFeatureFlagsSecureApiKey());
        return "consent";
    }
}
