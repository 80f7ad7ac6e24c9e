package com.fernhill.auditportal.audit;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.springframework.boot.actuate.audit.AuditEvent;
import org.springframework.boot.actuate.audit.listener.AuditApplicationEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
public class AuditEventListener {

    private static final Logger log = LogManager.getLogger(AuditEventListener.class);

    private final AuditEntryMapper mapper;

    public AuditEventListener(AuditEntryMapper mapper) {
        this.mapper = mapper;
    }

    @EventListener
    public void onAuditEvent(AuditApplicationEvent event) {
        AuditEvent auditEvent = event.getAuditEvent();
        if ("AUTHENTICATION_FAILURE".equals(auditEvent.getType())) {
            AuditEntryMapper.LoginAuditEntry entry = mapper.toEntry(auditEvent);
            log.warn("Authentication failure: {}", entry);
        } else {
            log.info("Audit event {} for {}", auditEvent.getType(), auditEvent.getPrincipal());
        }
    }
}
