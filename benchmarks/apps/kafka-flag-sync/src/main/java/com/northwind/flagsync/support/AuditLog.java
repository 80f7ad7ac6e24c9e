package com.northwind.flagsync.support;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes to the dedicated "audit" logger, which ops ships to the compliance index. */
@Component
public class AuditLog {

    private static final Logger AUDIT = LoggerFactory.getLogger("audit");

    public void record(String action, String detail) {
        AUDIT.info("action={} detail={}", action, detail);
    }

    public void record(String action) {
        AUDIT.info("action={}", action);
    }
}
