package com.northwind.flagadmin.web;

import com.northwind.flagadmin.service.PostHogApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(PostHogApiException.class)
    public String handlePostHogFailure(PostHogApiException ex, HttpServletResponse response, Model model) {
        log.error("PostHog API call failed: {}", ex.getMessage());
        response.setStatus(ex.getStatusCode() >= 500 ? 502 : ex.getStatusCode());
        model.addAttribute("status", ex.getStatusCode());
        model.addAttribute("error", "PostHog rejected the request. Check the server logs.");
        return "error";
    }

    @ExceptionHandler(AccessDeniedException.class)
    public String handleAccessDenied(AccessDeniedException ex, HttpServletRequest request,
                                     HttpServletResponse response, Model model) {
        log.warn("Access denied to {} (Authorization header present: {})", request.getRequestURI(),
                request.getHeader(HttpHeaders.AUTHORIZATION) != null);
        log.warn("Denied request cookies: {}", request.getHeader(HttpHeaders.COOKIE));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("status", HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("error", ex.getMessage());
        return "error";
    }
}
