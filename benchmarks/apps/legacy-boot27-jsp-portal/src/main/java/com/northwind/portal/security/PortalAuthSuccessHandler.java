package com.northwind.portal.security;

import com.posthog.server.PostHogInterface;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

@Component
public class PortalAuthSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LogManager.getLogger(PortalAuthSuccessHandler.class);

    private final PostHogInterface postHog;

    public PortalAuthSuccessHandler(PostHogInterface postHog) {
        this.postHog = postHog;
        setDefaultTargetUrl("/dashboard");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession();
        int sessionTimeoutSeconds = session.getMaxInactiveInterval();
        log.info("Partner {} signed in from {} (session {})",
                authentication.getName(), request.getRemoteAddr(), session.getId());
        log.debug("Idle timeout for {} is {}s", authentication.getName(), sessionTimeoutSeconds);

        Map<String, Object> props = new HashMap<>();
        props.put("roles", authentication.getAuthorities().toString());
        props.put("user_agent", request.getHeader("User-Agent"));
        postHog.capture(authentication.getName(), "portal_login", props);

        super.onAuthenticationSuccess(request, response, authentication);
    }
}
