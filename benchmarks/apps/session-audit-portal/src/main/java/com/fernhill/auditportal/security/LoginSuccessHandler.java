package com.fernhill.auditportal.security;

import java.io.IOException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

@Component
public class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LogManager.getLogger(LoginSuccessHandler.class);

    private static final Set<String> SENSITIVE_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    public LoginSuccessHandler() {
        setDefaultTargetUrl("/admin/settings");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws ServletException, IOException {
        HttpSession session = request.getSession();
        ThreadContext.put("user", authentication.getName());
        ThreadContext.put("sessionId", session.getId());
        ThreadContext.put("sessionRef", DigestUtils.sha256Hex(session.getId()).substring(0, 12));

        log.info("User {} signed in with roles {}", authentication.getName(), authentication.getAuthorities());
        log.debug("Login request headers: {}", redactedHeaders(request));

        session.setAttribute("loginAt", Instant.now());
        super.onAuthenticationSuccess(request, response, authentication);
    }

    private static Map<String, String> redactedHeaders(HttpServletRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, SENSITIVE_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "<redacted>" : request.getHeader(name));
        }
        return headers;
    }
}
