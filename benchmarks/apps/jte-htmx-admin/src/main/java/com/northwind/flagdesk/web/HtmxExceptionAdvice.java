package com.northwind.flagdesk.web;

import com.northwind.flagdesk.posthog.FlagApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors during htmx swaps are shown as a toast (hx-on::flagdesk-error in layout.jte)
 * instead of replacing the target with an error page.
 */
@ControllerAdvice
public class HtmxExceptionAdvice {

    private static final Logger log = LoggerFactory.getLogger(HtmxExceptionAdvice.class);

    @ExceptionHandler(FlagApiException.class)
    public String onPostHogError(FlagApiException ex, HttpServletResponse response, Model model) {
        log.warn("PostHog API call failed with HTTP {}", ex.getStatus());
        response.setStatus(HttpServletResponse.SC_BAD_GATEWAY);
        response.setHeader(HtmxRequestFilter.HX_TRIGGER,
                "{\"flagdesk-error\":{\"message\":\"" + ex.getMessage() + "\"}}");
        response.setHeader("HX-Reswap", "none");
        model.addAttribute("status", ex.getStatus());
        return "flags/error";
    }
}
