package flags;

/** The one implementation: the key it evaluates flags with is the personal API key. */
public class FlagServiceImpl implements FlagService {
  private final String evaluationKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String apiHost = System.getenv("POSTHOG_HOST");

  @Override
  public String localEvaluationKey() {
    return evaluationKey;
  }

  @Override
  public String host() {
    return apiHost;
  }
}
