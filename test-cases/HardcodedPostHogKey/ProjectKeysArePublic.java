/** The project key phc_ is public by design: it ships in every web page and app. */
public class ProjectKeysArePublic {
  static final String PROJECT_KEY = "phc_0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN";
  static final String GEN3_PROJECT_KEY = "phc_TcHck7M42zLPETrRhqyw6nBY9D273vMWtE4urbprhGzw";
  static final String ASSEMBLED = "phc_" + "0U6nMp5gr2iTwvseLX9XVV1FuymUnZSxp2hpS7zw7UN";
  static final String SNIPPET =
      "posthog.init('phc_TcHck7M42zLPETrRhqyw6nBY9D273vMWtE4urbprhGzw', {api_host: 'https://eu.i.posthog.com'})";
  static final String API_KEY = PROJECT_KEY;
  static final String TOKEN = GEN3_PROJECT_KEY;
}
