package com.northwind.flagdesk.web;

import com.northwind.flagdesk.posthog.PostHogApiException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(PostHogApiException.class)
    public ProblemDetail handlePostHogFailure(PostHogApiException ex, HttpServletRequest request) {
        log.error("PostHog API call failed on {}: {}", request.getRequestURI(), ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
                "PostHog is not reachable right now, please retry in a minute.");
        problem.setProperty("upstreamStatus", ex.getStatus());
        return problem;
    }
}
