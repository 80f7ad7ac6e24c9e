package com.northwind.flagsgateway.api;

import com.northwind.flagsgateway.service.FlagServiceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<FlagServiceException> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    public record ErrorBody(String error, String flag, String detail) {
    }

    @Override
    public Response toResponse(FlagServiceException exception) {
        LOG.log(Level.WARNING, "Feature flag evaluation failed", exception);
        return Response.status(Response.Status.BAD_GATEWAY)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody("flag_evaluation_failed", exception.getFlagKey(), exception.getMessage()))
                .build();
    }
}
