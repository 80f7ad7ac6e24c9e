package app.ingest;

import com.google.gson.annotations.SerializedName;

/** A flags request body as Gson writes it: the key under api_key, set by the one constructor. */
public final class FlagsRequestBody {
  @SerializedName("api_key")
  private final String apiKey;

  @SerializedName("distinct_id")
  private final String distinctId;

  public FlagsRequestBody(String apiKey, String distinctId) {
    this.apiKey = apiKey;
    this.distinctId = distinctId;
  }
}
