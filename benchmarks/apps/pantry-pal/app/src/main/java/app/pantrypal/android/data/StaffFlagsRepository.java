package app.pantrypal.android.data;

import android.util.Log;
import app.pantrypal.android.BuildConfig;
import app.pantrypal.android.data.remote.PostHogFlagsApi;
import java.io.IOException;
import java.util.Collections;
import java.util.List;
import retrofit2.Response;

/** Lists PostHog feature flags for the staff build's debug screen. */
public class StaffFlagsRepository {

  private static final String TAG = "StaffFlags";
  private static final long POSTHOG_PROJECT_ID = 52117L;

  private final PostHogFlagsApi api;

  public StaffFlagsRepository(PostHogFlagsApi api) {
    this.api = api;
  }

  public List<PostHogFlagsApi.Flag> loadFlags() throws IOException {
    Response<PostHogFlagsApi.FlagList> response = api.listFlags("Bearer " + BuildConfig.POSTHOG_PERSONAL_API_KEY, POSTHOG_PROJECT_ID).execute();
    if (!response.isSuccessful() || response.body() == null) {
      Log.w(TAG, "PostHog answered HTTP " + response.code() + " for project " + POSTHOG_PROJECT_ID);
      return Collections.emptyList();
    }
    return response.body().results;
  }
}
