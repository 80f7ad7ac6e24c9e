package com.brightloop.flagservice.web;

import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@WebListener
public class SessionAuditListener implements HttpSessionListener {

  private static final Logger log = LoggerFactory.getLogger(SessionAuditListener.class);

  @Override
  public void sessionCreated(HttpSessionEvent se) {
    int ttl = se.getSession().getMaxInactiveInterval();
    log.info(String.format("HTTP session created id=%s ttl=%ds", se.getSession().getId(), ttl));
  }

  @Override
  public void sessionDestroyed(HttpSessionEvent se) {
    log.info("HTTP session destroyed");
  }
}
