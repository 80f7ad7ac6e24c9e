package com.northwind.flagdesk.accounts;

import com.northwind.flagdesk.audit.AuditTrail;
import com.northwind.flagdesk.posthog.KeyMasks;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class ServiceAccountService {

    private static final Logger log = LoggerFactory.getLogger(ServiceAccountService.class);

    public enum TokenKind { CI_PIPELINE, SLACK_BOT, BREAK_GLASS }

    private final ServiceAccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final SecureRandom random = new SecureRandom();

    public ServiceAccountService(ServiceAccountRepository repository,
                                 PasswordEncoder passwordEncoder,
                                 AuditTrail auditTrail) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
    }

    @Transactional
    public String rotate(String accountName, TokenKind token) {
        ServiceAccount account = repository.findByName(accountName)
                .orElseThrow(() -> new NoSuchElementException("No service account " + accountName));
        log.info("Rotating {} token for {}", token, accountName);
        log.debug("Service account before rotation: {}", account);

        String fresh = "fdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
        repository.updateToken(account.id(), fresh);
        log.info("Rotated {}; new token fingerprint {}", accountName, KeyMasks.fingerprintHash(fresh));
        return fresh;
    }

    @Transactional
    public void resetOwnerPassword(String username, String requestedBy) {
        String temporaryPassword = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(12));
        repository.updateOwnerPassword(username, passwordEncoder.encode(temporaryPassword));
        auditTrail.passwordReset(requestedBy, username, temporaryPassword);
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }
}
