package com.brightquill.portal.web;

import com.brightquill.portal.service.PostHogApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(PostHogApiException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    public String handlePostHog(PostHogApiException ex, HttpServletRequest request, Model model) {
        log.error("PostHog call failed on {} (status {}): {}", request.getRequestURI(), ex.getStatus(),
                ex.getMessage());
        model.addAttribute("message", "Feature flag service is unavailable, please retry in a minute.");
        return "error/upstream";
    }

    @ExceptionHandler(IllegalArgumentException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public String handleBadRequest(IllegalArgumentException ex, Model model) {
        log.warn("Bad request: {}", ex.getMessage());
        model.addAttribute("message", "The request could not be processed.");
        return "error/bad-request";
    }
}
