package com.northwind.cohortinsights.filter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/** Puts request correlation data into the Log4j2 ThreadContext (see log4j2-spring.xml). */
public class SessionContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ThreadContext.put("requestId", UUID.randomUUID().toString());
        HttpSession session = request.getSession(false);
        if (session != null) {
            ThreadContext.put("session", session.getId());
        }
        try {
            chain.doFilter(request, response);
        } finally {
            ThreadContext.clearMap();
        }
    }
}
