package com.copperfox.admin.views;

import com.copperfox.admin.service.OAuthSession;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@PageTitle("Sessions")
@Route(value = "sessions", layout = MainLayout.class)
public class SessionsView extends VerticalLayout {

  private static final Logger LOG = LoggerFactory.getLogger(SessionsView.class);

  public SessionsView() {
    VaadinSession vaadinSession = VaadinSession.getCurrent();
    String sessionId = vaadinSession.getSession().getId();
    LOG.info("sessions view opened, http session {}", sessionId);

    Cookie[] cookies = Optional.ofNullable(VaadinServletRequest.getCurrent())
        .map(r -> r.getCookies())
        .orElse(new Cookie[0]);
    Arrays.stream(cookies)
        .filter(c -> "JSESSIONID".equals(c.getName()))
        .findFirst()
        .map(Cookie::getValue)
        .ifPresent(value -> LOG.debug("JSESSIONID cookie={}", value));
    LOG.debug("request carried {} cookies", cookies.length);

    OAuthSession grant = (OAuthSession) vaadinSession.getAttribute("posthog.oauth");
    if (grant != null) {
      LOG.info("PostHog OAuth grant for {}: {}", grant.getUserEmail(), grant);
      LOG.info("grant expired={} expiresAt={}", grant.expired(), grant.getExpiresAt());
    }

    add(new H2("Your session"));
    add(new Paragraph("Session id: " + sessionId));
    add(new Span("Signed in with PostHog: " + (grant != null)));
  }
}
