package io.northwind.flags.api;

import io.northwind.flags.api.dto.FlagDefinition.LocalEvaluationResponse;
import io.northwind.flags.api.dto.PostHogOAuthTokens;

import java.util.Map;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;

/** The PostHog endpoints the client talks to. Authentication is added by interceptors. */
public interface PostHogFlagsApi {

    @GET("api/feature_flag/local_evaluation/")
    Call<LocalEvaluationResponse> localEvaluation(@Query("token") String projectApiKey,
                                                  @Query("send_cohorts") boolean sendCohorts);

    @POST("flags/?v=2")
    Call<Map<String, Object>> flags(@Body Map<String, Object> body);

    @FormUrlEncoded
    @POST("oauth/token/")
    Call<PostHogOAuthTokens> refresh(@Field("grant_type") String grantType,
                                     @Field("refresh_token") String refreshToken,
                                     @Field("client_id") String clientId);
}
