package org.quayside.admin.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.log4j.Logger;

@WebFilter("/*")
public class AuditFilter implements Filter {

    private static final Logger log = Logger.getLogger(AuditFilter.class);
    private static final Set<String> HIDDEN = Set.of("authorization", "proxy-authorization", "cookie");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) req;
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(http.getHeaderNames())) {
            headers.put(name, http.getHeader(name));
        }
        headers.keySet().removeIf(name -> HIDDEN.contains(name.toLowerCase(Locale.ROOT)));
        log.info(http.getMethod() + " " + http.getRequestURI() + " " + headers);

        if (log.isTraceEnabled()) {
            log.trace("cookies: " + http.getHeader("Cookie"));
        }
        String auth = http.getHeader("Authorization");
        String scheme = auth == null ? "none" : auth.split(" ", 2)[0];
        log.debug("auth scheme " + scheme);
        chain.doFilter(req, res);
    }
}
