package com.acme.portal.web;

import com.acme.portal.posthog.PostHogApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization", "x-api-key");

    @ExceptionHandler(PostHogApiException.class)
    @ResponseStatus(HttpStatus.BAD_GATEWAY)
    public String handlePostHogFailure(PostHogApiException ex, Model model) {
        log.error("PostHog API call failed (status {}): {}", ex.getStatus(), ex.getMessage());
        model.addAttribute("status", ex.getStatus());
        model.addAttribute("authFailure", ex.isAuthenticationFailure());
        model.addAttribute("detail", ex.getMessage());
        return "error/posthog";
    }

    @ExceptionHandler(Exception.class)
    public ModelAndView handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unhandled error on {} {} headers={}", request.getMethod(), request.getRequestURI(), redactedHeaders(request));
        ModelAndView mav = new ModelAndView("error/generic");
        mav.addObject("path", request.getRequestURI());
        mav.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        return mav;
    }

    private static Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT));
            headers.put(name, sensitive ? "[REDACTED]" : request.getHeader(name));
        }
        return headers;
    }
}
