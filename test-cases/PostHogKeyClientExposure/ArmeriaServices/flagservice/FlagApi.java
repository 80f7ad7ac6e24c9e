package flagservice;

/** Calls PostHog's API. */
public class FlagApi {
  void check(FlagSettings settings, int status) {
    if (status != 200) {
      throw new FlagApiFailed("PostHog refused key " + settings.personalApiKey());
    }
  }
}
