package flagclients;

import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** The same endpoint through Retrofit. */
public interface RetrofitFlagsApi {
  @GET("api/feature_flag/local_evaluation/")
  Call<String> localEvaluation(@Query("token") String projectKey);

  @GET("api/feature_flag/local_evaluation/")
  Call<String> definitions(@retrofit2.http.Header("Authorization") String bearer);
}
