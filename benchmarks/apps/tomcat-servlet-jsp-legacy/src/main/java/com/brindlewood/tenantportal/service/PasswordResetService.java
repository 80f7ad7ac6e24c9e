package com.brindlewood.tenantportal.service;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

import com.brindlewood.tenantportal.dao.TenantDao;
import com.brindlewood.tenantportal.util.Secrets;

/** Issues single-use password reset links. Only the SHA-256 of the token is stored. */
public class PasswordResetService {

    private static final Logger LOG = LogManager.getLogger(PasswordResetService.class);
    private static final Duration TOKEN_TTL = Duration.ofMinutes(30);

    private final TenantDao dao;
    private final String baseUrl;

    public PasswordResetService(TenantDao dao, String baseUrl) {
        this.dao = dao;
        this.baseUrl = baseUrl;
    }

    /** @return the link to put in the e-mail */
    public String issueReset(String username, String email) throws SQLException {
        String resetToken = Secrets.randomToken(32);
        Instant expiresAt = Instant.now().plus(TOKEN_TTL);
        dao.storeResetToken(username, Secrets.sha256Hex(resetToken), expiresAt);
        LOG.info(AuditMessages.resetIssued(username, resetToken, expiresAt));
        LOG.info(AuditMessages.resetMailQueued(username, maskEmail(email)));
        return baseUrl + "/reset?token=" + resetToken;
    }

    private static String maskEmail(String email) {
        int at = email == null ? -1 : email.indexOf('@');
        return at <= 1 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }
}
