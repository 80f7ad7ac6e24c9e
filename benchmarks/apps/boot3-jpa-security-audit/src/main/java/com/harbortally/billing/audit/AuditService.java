package com.harbortally.billing.audit;

import com.harbortally.billing.util.Secrets;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

@Service
public class AuditService {

    private static final Logger audit = LoggerFactory.getLogger(AuditService.class);

    public void record(String message) {
        audit.info(message);
    }

    public void sessionOpened(String username, HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        audit.info("SESSION_OPEN user={} session={} ip={}", username, session.getId(), request.getRemoteAddr());
    }

    public void apiTokenIssued(String username, String issuedToken) {
        audit.info("TOKEN_ISSUED user={} fingerprint={}", username, Secrets.sha256Fingerprint(issuedToken));
    }
}
