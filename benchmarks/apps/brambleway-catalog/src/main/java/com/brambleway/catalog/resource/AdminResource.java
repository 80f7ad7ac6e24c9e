package com.brambleway.catalog.resource;

import com.brambleway.catalog.analytics.EventTracker;
import com.brambleway.catalog.analytics.FlagsApi;
import com.brambleway.catalog.analytics.FlagsApiException;
import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.dao.ProductDao;
import com.brambleway.catalog.view.ViewModels;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.mvc.Viewable;

@Path("/admin")
public class AdminResource {

    private static final Logger LOG = Logger.getLogger(AdminResource.class.getName());
    private static final List<String> MANAGED_FLAGS = List.of("product-page-v3", "free-shipping-banner");

    @Context
    private HttpServletRequest request;

    private final CatalogConfig config;
    private final FlagsApi flagsApi;
    private final EventTracker tracker;
    private final ProductDao products;

    public AdminResource(CatalogConfig config, FlagsApi flagsApi, EventTracker tracker, ProductDao products) {
        this.config = config;
        this.flagsApi = flagsApi;
        this.tracker = tracker;
        this.products = products;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Viewable dashboard() throws SQLException {
        String admin = (String) request.getAttribute("adminUser");
        Map<String, Object> model = ViewModels.adminDashboard(config, admin, products.countLowStock(5), MANAGED_FLAGS);
        return new Viewable("/admin/dashboard.ftl", model);
    }

    @POST
    @Path("/flags/{flagId}")
    @Produces(MediaType.TEXT_HTML)
    public Response toggle(@PathParam("flagId") String flagId, @FormParam("active") boolean active) {
        String admin = (String) request.getAttribute("adminUser");
        try {
            flagsApi.setActive(flagId, active);
            tracker.adminAction(admin, "flag_toggled");
            return Response.seeOther(URI.create("/admin")).build();
        } catch (FlagsApiException e) {
            LOG.log(Level.SEVERE, "Flag toggle failed for " + flagId, e);
            return Response.status(Response.Status.BAD_GATEWAY)
                    .entity("<p class=\"error\">Flag update failed: " + e.getMessage() + "</p>")
                    .build();
        } catch (IOException e) {
            LOG.warning("PostHog unreachable: " + e.getClass().getSimpleName());
            return Response.status(Response.Status.SERVICE_UNAVAILABLE)
                    .entity("<p class=\"error\">PostHog is unreachable, try again later.</p>")
                    .build();
        }
    }
}
