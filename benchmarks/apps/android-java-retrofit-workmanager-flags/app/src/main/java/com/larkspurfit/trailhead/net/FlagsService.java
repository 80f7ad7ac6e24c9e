package com.larkspurfit.trailhead.net;

import java.util.List;
import java.util.Map;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Query;

/**
 * PostHog endpoints used directly by the app (flag definitions and the batch fallback).
 */
public interface FlagsService {

    @GET("api/feature_flag/local_evaluation/")
    Call<LocalEvaluationResponse> localEvaluation(
            @Header("Authorization") String authorization,
            @Query("token") String projectToken,
            @Query("send_cohorts") boolean sendCohorts);

    @POST("batch/")
    Call<Void> batch(@Body Map<String, Object> body);

    final class LocalEvaluationResponse {
        public List<Map<String, Object>> flags;
        public Map<String, String> group_type_mapping;
        public Map<String, Object> cohorts;
    }
}
