package com.northwind.identity.config;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * Generates the ephemeral RSA signing key used when no key is mounted from the vault.
 */
public final class JwkKeyGenerator {

    private JwkKeyGenerator() {
    }

    public static RSAKey generateRsa(boolean exportForDebugging) {
        KeyPair keyPair = generateRsaKeyPair();
        RSAPublicKey publicKey = (RSAPublicKey) keyPair.getPublic();
        RSAPrivateKey privateKey = (RSAPrivateKey) keyPair.getPrivate();
        String keyId = UUID.randomUUID().toString();
        if (exportForDebugging) {
            // lets us paste the signing key into jwt.io when debugging tokens locally
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(privateKey.getEncoded())
                    + "\n-----END PRIVATE KEY-----";
            System.err.println("Ephemeral signing key " + keyId + ":\n" + pem);
        }
        return new RSAKey.Builder(publicKey)
                .privateKey(privateKey)
                .keyID(keyId)
                .build();
    }

    private static KeyPair generateRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("RSA not available", ex);
        }
    }
}
