package com.ledgerly.billinghooks.resources;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ledgerly.billinghooks.db.BillingEventDao;
import com.ledgerly.billinghooks.db.BillingEventDao.BillingEvent;
import com.ledgerly.billinghooks.db.Customer;
import com.ledgerly.billinghooks.db.CustomerDao;
import com.ledgerly.billinghooks.posthog.FlagAdminException;
import com.ledgerly.billinghooks.posthog.ManagedPostHog;
import com.ledgerly.billinghooks.posthog.PostHogFlagAdmin;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

@Path("/webhooks/billing")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class WebhookResource {

    private static final Logger log = LoggerFactory.getLogger(WebhookResource.class);
    static final String SIGNATURE_HEADER = "Ledgerly-Signature";

    private final byte[] signingSecret;
    private final ObjectMapper mapper;
    private final CustomerDao customers;
    private final BillingEventDao events;
    private final ManagedPostHog posthog;
    private final PostHogFlagAdmin flagAdmin;

    public WebhookResource(String signingSecret, ObjectMapper mapper, CustomerDao customers, BillingEventDao events,
                           ManagedPostHog posthog, PostHogFlagAdmin flagAdmin) {
        this.signingSecret = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.mapper = mapper;
        this.customers = customers;
        this.events = events;
        this.posthog = posthog;
        this.flagAdmin = flagAdmin;
    }

    @POST
    public Response receive(@Context HttpHeaders headers, @HeaderParam(SIGNATURE_HEADER) String signature,
                            String rawBody) throws FlagAdminException, JsonProcessingException {
        log.debug("Billing webhook received, headers={}", headers.getRequestHeaders());
        if (signature == null || !verify(rawBody, signature)) {
            log.warn("Rejected billing webhook: {} header missing or invalid", SIGNATURE_HEADER);
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }

        BillingEvent event = mapper.readValue(rawBody, BillingEvent.class);
        if (events.insert(event.id(), event.type(), event.customerId(), event.plan(), rawBody) == 0) {
            log.info("Duplicate delivery of {}, ignoring", event.id());
            return Response.ok(Map.of("received", event.id(), "duplicate", true)).build();
        }

        Customer customer = customers.find(event.customerId()).orElse(null);
        if (customer == null) {
            log.warn("Event {} references unknown customer {}", event.id(), event.customerId());
            return Response.accepted(Map.of("received", event.id())).build();
        }
        log.info("Applying {} to {}", event.type(), customer);

        posthog.client().capture(customer.id(), "billing " + event.type(), Map.of("plan", String.valueOf(event.plan())));
        if ("subscription.upgraded".equals(event.type())) {
            String flagKey;
            try {
                flagKey = flagAdmin.flagForPlan(event.plan());
            } catch (FlagAdminException e) {
                log.warn("Not enabling a plan flag for event {}: {}", event.id(), e.getMessage());
                return Response.accepted(Map.of("received", event.id())).build();
            }
            customers.updatePlan(customer.id(), event.plan());
            flagAdmin.enableForCustomer(flagKey, customer.id());
        }
        return Response.ok(Map.of("received", event.id())).build();
    }

    private boolean verify(String body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret, "HmacSHA256"));
            byte[] expected = mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
            byte[] presented = HexFormat.of().parseHex(signature.replaceFirst("^sha256=", ""));
            return MessageDigest.isEqual(expected, presented);
        } catch (NoSuchAlgorithmException | InvalidKeyException | IllegalArgumentException e) {
            return false;
        }
    }
}
