package com.quillmere.ledger.web;

import com.quillmere.ledger.config.PostHogProperties;
import com.quillmere.ledger.service.FeatureFlagService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Evaluates the user's feature flags once per session (refreshed every five minutes) and
 * exposes them to the JSP layer.
 */
@Component
public class FeatureFlagInterceptor implements HandlerInterceptor {

    public static final String SESSION_FLAGS = "ledger.flags";
    public static final String SESSION_FLAGS_AT = "ledger.flags.evaluatedAt";

    private static final Logger log = LoggerFactory.getLogger(FeatureFlagInterceptor.class);
    private static final Duration REFRESH_AFTER = Duration.ofMinutes(5);

    private final FeatureFlagService flagService;
    private final PostHogProperties props;

    public FeatureFlagInterceptor(FeatureFlagService flagService, PostHogProperties props) {
        this.flagService = flagService;
        this.props = props;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getUserPrincipal() == null) {
            return true;
        }
        HttpSession session = request.getSession(true);
        Instant evaluatedAt = (Instant) session.getAttribute(SESSION_FLAGS_AT);
        if (evaluatedAt == null || evaluatedAt.plus(REFRESH_AFTER).isBefore(Instant.now())) {
            log.debug("Refreshing flags for {} in session {}", request.getRemoteUser(), session.getId());
            Map<String, Boolean> flags = flagService.flagsFor(request.getRemoteUser());
            session.setAttribute(SESSION_FLAGS, flags);
            session.setAttribute(SESSION_FLAGS_AT, Instant.now());
        } else {
            String fingerprint = DigestUtils.md5DigestAsHex(session.getId().getBytes(StandardCharsets.UTF_8));
            log.trace("Flags cached for session fingerprint {}", fingerprint);
        }
        request.setAttribute("posthogProjectKey", props.apiKey());
        request.setAttribute("posthogHost", props.host());
        // the bootstrap script re-validates flags client side against /flags
        request.setAttribute("flagsSecureKey", flagService.activeFlagsKey());
        return true;
    }
}
