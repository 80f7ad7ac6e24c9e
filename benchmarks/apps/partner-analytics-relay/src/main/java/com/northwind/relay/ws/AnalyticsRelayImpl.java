package com.northwind.relay.ws;

import com.northwind.relay.posthog.FlagEvaluator;
import com.posthog.server.PostHogInterface;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Relays partner events to PostHog and answers flag checks, one HTTP session per partner login. */
@WebService(serviceName = "AnalyticsRelayService", portName = "AnalyticsRelayPort",
        endpointInterface = "com.northwind.relay.ws.AnalyticsRelay",
        targetNamespace = "http://relay.northwind.com/analytics/v2")
public class AnalyticsRelayImpl implements AnalyticsRelay {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsRelayImpl.class);
    private static final String PARTNER_ATTRIBUTE = "relay.partner";

    @Resource
    private WebServiceContext wsContext;

    private final PostHogInterface posthog;
    private final FlagEvaluator flags;

    public AnalyticsRelayImpl(PostHogInterface posthog, FlagEvaluator flags) {
        this.posthog = posthog;
        this.flags = flags;
    }

    @Override
    public String openSession(String partnerId) throws RelayFault {
        String username = wsContext.getUserPrincipal().getName();
        HttpSession session = servletRequest().getSession(true);
        PartnerContext partner = PartnerContext.issue(partnerId, username);
        session.setAttribute(PARTNER_ATTRIBUTE, partner);
        log.info("Opened relay session {} for partner {}", session.getId(), partnerId);
        log.debug("Partner context: {}", partner);
        int timeoutMinutes = session.getMaxInactiveInterval() / 60;
        log.info("Session for {} expires after {} min idle, token issued: {}", partnerId, timeoutMinutes,
                partner.hasSessionToken());
        return partner.getSessionToken();
    }

    @Override
    public int trackEvents(List<TrackedEvent> events) throws RelayFault {
        PartnerContext partner = currentPartner();
        int accepted = 0;
        for (TrackedEvent event : events) {
            if (event.getDistinctId() == null || event.getEvent() == null) {
                continue;
            }
            Map<String, Object> properties = event.propertiesAsMap();
            properties.put("relay_partner", partner.getPartnerId());
            properties.put("relay_user", partner.getUsername());
            posthog.capture(event.getDistinctId(), event.getEvent(), properties);
            accepted++;
        }
        log.info("Partner {} relayed {}/{} events (requested session present: {})", partner.getPartnerId(),
                accepted, events.size(), servletRequest().getRequestedSessionId() != null);
        return accepted;
    }

    @Override
    public boolean isFeatureEnabled(String distinctId, String flagKey) throws RelayFault {
        PartnerContext partner = currentPartner();
        return flags.isEnabled(distinctId, flagKey, partner.getPartnerId());
    }

    private PartnerContext currentPartner() throws RelayFault {
        HttpSession session = servletRequest().getSession(false);
        PartnerContext partner = session == null ? null : (PartnerContext) session.getAttribute(PARTNER_ATTRIBUTE);
        if (partner == null) {
            throw new RelayFault("No relay session, call openSession first", RelayFaultInfo.of("NO_SESSION", true));
        }
        return partner;
    }

    private HttpServletRequest servletRequest() {
        return (HttpServletRequest) wsContext.getMessageContext().get(MessageContext.SERVLET_REQUEST);
    }
}
