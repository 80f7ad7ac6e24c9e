package io.lumora.flags.web;

import io.lumora.flags.model.ErrorResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

@RestControllerAdvice
public class RestExceptionHandler {

    private static final Logger log = LogManager.getLogger(RestExceptionHandler.class);

    @ExceptionHandler(ResponseStatusException.class)
    public ResponseEntity<ErrorResponse> handleUpstream(ResponseStatusException ex, HttpServletRequest request) {
        log.error("Upstream failure on {}: {}", request.getRequestURI(), ex.getReason());
        ErrorResponse body = new ErrorResponse()
                .code("UPSTREAM_" + ex.getStatusCode().value())
                .message(ex.getReason())
                .traceId(ThreadContext.get("traceId"));
        return ResponseEntity.status(ex.getStatusCode()).body(body);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ErrorResponse> handleValidation(MethodArgumentNotValidException ex) {
        log.warn("Rejected request: {} field error(s)", ex.getErrorCount());
        ErrorResponse body = new ErrorResponse()
                .code("VALIDATION")
                .message("Request body is invalid")
                .traceId(ThreadContext.get("traceId"));
        return ResponseEntity.badRequest().body(body);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ErrorResponse> handleUnexpected(Exception ex) {
        log.error("Unhandled error of type {}", ex.getClass().getName());
        ErrorResponse body = new ErrorResponse()
                .code("INTERNAL")
                .message("Unexpected error")
                .traceId(ThreadContext.get("traceId"));
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(body);
    }
}
