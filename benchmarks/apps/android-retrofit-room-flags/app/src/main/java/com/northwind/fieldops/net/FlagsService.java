package com.northwind.fieldops.net;

import com.google.gson.JsonObject;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * PostHog flag evaluation endpoint.
 */
public interface FlagsService {

    @POST("flags/")
    Call<JsonObject> evaluate(@Query("v") int version, @Body JsonObject body);

    /** PostHog private API, used by the diagnostics screen. */
    interface Admin {

        @GET("api/projects/{projectId}/experiments/")
        Call<JsonObject> experiments(@Path("projectId") long projectId);
    }
}
