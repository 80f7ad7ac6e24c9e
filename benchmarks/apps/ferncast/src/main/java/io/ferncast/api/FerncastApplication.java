package io.ferncast.api;

import io.ferncast.api.filter.AuthLoggingFilter;
import io.ferncast.api.filter.SessionCookieFilter;
import io.ferncast.api.resource.AdminResource;
import io.ferncast.api.resource.ClientConfigResource;
import io.ferncast.api.resource.ObservationResource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

@ApplicationScoped
@ApplicationPath("/api")
public class FerncastApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                ObservationResource.class,
                ClientConfigResource.class,
                AdminResource.class,
                AuthLoggingFilter.class,
                SessionCookieFilter.class);
    }
}
