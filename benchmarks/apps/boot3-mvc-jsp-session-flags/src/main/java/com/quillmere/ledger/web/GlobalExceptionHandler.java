package com.quillmere.ledger.web;

import com.quillmere.ledger.service.FlagSyncException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    public String flagSyncFailed(FlagSyncException ex, HttpServletRequest request, Model model) {
        log.error("Feature flag sync failed on {}", request.getRequestURI(), ex);
        model.addAttribute("message", "Feature flags are temporarily unavailable. Please retry in a minute.");
        return "error";
    }

    @ExceptionHandler(DataAccessException.class)
    @ResponseStatus(HttpStatus.INTERNAL_SERVER_ERROR)
    public String databaseError(DataAccessException ex, HttpServletRequest request, Model model) {
        log.error("Database error on {} for user {}", request.getRequestURI(), request.getRemoteUser(), ex);
        model.addAttribute("message", "The ledger database is not reachable right now.");
        return "error";
    }
}
