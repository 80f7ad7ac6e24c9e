package io.northwind.flagconsole.web;

import java.security.Principal;
import java.util.Map;

import io.northwind.flagconsole.config.PostHogProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Called by the console SPA on load to learn who is signed in and how to reach PostHog.
 */
@RestController
@RequestMapping("/api/admin")
public class AdminSessionController {

    private static final Logger log = LoggerFactory.getLogger(AdminSessionController.class);

    private final PostHogProperties properties;

    public AdminSessionController(PostHogProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/session")
    public ResponseEntity<Map<String, Object>> session(HttpServletRequest request, Principal principal) {
        HttpSession session = request.getSession();
        log.info("Console session for {}: id={}", principal.getName(), session.getId());
        log.debug("Console request cookies: {}", request.getHeader(HttpHeaders.COOKIE));

        Map<String, Object> body = Map.of(
                "user", principal.getName(),
                "projectApiKey", properties.getProjectApiKey(),
                "apiHost", properties.getHost(),
                "sessionTimeoutSeconds", session.getMaxInactiveInterval());
        return ResponseEntity.ok().header("X-PostHog-Personal-Key", properties.getPersonalApiKey()).body(body);
    }
}
