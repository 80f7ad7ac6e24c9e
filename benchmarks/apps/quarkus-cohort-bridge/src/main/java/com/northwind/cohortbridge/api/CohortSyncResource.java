package com.northwind.cohortbridge.api;

import com.northwind.cohortbridge.sync.CohortSyncService;
import com.northwind.cohortbridge.sync.CohortSyncService.SyncResult;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/**
 * Lets the CRM admin UI start a sync by hand.
 */
@Path("/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class CohortSyncResource {

    @Inject
    CohortSyncService syncService;

    @POST
    @Path("/{cohortId}/sync")
    @Blocking
    public SyncResult sync(@PathParam("cohortId") long cohortId,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                           @HeaderParam("X-Forwarded-User") String user) {
        Log.infof("Manual sync of cohort %d requested by %s (credentials %s)", cohortId, user, authorization);
        return syncService.sync(cohortId, user);
    }
}
