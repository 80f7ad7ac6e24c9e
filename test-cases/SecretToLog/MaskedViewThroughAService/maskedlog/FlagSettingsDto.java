package maskedlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** What the settings tab shows: its component is named for the key, whatever it holds. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"host", "personalApiKey"})
public record FlagSettingsDto(String host, String personalApiKey) {}
