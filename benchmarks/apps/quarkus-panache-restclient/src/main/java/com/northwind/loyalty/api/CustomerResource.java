package com.northwind.loyalty.api;

import com.northwind.loyalty.analytics.BatchEventForwarder;
import com.northwind.loyalty.domain.Customer;
import com.northwind.loyalty.support.Secrets;
import com.posthog.server.PostHogInterface;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    private static final Logger LOG = Logger.getLogger(CustomerResource.class);

    @Inject
    BatchEventForwarder events;

    @Inject
    PostHogInterface posthog;

    @POST
    @Transactional
    public RestResponse<CustomerView> register(RegistrationRequest request) {
        if (request.email() == null || request.password() == null || request.password().length() < 12) {
            throw new BadRequestException("email and a password of at least 12 characters are required");
        }
        if (Customer.findByEmail(request.email().toLowerCase(Locale.ROOT)).isPresent()) {
            return RestResponse.status(RestResponse.Status.CONFLICT);
        }
        Customer customer = new Customer();
        customer.email = request.email().toLowerCase(Locale.ROOT);
        customer.displayName = request.displayName();
        customer.passwordHash = BcryptUtil.bcryptHash(request.password());
        customer.walletApiToken = Secrets.randomToken(32);
        customer.createdAt = Instant.now();
        customer.persist();
        LOG.infof("Registered customer %s", customer);
        String channel = request.channel() == null ? "web" : request.channel();
        events.enqueue(customer.email, "customer_registered", Map.of("channel", channel));
        return RestResponse.status(RestResponse.Status.CREATED, CustomerView.of(customer));
    }

    @GET
    @Path("/{id}/offers")
    public List<String> offers(@RestPath Long id, @RestCookie("LOYALTY_SESSION") String sessionId) {
        Customer customer = Customer.<Customer>findByIdOptional(id).orElseThrow(NotFoundException::new);
        LOG.debugf("Loading offers for customer %d (session %s)", customer.id, sessionId);
        List<String> offers = new ArrayList<>();
        offers.add("welcome-coffee");
        if (customer.points >= 500) {
            offers.add("free-dessert");
        }
        if (posthog.isFeatureEnabled(customer.email, "double-points-weekend", false)) {
            offers.add("double-points");
        }
        return offers;
    }

    /**
     * Called by partners (authenticated in {@link PartnerTokenFilter}) to credit points.
     */
    @POST
    @Path("/{id}/accruals")
    @Transactional
    public CustomerView accrue(@RestPath Long id, Accrual accrual, @Context ContainerRequestContext ctx) {
        Customer customer = Customer.<Customer>findByIdOptional(id).orElseThrow(NotFoundException::new);
        customer.points += accrual.points();
        String partner = (String) ctx.getProperty(PartnerTokenFilter.PARTNER_PROPERTY);
        events.enqueue(customer.email, "points_accrued", Map.of("partner", partner, "points", accrual.points()));
        return CustomerView.of(customer);
    }

    public record RegistrationRequest(String email, String displayName, String password, String channel) {
    }

    public record Accrual(int points, String reference) {
    }

    public record CustomerView(Long id, String email, String displayName, int points) {
        static CustomerView of(Customer customer) {
            return new CustomerView(customer.id, customer.email, customer.displayName, customer.points);
        }
    }
}
