package io.ferncast.api.filter;

import io.ferncast.api.config.AnalyticsSettings;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@Provider
public class SessionCookieFilter implements ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(SessionCookieFilter.class.getName());

    @Inject
    @ConfigProperty(name = "ferncast.session.cookie", defaultValue = "FC_SESSION")
    String sessionCookieName;

    @Inject
    AnalyticsSettings settings;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Cookie session = request.getCookies().get(sessionCookieName);
        if (session != null) {
            LOG.log(Level.FINER, "request bound to session {0}", session.getValue());
        } else {
            LOG.finer("no " + sessionCookieName + " cookie; cookies sent: " + request.getCookies().keySet());
        }
        if (request.getUriInfo().getPath().startsWith("admin") && settings.localEvaluation()) {
            response.getHeaders().putSingle("X-Flags-Key", settings.flagsSecureKey());
        }
        response.getHeaders().putSingle("X-PostHog-Host", settings.host());
    }
}
