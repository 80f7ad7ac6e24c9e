package io.northwind.flagportal.api;

import io.northwind.flagportal.flags.FlagSyncException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

@Provider
public class FlagSyncExceptionMapper implements ExceptionMapper<FlagSyncException> {

    @Override
    public Response toResponse(FlagSyncException exception) {
        Map<String, Object> body = Map.of("error", "flag_sync_failed", "detail", exception.getMessage());
        return Response.status(exception.getStatus()).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
