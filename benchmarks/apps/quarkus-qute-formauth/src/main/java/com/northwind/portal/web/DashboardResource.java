package com.northwind.portal.web;

import com.northwind.portal.config.PostHogSettings;
import com.northwind.portal.entity.PortalUser;
import com.northwind.portal.search.SearchQueryLexer;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/dashboard")
@Authenticated
public class DashboardResource {

    @Inject
    Template dashboard;

    @Inject
    SecurityIdentity identity;

    @Inject
    PostHogSettings posthog;

    @Inject
    SearchQueryLexer lexer;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Uni<TemplateInstance> show(@QueryParam("q") String query) {
        String username = identity.getPrincipal().getName();
        return PortalUser.findByUsername(username)
                .map(user -> dashboard
                        .data("user", user)
                        .data("terms", lexer.tokenize(query == null ? "" : query))
                        .data("posthogProjectKey", posthog.projectApiKey())
                        .data("posthogHost", posthog.host())
                        .data("flagsBootstrapKey", posthog.secureFlagsKey().orElse("")));
    }
}
