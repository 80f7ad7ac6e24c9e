package com.fieldkit.android.analytics;

import com.google.gson.JsonObject;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Query;

public interface PostHogFlagsApi {

    @GET("api/feature_flag/local_evaluation/")
    Call<JsonObject> localEvaluation(@Header("Authorization") String authorization,
                                     @Query("token") String projectKey,
                                     @Query("send_cohorts") boolean sendCohorts);
}
