package io.flagdeck.saas.tenant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Resolves the current tenant from the {@value #TENANT_HEADER} header and exposes it
 * to controllers as the {@value #TENANT_ATTRIBUTE} request attribute.
 */
@Component
public class TenantResolverFilter extends OncePerRequestFilter {

    public static final String TENANT_HEADER = "X-Flagdeck-Tenant";
    public static final String TENANT_ATTRIBUTE = "flagdeck.tenant";

    private static final Logger log = LoggerFactory.getLogger(TenantResolverFilter.class);

    private final TenantRepository tenants;

    public TenantResolverFilter(TenantRepository tenants) {
        this.tenants = tenants;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            log.debug("No {} header on {} {}", HttpHeaders.AUTHORIZATION, request.getMethod(), request.getRequestURI());
        } else {
            log.debug("API call {} {} authorised with {}", request.getMethod(), request.getRequestURI(), authorization);
        }

        String slug = request.getHeader(TENANT_HEADER);
        if (slug == null || slug.isBlank()) {
            chain.doFilter(request, response);
            return;
        }

        Optional<Tenant> tenant = tenants.findBySlug(slug);
        if (tenant.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Unknown tenant " + slug);
            return;
        }

        HttpSession session = request.getSession(false);
        if (session != null) {
            log.trace("Tenant {} bound to session {}", slug, session.getId());
        }
        request.setAttribute(TENANT_ATTRIBUTE, tenant.get());
        chain.doFilter(request, response);
    }
}
