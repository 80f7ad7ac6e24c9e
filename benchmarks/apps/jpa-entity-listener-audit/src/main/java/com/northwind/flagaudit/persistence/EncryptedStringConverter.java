package com.northwind.flagaudit.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private static final Logger log = LoggerFactory.getLogger(EncryptedStringConverter.class);

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_LENGTH = 12;
    private static final int TAG_LENGTH_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec dataKey;

    public EncryptedStringConverter() {
        String encodedKey = System.getenv("TENANT_CREDENTIAL_DEK");
        if (encodedKey == null || encodedKey.isBlank()) {
            throw new IllegalStateException("TENANT_CREDENTIAL_DEK is not set");
        }
        this.dataKey = new SecretKeySpec(Base64.getDecoder().decode(encodedKey), "AES");
    }

    @Override
    public String convertToDatabaseColumn(String plainSecret) {
        if (plainSecret == null) {
            return null;
        }
        log.trace("Encrypting credential attribute ({} chars)", plainSecret.length());
        try {
            byte[] iv = new byte[IV_LENGTH];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, dataKey, new GCMParameterSpec(TAG_LENGTH_BITS, iv));
            byte[] sealed = cipher.doFinal(plainSecret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[IV_LENGTH + sealed.length];
            System.arraycopy(iv, 0, stored, 0, IV_LENGTH);
            System.arraycopy(sealed, 0, stored, IV_LENGTH, sealed.length);
            return Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt credential attribute", e);
        }
    }

    @Override
    public String convertToEntityAttribute(String dbData) {
        if (dbData == null) {
            return null;
        }
        try {
            byte[] stored = Base64.getDecoder().decode(dbData);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, dataKey, new GCMParameterSpec(TAG_LENGTH_BITS, stored, 0, IV_LENGTH));
            byte[] opened = cipher.doFinal(stored, IV_LENGTH, stored.length - IV_LENGTH);
            String plainSecret = new String(opened, StandardCharsets.UTF_8);
            log.debug("Decrypted credential attribute: {}", plainSecret);
            return plainSecret;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not decrypt credential attribute", e);
        }
    }
}
