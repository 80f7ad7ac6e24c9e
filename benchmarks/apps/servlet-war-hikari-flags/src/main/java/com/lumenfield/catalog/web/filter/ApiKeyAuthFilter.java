package com.lumenfield.catalog.web.filter;

import com.lumenfield.catalog.config.AppConfig;
import com.lumenfield.catalog.util.Secrets;
import com.lumenfield.catalog.web.AppContextListener;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;

/**
 * Protects /admin/* with a static API key whose SHA-256 is configured in app.properties.
 */
public class ApiKeyAuthFilter implements Filter {

    public static final String API_KEY_HEADER = "X-Api-Key";

    private static final Logger log = LoggerFactory.getLogger(ApiKeyAuthFilter.class);

    private String expectedSha256;

    @Override
    public void init(FilterConfig filterConfig) {
        AppConfig config = (AppConfig) filterConfig.getServletContext().getAttribute(AppContextListener.ATTR_CONFIG);
        expectedSha256 = config.adminApiKeySha256();
        log.info("Admin endpoints require header {}", API_KEY_HEADER);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse httpResponse = (HttpServletResponse) response;
        String presented = http.getHeader(API_KEY_HEADER);
        if (presented == null || presented.isBlank()) {
            httpResponse.sendError(HttpServletResponse.SC_UNAUTHORIZED, "Missing " + API_KEY_HEADER);
            return;
        }
        if (!Secrets.sameHash(presented, expectedSha256)) {
            log.warn("Rejected admin API key {} from {}", presented, http.getRemoteAddr());
            httpResponse.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        log.debug("Admin request authorised, key fingerprint {}", Secrets.sha256Hex(presented).substring(0, 12));
        chain.doFilter(request, response);
    }
}
