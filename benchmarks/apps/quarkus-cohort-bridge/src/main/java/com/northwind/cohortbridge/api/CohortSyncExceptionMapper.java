package com.northwind.cohortbridge.api;

import com.northwind.cohortbridge.sync.CohortSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

/**
 * Turns a failed sync into a 502 the admin UI can show.
 */
@Provider
public class CohortSyncExceptionMapper implements ExceptionMapper<CohortSyncException> {

    @Override
    public Response toResponse(CohortSyncException exception) {
        Map<String, Object> body = Map.of(
                "cohortId", exception.cohortId(),
                "upstreamStatus", exception.upstreamStatus(),
                "error", exception.getMessage());
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
