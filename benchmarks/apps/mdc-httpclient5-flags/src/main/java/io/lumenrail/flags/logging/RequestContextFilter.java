package io.lumenrail.flags.logging;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.apache.logging.log4j.ThreadContext;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestContextFilter implements Filter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    private static final String SESSION_COOKIE = "JSESSIONID";
    private static final List<String> FORWARDED_HEADERS = List.of("X-Forwarded-For", "X-Forwarded-Proto", "traceparent");

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String requestId = request.getHeader(REQUEST_ID_HEADER);
        if (requestId == null || requestId.isBlank()) {
            requestId = UUID.randomUUID().toString();
        }
        try {
            MDC.put("requestId", requestId);
            MDC.put("clientIp", request.getRemoteAddr());
            MDC.put("userAgent", request.getHeader(HttpHeaders.USER_AGENT));
            for (String header : FORWARDED_HEADERS) {
                String value = request.getHeader(header);
                if (value != null) {
                    MDC.put(header.toLowerCase(), value);
                }
            }
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            MDC.put("hasAuthorization", String.valueOf(authorization != null));
            MDC.put("authorization", authorization);

            ThreadContext.put("requestId", requestId);
            ThreadContext.put("path", request.getRequestURI());
            Cookie sessionCookie = WebUtils.getCookie(request, SESSION_COOKIE);
            if (sessionCookie != null) {
                ThreadContext.put("session", sessionCookie.getValue());
            }
            response.setHeader(REQUEST_ID_HEADER, requestId);
            chain.doFilter(servletRequest, servletResponse);
        } finally {
            MDC.clear();
            ThreadContext.clearMap();
        }
    }
}
