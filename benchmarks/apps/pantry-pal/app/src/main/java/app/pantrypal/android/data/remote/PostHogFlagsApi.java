package app.pantrypal.android.data.remote;

import java.util.List;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;

/** PostHog's private API, used by the staff build's flag screen. */
public interface PostHogFlagsApi {

  final class Flag {
    public long id;
    public String key;
    public String name;
    public boolean active;
  }

  final class FlagList {
    public int count;
    public List<Flag> results;
  }

  @GET("api/projects/{projectId}/feature_flags/")
  Call<FlagList> listFlags(@Header("Authorization") String authorization, @Path("projectId") long projectId);
}
