package com.acme.portal.security;

import com.acme.portal.config.PostHogClientConfig.PostHogEventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.session.SessionFixationProtectionEvent;
import org.springframework.session.events.SessionDestroyedEvent;
import org.springframework.stereotype.Component;

@Component
public class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    private final PostHogEventPublisher events;

    public LoginAuditListener(PostHogEventPublisher events) {
        this.events = events;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            log.info("User {} signed in from {} (session {})",
                    authentication.getName(), details.getRemoteAddress(), details.getSessionId());
        }
        events.loginSucceeded(authentication.getName());
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        log.warn("Authentication failure for {}: {}", event.getAuthentication().getName(),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    public void onSessionFixation(SessionFixationProtectionEvent event) {
        boolean sessionId = !event.getOldSessionId().equals(event.getNewSessionId());
        log.debug("Session fixation protection for {} applied, sessionId changed: {}",
                event.getAuthentication().getName(), sessionId);
    }

    @EventListener
    public void onSessionDestroyed(SessionDestroyedEvent event) {
        log.debug("Session expired after {} s of inactivity",
                event.getSession().getMaxInactiveInterval().toSeconds());
    }
}
