package com.acme.admin.security;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

@Slf4j
@Service
public class AdminLoginService {

    private final Map<String, AdminAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, AdminApiToken> tokens = new ConcurrentHashMap<>();
    private final PasswordEncoder encoder;

    public AdminLoginService(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    public void register(AdminAccount account) {
        accounts.put(account.getUsername(), account);
    }

    public boolean login(String username, String password) {
        AdminAccount account = accounts.get(username);
        if (account == null) {
            log.warn("Login attempt for unknown admin {}", username);
            return false;
        }
        log.debug("Checking credentials against {}", account);
        boolean ok = encoder.matches(password, account.getPassword());
        if (!ok) {
            log.warn("Wrong password for {} ({} chars submitted)", username, password.length());
        }
        return ok;
    }

    public boolean authenticateToken(String presented) {
        AdminApiToken match = tokens.get(presented);
        if (match == null) {
            return false;
        }
        match.setLastUsedAt(Instant.now());
        log.info("API token used: {}", match);
        return true;
    }
}
