package com.northwind.shiftboard.data.remote;

import com.google.gson.JsonObject;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

public interface FlagsApi {

    /** Flag evaluation on the ingestion host (absolute URL overrides the Retrofit base URL). */
    @POST("https://us.i.posthog.com/flags/?v=2")
    Call<JsonObject> evaluateFlags(@Body FlagsRequest request);

    /** Flag definitions from the PostHog private API. */
    @GET("api/projects/{projectId}/feature_flags/")
    Call<JsonObject> listFeatureFlags(@Path("projectId") String projectId, @Query("limit") int limit);

    /** Per-site overrides maintained by operations in the ShiftBoard backend. */
    @GET("https://api.shiftboard.northwind.example/v1/flag-overrides")
    Call<JsonObject> getOverrides(@Query("site") String siteId);
}
