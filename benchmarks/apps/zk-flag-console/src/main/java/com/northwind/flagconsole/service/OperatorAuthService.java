package com.northwind.flagconsole.service;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Very small operator directory: console operators are provisioned through
 * the OPERATORS env var as "name:sha256hex,name2:sha256hex".
 */
@Service
public class OperatorAuthService {

    private final Map<String, String> passwordHashes = new ConcurrentHashMap<>();

    public OperatorAuthService(@Value("${console.operators:}") String operators) {
        for (String entry : operators.split(",")) {
            String[] parts = entry.trim().split(":", 2);
            if (parts.length == 2) {
                passwordHashes.put(parts[0], parts[1]);
            }
        }
    }

    public boolean authenticate(String username, String password) {
        String expected = passwordHashes.get(username);
        if (expected == null || password == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sha256Hex(password).getBytes(StandardCharsets.US_ASCII));
    }

    private static String sha256Hex(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (byte b : digest) {
                sb.append(String.format("%02x", b));
            }
            return sb.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
