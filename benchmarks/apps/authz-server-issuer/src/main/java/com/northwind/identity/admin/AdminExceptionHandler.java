package com.northwind.identity.admin;

import com.northwind.identity.client.ClientProvisioningException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice(basePackageClasses = AdminExceptionHandler.class)
public class AdminExceptionHandler {

    private static final Logger log = LogManager.getLogger(AdminExceptionHandler.class);

    @ExceptionHandler(ClientProvisioningException.class)
    public ResponseEntity<ProblemDetail> handleProvisioning(ClientProvisioningException ex) {
        log.error("Client provisioning failed: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.getStatus(), "Client provisioning failed");
        problem.setTitle(ex.getStatus().getReasonPhrase());
        return ResponseEntity.status(ex.getStatus()).body(problem);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ResponseEntity<ProblemDetail> handleValidation(MethodArgumentNotValidException ex) {
        log.warn("Rejected admin request: {} field error(s)", ex.getErrorCount());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request body");
        return ResponseEntity.badRequest().body(problem);
    }
}
