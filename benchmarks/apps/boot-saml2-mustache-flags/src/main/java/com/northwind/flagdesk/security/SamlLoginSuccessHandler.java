package com.northwind.flagdesk.security;

import com.posthog.server.PostHogCaptureOptions;
import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.saml2.provider.service.authentication.Saml2AuthenticatedPrincipal;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** Records admin logins in PostHog and sends the user back to the page they asked for. */
@Component
public class SamlLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SamlLoginSuccessHandler.class);

    private final PostHogInterface postHog;

    public SamlLoginSuccessHandler(PostHogInterface postHog) {
        this.postHog = postHog;
        setDefaultTargetUrl("/admin");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        Saml2AuthenticatedPrincipal principal = (Saml2AuthenticatedPrincipal) authentication.getPrincipal();
        HttpSession session = request.getSession();
        log.info("SAML login for {} via {}", principal.getName(), principal.getRelyingPartyRegistrationId());
        log.debug("Bound SAML login of {} to HTTP session {}", principal.getName(), session.getId());

        postHog.capture(
                principal.getName(),
                "flagdesk_admin_login",
                PostHogCaptureOptions.builder()
                        .property("idp", principal.getRelyingPartyRegistrationId())
                        .property("groups", String.valueOf(principal.getAttribute("groups")))
                        .build());

        super.onAuthenticationSuccess(request, response, authentication);
    }
}
