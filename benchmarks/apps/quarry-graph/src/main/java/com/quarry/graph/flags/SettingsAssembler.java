package com.quarry.graph.flags;

import com.quarry.graph.config.PostHogProperties;
import java.util.LinkedHashMap;
import java.util.Map;

public final class SettingsAssembler {

    private SettingsAssembler() {
    }

    public static Map<String, Object> integrationSettings(PostHogProperties props, String secureKey) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("host", props.host());
        out.put("projectKey", props.apiKey());
        out.put("localEvaluation", props.hasPersonalKey() || secureKey != null);
        out.put("secureKey", secureKey);
        return out;
    }
}
