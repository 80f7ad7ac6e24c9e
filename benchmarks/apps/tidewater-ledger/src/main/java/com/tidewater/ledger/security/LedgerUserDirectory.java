package com.tidewater.ledger.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Minimal user store backed by salted hashes loaded at start-up. */
public class LedgerUserDirectory {

    private static final LedgerUserDirectory INSTANCE = new LedgerUserDirectory();

    private final Map<String, byte[]> hashes = new ConcurrentHashMap<>();

    public static LedgerUserDirectory get() {
        return INSTANCE;
    }

    public void register(String user, byte[] passwordHash) {
        hashes.put(user, passwordHash);
    }

    public boolean verify(String user, String password) {
        byte[] expected = hashes.get(user);
        if (expected == null || password == null) {
            return false;
        }
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(user.getBytes(StandardCharsets.UTF_8));
            byte[] actual = md.digest(password.getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, actual);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
