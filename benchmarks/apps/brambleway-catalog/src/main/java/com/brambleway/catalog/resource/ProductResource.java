package com.brambleway.catalog.resource;

import com.brambleway.catalog.analytics.PostHogClients;
import com.brambleway.catalog.config.CatalogConfig;
import com.brambleway.catalog.dao.Product;
import com.brambleway.catalog.dao.ProductDao;
import com.brambleway.catalog.view.ViewModels;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.SQLException;
import java.util.List;
import org.glassfish.jersey.server.mvc.Viewable;

@Path("/products")
public class ProductResource {

    private final ProductDao dao;
    private final CatalogConfig config;
    private final PostHogClients flags;

    public ProductResource(ProductDao dao, CatalogConfig config, PostHogClients flags) {
        this.dao = dao;
        this.config = config;
        this.flags = flags;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Product> list(@QueryParam("limit") @DefaultValue("50") int limit,
                              @QueryParam("offset") @DefaultValue("0") int offset) throws SQLException {
        return dao.list(Math.min(limit, 200), offset);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Viewable page(@PathParam("id") long id, @CookieParam("ph_distinct_id") String distinctId)
            throws SQLException {
        Product product = dao.find(id).orElseThrow(NotFoundException::new);
        boolean v3 = distinctId != null && flags.isEnabled("product-page-v3", distinctId);
        return new Viewable(v3 ? "/product-v3.ftl" : "/product.ftl", ViewModels.productPage(config, product, distinctId));
    }
}
