package com.relaymesh.streamrelay.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import com.relaymesh.streamrelay.config.RelayProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

@Component
public class AdminTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LogManager.getLogger(AdminTokenFilter.class);
    static final String ADMIN_TOKEN_HEADER = "X-Relay-Admin-Token";

    private final RelayProperties relayProperties;

    public AdminTokenFilter(RelayProperties relayProperties) {
        this.relayProperties = relayProperties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/admin/")
                || relayProperties.getAdmin().getTokenMode() == RelayProperties.TokenMode.DISABLED;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(ADMIN_TOKEN_HEADER);
        String expected = relayProperties.getAdmin().getToken();
        if (presented == null || expected == null
                || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            log.warn("rejected admin call to {}: presented {} but expected {}", request.getRequestURI(), presented, expected);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED, "invalid admin token");
            return;
        }
        log.debug("admin call {} {} headers {}", request.getMethod(), request.getRequestURI(), headerSummary(request));
        log.debug("token mode {} checked via {}", relayProperties.getAdmin().getTokenMode(), ADMIN_TOKEN_HEADER);
        chain.doFilter(request, response);
    }

    private Map<String, String> headerSummary(HttpServletRequest request) {
        Map<String, String> summary = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            boolean sensitive = name.equalsIgnoreCase(HttpHeaders.AUTHORIZATION)
                    || name.equalsIgnoreCase(HttpHeaders.COOKIE)
                    || name.equalsIgnoreCase(ADMIN_TOKEN_HEADER);
            summary.put(name, sensitive ? "<redacted>" : request.getHeader(name));
        }
        return summary;
    }
}
