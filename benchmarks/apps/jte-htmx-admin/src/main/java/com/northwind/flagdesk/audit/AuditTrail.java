package com.northwind.flagdesk.audit;

import java.text.MessageFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes who-did-what rows and mirrors them to the "audit" logger (shipped to Loki). */
@Component
public class AuditTrail {

    private static final Logger audit = LoggerFactory.getLogger("audit");

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void flagToggled(String actor, String flagKey, boolean active) {
        insert(actor, "flag.toggle", flagKey + "=" + active);
        audit.info("{} set flag {} active={}", actor, flagKey, active);
    }

    public void passwordReset(String actor, String username, String temporaryPassword) {
        insert(actor, "user.password_reset", username);
        audit.info(MessageFormat.format("{0} reset the password of {1}; temporary password is {2}",
                actor, username, temporaryPassword));
    }

    private void insert(String actor, String action, String detail) {
        jdbc.sql("insert into audit_log (actor, action, detail, at) values (:actor, :action, :detail, now())")
                .param("actor", actor)
                .param("action", action)
                .param("detail", detail)
                .update();
    }
}
