package com.brightkettle.pantry.network;

import com.google.gson.JsonObject;
import com.google.gson.annotations.SerializedName;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** Direct calls to PostHog's flag endpoints (the SDK does not expose definitions on Android). */
public interface PostHogFlagsApi {

    @GET("api/feature_flag/local_evaluation/")
    Call<JsonObject> localEvaluation(@Query("token") String projectToken,
                                     @Header("Authorization") String authorization);

    @POST("flags/?v=2")
    Call<JsonObject> evaluate(@Body FlagsRequest request);

    final class FlagsRequest {
        @SerializedName("api_key")
        final String apiKey;

        @SerializedName("distinct_id")
        final String distinctId;

        public FlagsRequest(String apiKey, String distinctId) {
            this.apiKey = apiKey;
            this.distinctId = distinctId;
        }
    }
}
