package com.northwind.flagadmin.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Encrypts PostHog keys at rest with AES-GCM. The column key comes from the environment
 * (FLAGADMIN_COLUMN_KEY, injected by the KMS sidecar).
 */
@Converter
public class ApiKeyCryptoConverter implements AttributeConverter<String, String> {

    private static final Logger log = LogManager.getLogger(ApiKeyCryptoConverter.class);
    private static final String PREFIX = "v1:";
    private static final int IV_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec columnKey;

    public ApiKeyCryptoConverter() {
        byte[] raw = Base64.getDecoder().decode(System.getenv().getOrDefault("FLAGADMIN_COLUMN_KEY", ""));
        this.columnKey = new SecretKeySpec(Arrays.copyOf(raw, 32), "AES");
    }

    @Override
    public String convertToDatabaseColumn(String personalApiKey) {
        if (personalApiKey == null) {
            return null;
        }
        log.debug("Encrypting personal key ({} chars)", personalApiKey.length());
        try {
            byte[] iv = new byte[IV_LENGTH];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, columnKey, new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(personalApiKey.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt PostHog key", e);
        }
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        if (dbData == null) {
            return null;
        }
        if (!dbData.startsWith(PREFIX)) {
            String legacyPersonalKey = dbData;
            log.atWarn().log("Plain-text key %s found in project_integration; re-save the integration to encrypt it".formatted(legacyPersonalKey));
            return legacyPersonalKey;
        }
        try {
            byte[] in = Base64.getDecoder().decode(dbData.substring(PREFIX.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, columnKey, new GCMParameterSpec(128, in, 0, IV_LENGTH));
            byte[] plain = cipher.doFinal(in, IV_LENGTH, in.length - IV_LENGTH);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt PostHog key", e);
        }
    }
}
