package com.northwind.shiftboard.data.remote;

import com.google.gson.annotations.SerializedName;

import java.util.Collections;
import java.util.Map;

/** Body of {@code POST /flags}. */
public final class FlagsRequest {

    @SerializedName("api_key")
    private final String apiKey;

    @SerializedName("distinct_id")
    private final String distinctId;

    @SerializedName("person_properties")
    private final Map<String, Object> personProperties;

    public FlagsRequest(String apiKey, String distinctId, Map<String, Object> personProperties) {
        this.apiKey = apiKey;
        this.distinctId = distinctId;
        this.personProperties = personProperties == null
                ? Collections.emptyMap()
                : Collections.unmodifiableMap(personProperties);
    }

    public String getApiKey() {
        return apiKey;
    }

    public String getDistinctId() {
        return distinctId;
    }

    public Map<String, Object> getPersonProperties() {
        return personProperties;
    }

    @Override
    public String toString() {
        return "FlagsRequest{apiKey=" + apiKey
                + ", distinctId=" + distinctId
                + ", personProperties=" + personProperties + '}';
    }
}
