package com.acme.flagledger.web;

import com.acme.flagledger.posthog.FlagSyncException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LogManager.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ProblemDetail handleFlagSync(FlagSyncException ex) {
        log.warn("PostHog flag sync failed, upstream status {}", ex.getStatus());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, ex.getMessage());
        problem.setTitle("PostHog synchronisation failed");
        problem.setProperty("upstreamStatus", ex.getStatus());
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    public ProblemDetail handleRejectedCommand(CommandExecutionException ex) {
        log.info("Ledger rejected command: {}", ex.getMessage());
        return ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, "The rollout request was rejected");
    }
}
