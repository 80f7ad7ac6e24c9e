package com.fernhill.auditportal.audit;

import java.time.Instant;

import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

@Component
public class AuditEntryMapper {

    public record LoginAuditEntry(String principal, String type, String remoteAddress, String sessionId, Instant at) {
    }

    public LoginAuditEntry toEntry(AuditEvent event) {
        String remoteAddress = null;
        String sessionId = null;
        if (event.getData().get("details") instanceof WebAuthenticationDetails web) {
            remoteAddress = web.getRemoteAddress();
            sessionId = web.getSessionId();
        }
        return new LoginAuditEntry(event.getPrincipal(), event.getType(), remoteAddress, sessionId, event.getTimestamp());
    }
}
