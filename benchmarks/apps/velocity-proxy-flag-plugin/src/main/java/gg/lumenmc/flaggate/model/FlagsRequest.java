package gg.lumenmc.flaggate.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Body of a POST to PostHog's /flags endpoint, used when local evaluation is unavailable.
 */
public record FlagsRequest(String token, String distinctId, Map<String, Object> personProperties) {

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("api_key", token);
        json.put("distinct_id", distinctId);
        json.put("person_properties", personProperties);
        return json;
    }

    @Override
    public String toString() {
        return "FlagsRequest[token=" + token + ", distinctId=" + distinctId + ", personProperties=" + personProperties + "]";
    }
}
