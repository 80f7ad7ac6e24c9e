package com.northwindlabs.secretflags.admin;

import com.northwindlabs.secretflags.config.PostHogProperties;
import com.northwindlabs.secretflags.config.SecretManagerKeyStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@Component
public class FlagStatusAssembler {

    private final SecretManagerKeyStore keyStore;
    private final PostHogProperties properties;

    public FlagStatusAssembler(SecretManagerKeyStore keyStore, PostHogProperties properties) {
        this.keyStore = keyStore;
        this.properties = properties;
    }

    public FlagAdminStatus assemble(List<Map<String, Object>> flags) {
        int active = (int) flags.stream().filter(f -> Boolean.TRUE.equals(f.get("active"))).count();
        String secureKey = keyStore.secureApiKey();
        return new FlagAdminStatus(
                keyStore.projectApiKey(),
                properties.getHost(),
                secureKey,
                secureKey != null,
                flags.size(),
                active,
                Instant.now());
    }

    public static String mask(String key) {
        if (key == null) {
            return null;
        }
        if (key.length() < 16) {
            return "********";
        }
        return key.substring(0, 4) + "..." + key.substring(key.length() - 4);
    }
}
