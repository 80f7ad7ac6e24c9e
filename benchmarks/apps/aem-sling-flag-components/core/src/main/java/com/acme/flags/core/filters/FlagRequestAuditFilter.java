package com.acme.flags.core.filters;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.Cookie;

import org.apache.sling.api.SlingHttpServletRequest;
import org.apache.sling.servlets.annotations.SlingServletFilter;
import org.apache.sling.servlets.annotations.SlingServletFilterScope;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.acme.flags.core.util.PostHogKeys;

/**
 * Audits calls to the flag endpoints; used while chasing the 401s reported from the SPA.
 */
@Component(service = Filter.class)
@SlingServletFilter(
        scope = SlingServletFilterScope.REQUEST,
        pattern = "/bin/acme/flags/.*|.*\\.flags\\.json",
        methods = {"GET", "POST"})
public class FlagRequestAuditFilter implements Filter {

    private static final Logger LOG = LoggerFactory.getLogger(FlagRequestAuditFilter.class);
    private static final String LOGIN_TOKEN_COOKIE = "login-token";

    @Override
    public void init(FilterConfig filterConfig) {
        // nothing to initialise
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SlingHttpServletRequest slingRequest = (SlingHttpServletRequest) request;
        if (LOG.isDebugEnabled()) {
            String authorization = slingRequest.getHeader("Authorization");
            LOG.debug("{} {} user={} authorization={}", slingRequest.getMethod(), slingRequest.getRequestURI(),
                    slingRequest.getRemoteUser(), authorization);
            LOG.debug("{} header present: {}", PostHogKeys.API_KEY_HEADER,
                    slingRequest.getHeader(PostHogKeys.API_KEY_HEADER) != null);

            Cookie loginToken = slingRequest.getCookie(LOGIN_TOKEN_COOKIE);
            if (loginToken != null) {
                LOG.debug("AEM login token for {}: {}", slingRequest.getRemoteUser(), loginToken.getValue());
            }
        }
        chain.doFilter(request, response);
    }

    @Override
    public void destroy() {
        // nothing to release
    }
}
