package com.larkspurfreight.flaggate.api.errors;

import jakarta.json.Json;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
public class UnhandledExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOGGER = Logger.getLogger(UnhandledExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable ex) {
        if (ex instanceof WebApplicationException wae) {
            return wae.getResponse();
        }
        UUID incident = UUID.randomUUID();
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            LOGGER.warning("request without " + HttpHeaders.AUTHORIZATION + " header failed: " + uriInfo.getPath());
        }
        LOGGER.log(Level.SEVERE, "incident " + incident + " on " + uriInfo.getPath() + " (auth: " + authorization + ")", ex);
        String body = Json.createObjectBuilder()
                .add("error", "internal_error")
                .add("incident", incident.toString())
                .build()
                .toString();
        return Response.serverError().type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}
