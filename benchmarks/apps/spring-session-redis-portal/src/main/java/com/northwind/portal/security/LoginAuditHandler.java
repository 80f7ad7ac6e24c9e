package com.northwind.portal.security;

import com.posthog.server.PostHogInterface;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.Map;

@Component
public class LoginAuditHandler implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditHandler.class);

    public enum TokenType { SESSION_ONLY, REMEMBER_ME }

    private final PostHogInterface postHog;

    public LoginAuditHandler(PostHogInterface postHog) {
        this.postHog = postHog;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        boolean remember = "on".equals(request.getParameter(AbstractRememberMeServices.DEFAULT_PARAMETER));
        TokenType tokenType = remember ? TokenType.REMEMBER_ME : TokenType.SESSION_ONLY;
        HttpSession session = request.getSession();
        session.setAttribute("loginTokenType", tokenType);
        log.info("User {} signed in, token={}", authentication.getName(), tokenType);
        postHog.capture(authentication.getName(), "portal_login", Map.of("remember_me", remember));
        response.sendRedirect(request.getContextPath() + "/dashboard");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException, ServletException {
        String username = request.getParameter("username");
        log.debug("Login form fields: {}", request.getParameterMap().keySet());
        log.warn("Failed login for {} (password={}): {}", username, request.getParameter("password"), exception.getMessage());
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
