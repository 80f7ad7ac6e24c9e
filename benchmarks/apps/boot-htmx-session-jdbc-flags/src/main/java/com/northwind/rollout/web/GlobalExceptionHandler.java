package com.northwind.rollout.web;

import com.northwind.rollout.service.FlagSyncException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public String flagSyncFailed(FlagSyncException ex, Model model, HttpServletResponse response) {
        log.error("PostHog sync failed (HTTP {}): {}", ex.getStatus(), ex.getMessage());
        response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
        response.setHeader("HX-Reswap", "innerHTML");
        model.addAttribute("message", "PostHog did not accept the request. Try again in a minute.");
        return "flags/fragments :: sync-error";
    }

    @ExceptionHandler(ResourceAccessException.class)
    public String postHogUnreachable(ResourceAccessException ex, Model model, HttpServletResponse response) {
        log.warn("PostHog unreachable: {}", ex.getClass().getSimpleName());
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        model.addAttribute("message", "PostHog is unreachable right now.");
        return "flags/fragments :: sync-error";
    }
}
