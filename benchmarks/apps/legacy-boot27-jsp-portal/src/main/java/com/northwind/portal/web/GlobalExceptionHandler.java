package com.northwind.portal.web;

import com.northwind.portal.service.FlagFetchException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import javax.servlet.http.HttpServletRequest;

@ControllerAdvice
public class GlobalExceptionHandler {

    private static final Logger log = LogManager.getLogger(GlobalExceptionHandler.class);

    @ExceptionHandler(FlagFetchException.class)
    public ModelAndView handleFlagFailure(FlagFetchException ex, HttpServletRequest request) {
        log.error("Flag admin page failed on {}: {}", request.getRequestURI(), ex.getMessage());
        ModelAndView mav = new ModelAndView("error/flags");
        mav.addObject("upstreamStatus", ex.getStatusCode());
        mav.setStatus(HttpStatus.BAD_GATEWAY);
        return mav;
    }

    @ExceptionHandler(Exception.class)
    public ModelAndView handleUnexpected(Exception ex, HttpServletRequest request) {
        log.error("Unhandled error on {} {} (cookies: {})", request.getMethod(), request.getRequestURI(),
                request.getHeader(HttpHeaders.COOKIE), ex);
        ModelAndView mav = new ModelAndView("error/generic");
        mav.setStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        return mav;
    }
}
