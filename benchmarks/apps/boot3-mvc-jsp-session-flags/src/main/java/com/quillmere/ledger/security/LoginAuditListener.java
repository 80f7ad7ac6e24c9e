package com.quillmere.ledger.security;

import com.quillmere.ledger.service.AnalyticsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.RememberMeAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

@Component
public class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    private final AnalyticsService analytics;

    public LoginAuditListener(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        boolean rememberMe = auth instanceof RememberMeAuthenticationToken;
        log.info("Login succeeded for {} (remember-me: {})", auth.getName(), rememberMe);
        analytics.loginSucceeded(auth.getName(), rememberMe);
    }

    @EventListener
    public void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Authentication auth = event.getAuthentication();
        log.warn("Bad credentials for '{}' (password tried: '{}')", auth.getName(), auth.getCredentials());
        analytics.loginFailed(auth.getName());
    }
}
