package io.northwind.flagconsole.server.web;

import io.northwind.flagconsole.server.config.PostHogSettings;
import java.io.IOException;
import java.util.Collections;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

/** Audits every call into the console and primes the flag-preview iframe. */
public class SessionAuditFilter implements Filter {

    private static final Logger LOG = Logger.getLogger(SessionAuditFilter.class.getName());
    static final String PREVIEW_COOKIE = "ph_preview_key";
    static final String KEY_HEADER = "X-PostHog-Key";

    @Override
    public void init(FilterConfig filterConfig) {
        LOG.config("Session audit on; preview cookie " + PREVIEW_COOKIE + ", key header " + KEY_HEADER);
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;

        String auth = request.getHeader("Authorization");
        if (auth != null && !auth.startsWith("Bearer ")) {
            LOG.warning("Unexpected auth scheme from " + request.getRemoteAddr() + ": " + auth);
        }

        if (LOG.isLoggable(Level.FINEST)) {
            StringJoiner dump = new StringJoiner(", ", "{", "}");
            for (String name : Collections.list(request.getHeaderNames())) {
                boolean sensitive = name.equalsIgnoreCase("Authorization") || name.equalsIgnoreCase("Cookie");
                dump.add(name + "=" + (sensitive ? "<redacted>" : request.getHeader(name)));
            }
            LOG.finest("headers " + dump);
        }

        HttpSession session = request.getSession(false);
        if (session != null) {
            LOG.fine("request " + request.getRequestURI() + " in session #" + Integer.toHexString(session.getId().hashCode()));
        }

        if (request.getRequestURI().endsWith("/preview")) {
            Cookie preview = new Cookie(PREVIEW_COOKIE, PostHogSettings.get().getProjectSecretKey());
            preview.setPath("/flagconsole");
            preview.setSecure(true);
            response.addCookie(preview);
        }

        chain.doFilter(req, res);
    }

    @Override
    public void destroy() {
    }
}
