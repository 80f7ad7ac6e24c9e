package com.northwind.flagdesk.web;

import com.northwind.flagdesk.client.FlagSyncException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagSyncException.class)
    public ModelAndView handleFlagSync(FlagSyncException ex) {
        String errorId = UUID.randomUUID().toString();
        log.error("Flag sync failed [{}]: {}", errorId, ex.getMessage());
        ModelAndView mav = new ModelAndView("error/upstream", HttpStatus.BAD_GATEWAY);
        mav.addObject("errorId", errorId);
        mav.addObject("message", "PostHog is not reachable right now. Please try again in a few minutes.");
        return mav;
    }

    @ExceptionHandler(Exception.class)
    public ModelAndView handleUnexpected(Exception ex, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unhandled error [{}] on {} {}", errorId, request.getMethod(), request.getRequestURI(), ex);
        ModelAndView mav = new ModelAndView("error/generic", HttpStatus.INTERNAL_SERVER_ERROR);
        mav.addObject("errorId", errorId);
        return mav;
    }
}
