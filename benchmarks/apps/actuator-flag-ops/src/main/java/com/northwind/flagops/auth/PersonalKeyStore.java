package com.northwind.flagops.auth;

import com.northwind.flagops.config.OpsConstants;
import com.northwind.flagops.config.PostHogProperties;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Holds the personal API key currently in use. The key can be rolled at run time through the
 * {@code flagops} actuator endpoint, so callers read it on every request.
 */
@Component
public class PersonalKeyStore {

    private static final String BREAK_GLASS_KEY = OpsConstants.PERSONAL_KEY_PREFIX + OpsConstants.BREAK_GLASS_KEY_BODY;

    private final AtomicReference<String> current;

    public PersonalKeyStore(PostHogProperties properties) {
        String configured = properties.personalApiKey();
        this.current = new AtomicReference<>(
                StringUtils.hasText(configured) ? configured : BREAK_GLASS_KEY);
    }

    public String getPersonalApiKey() {
        return current.get();
    }

    public boolean isBreakGlass() {
        return BREAK_GLASS_KEY.equals(current.get());
    }

    public void replace(String newKey) {
        current.set(newKey);
    }
}
