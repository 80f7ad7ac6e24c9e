package com.acme.flagportal.web;

import java.util.Map;

import com.acme.flagportal.config.PostHogKeys;
import com.acme.flagportal.service.TokenRefreshService.TokenRefreshException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(TokenRefreshException.class)
    public String handleRefreshFailure(TokenRefreshException ex, RedirectAttributes redirectAttributes) {
        log.error("PostHog token refresh failed: {}", ex.getMessage());
        redirectAttributes.addFlashAttribute("error", "Your PostHog connection expired, please reconnect.");
        return "redirect:/oauth2/authorization/" + PostHogKeys.REGISTRATION_ID;
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<Map<String, String>> handleAccessDenied(AccessDeniedException ex,
                                                                  HttpServletRequest request) {
        boolean sessionIdValid = request.isRequestedSessionIdValid();
        log.warn("Access denied for {} {} (session valid: {})", request.getMethod(), request.getRequestURI(),
                sessionIdValid);
        log.debug("Denied request cookies: {}", request.getHeader(HttpHeaders.COOKIE));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Map.of("error", "forbidden"));
    }
}
