package akkaroutes;

/** Pulls the cohorts of the flags from PostHog. */
public class CohortSync {
  void sync(CohortSettings settings, int status) {
    if (status != 200) {
      throw new CohortSyncFailed("sync refused for key " + settings.personalApiKey());
    }
  }
}
