package com.northwind.flagtrace.web;

import java.io.IOException;

import io.opentelemetry.api.trace.Span;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts request context into the MDC so the JSON log lines can be joined with traces.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        try {
            MDC.put("trace_id", Span.current().getSpanContext().getTraceId());
            MDC.put("span_id", Span.current().getSpanContext().getSpanId());
            if (session != null) {
                MDC.put("http.session_id", session.getId());
            }
            Span.current().setAttribute("http.session.present", session != null);
            chain.doFilter(request, response);
        } finally {
            MDC.remove("trace_id");
            MDC.remove("span_id");
            MDC.remove("http.session_id");
        }
    }
}
