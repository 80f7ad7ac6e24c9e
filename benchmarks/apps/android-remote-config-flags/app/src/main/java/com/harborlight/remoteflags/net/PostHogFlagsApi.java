package com.harborlight.remoteflags.net;

import com.google.gson.annotations.SerializedName;

import java.util.List;
import java.util.Map;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Query;

public interface PostHogFlagsApi {

    String AUTHORIZATION = "Authorization";

    @GET("api/feature_flag/local_evaluation/")
    Call<LocalEvaluationResponse> localEvaluation(
            @Query("token") String projectKey,
            @Query("send_cohorts") boolean sendCohorts,
            @Header(AUTHORIZATION) String authorization);

    final class LocalEvaluationResponse {
        @SerializedName("flags")
        public List<Map<String, Object>> flags;

        @SerializedName("group_type_mapping")
        public Map<String, String> groupTypeMapping;

        @SerializedName("cohorts")
        public Map<String, Object> cohorts;
    }
}
