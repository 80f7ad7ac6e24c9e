package com.ferrowave.flagsync.governance;

import io.quarkus.oidc.client.filter.OidcClientFilter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Change-governance service: a flag change is only applied once it has been approved there.
 * Access tokens come from the "governance" OIDC client (client-credentials grant).
 */
@RegisterRestClient(configKey = "governance-api")
@OidcClientFilter("governance")
@RegisterProvider(OutgoingAuthLoggingFilter.class)
@Path("/v1/flag-approvals")
@Produces(MediaType.APPLICATION_JSON)
public interface GovernanceClient {

    @GET
    @Path("/{flagKey}")
    ApprovalStatus approval(@PathParam("flagKey") String flagKey);

    record ApprovalStatus(String flagKey, boolean approved, String approver, String ticket) {
    }
}
