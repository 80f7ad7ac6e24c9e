package com.northwind.partnerportal.web;

import java.util.Arrays;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

public class RequestAuditInterceptor implements HandlerInterceptor {

    private static final Log log = LogFactory.getLog(RequestAuditInterceptor.class);

    private static final String START_ATTR = RequestAuditInterceptor.class.getName() + ".start";

    private static final Set<String> MASKED_HEADERS = new HashSet<String>(Arrays.asList(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-api-key"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(START_ATTR, System.currentTimeMillis());
        if (log.isDebugEnabled()) {
            log.debug(request.getMethod() + " " + request.getRequestURI() + " headers=" + describeHeaders(request));
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && !authorization.startsWith("Bearer ")) {
            log.warn("Rejected unsupported Authorization header from " + request.getRemoteAddr() + ": " + authorization);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            return false;
        }
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        Object start = request.getAttribute(START_ATTR);
        long elapsed = start instanceof Long ? System.currentTimeMillis() - (Long) start : -1L;
        HttpSession session = request.getSession(false);
        String sessionId = session != null ? session.getId() : "-";
        log.info(request.getMethod() + " " + request.getRequestURI() + " -> " + response.getStatus()
                + " in " + elapsed + "ms [session " + sessionId + "]");
    }

    private String describeHeaders(HttpServletRequest request) {
        StringBuilder sb = new StringBuilder("{");
        Enumeration<String> names = request.getHeaderNames();
        while (names.hasMoreElements()) {
            String name = names.nextElement();
            String value = MASKED_HEADERS.contains(name.toLowerCase(Locale.ROOT))
                    ? "[REDACTED]"
                    : request.getHeader(name);
            sb.append(name).append('=').append(value);
            if (names.hasMoreElements()) {
                sb.append(", ");
            }
        }
        return sb.append('}').toString();
    }
}
