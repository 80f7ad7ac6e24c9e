package com.northwind.flagadmin.security;

import com.northwind.flagadmin.service.FlagService;
import com.northwind.flagadmin.service.FlagService.OAuthToken;
import com.northwind.flagadmin.session.AdminSession;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

@Component
public class AdminLoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(AdminLoginSuccessHandler.class);

    private final AdminSession adminSession;
    private final FlagService flagService;

    public AdminLoginSuccessHandler(AdminSession adminSession, FlagService flagService) {
        this.adminSession = adminSession;
        this.flagService = flagService;
        setDefaultTargetUrl("/flags");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        String previousSessionId = request.getRequestedSessionId();
        HttpSession session = request.getSession();
        adminSession.setUsername(authentication.getName());
        adminSession.setLoginAt(Instant.now());
        adminSession.setSessionIdRotated(previousSessionId != null && !previousSessionId.equals(session.getId()));

        OAuthToken token = flagService.exchangeRefreshToken();
        adminSession.setOauthAccessToken(token.accessToken());
        adminSession.setTokenTtlSeconds(token.expiresIn());

        log.info("Admin {} signed in, session {}", authentication.getName(), session.getId());
        log.info("Session id rotated: {}, token type {}, ttl {}s", adminSession.isSessionIdRotated(),
                adminSession.getTokenType(), adminSession.getTokenTtlSeconds());
        log.debug("Admin session initialised: {}", adminSession);

        super.onAuthenticationSuccess(request, response, authentication);
    }
}
