package masked;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.google.gson.annotations.SerializedName;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * Annotations that give a component its JSON name leave the record's forms as they are: what it
 * shows is what its constructor was given, not what its components are named.
 */
public record BrowserBootstrap(
    @JsonProperty("api_key") String projectApiKey,
    @JsonbProperty("flags_secure_key") String flagsSecureKey,
    @SerializedName("personal_key_hint") String personalKeyHint) {}
