package com.larkspur.ledger.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-memory balances; entries are HMAC-signed so the reconciliation job can verify them.
 */
public class EntryStore {

    private static final Logger log = LoggerFactory.getLogger(EntryStore.class);

    private final Map<String, Long> balances = new ConcurrentHashMap<>();
    private final String signingSecret;

    public EntryStore(String signingSecret) {
        this.signingSecret = signingSecret;
    }

    public record Entry(String id, long balance, String signature) {
    }

    public Entry append(String accountId, long amountMinor, String currency) {
        String id = UUID.randomUUID().toString();
        long balance = balances.merge(accountId, amountMinor, Long::sum);
        String signature = sign(id + "|" + accountId + "|" + amountMinor + "|" + currency);
        return new Entry(id, balance, signature);
    }

    private String sign(String payload) {
        log.atDebug().addKeyValue("payload", payload).addKeyValue("hmacSecret", signingSecret).log("signing ledger entry");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC unavailable", e);
        }
    }
}
