package com.acme.flagdesk.web.rest.errors;

import com.acme.flagdesk.service.FlagSyncException;
import java.net.URI;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Controller advice to translate the server side exceptions to client-friendly json structures.
 * The error response follows RFC7807 - Problem Details for HTTP APIs.
 */
@RestControllerAdvice
public class ExceptionTranslator extends ResponseEntityExceptionHandler {

    private static final URI DEFAULT_TYPE = URI.create("https://www.jhipster.tech/problem/problem-with-message");

    @ExceptionHandler(FlagSyncException.class)
    public ProblemDetail handleFlagSync(FlagSyncException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
    }

    @ExceptionHandler(NoSuchElementException.class)
    public ProblemDetail handleNotFound(NoSuchElementException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "Entity not found");
        problem.setType(DEFAULT_TYPE);
        problem.setProperty("message", "error.http.404");
        return problem;
    }
}
