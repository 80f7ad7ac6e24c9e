package api;

/** Builds the failure with an answer that holds the session token. */
public class TokenClient {
  private final ClientSettings settings = new ClientSettings();
  private final String sessionToken = System.getenv("API_SESSION_TOKEN");

  String call(String body, int status) {
    if (status == 401) {
      throw new ApiFailure(settings, "HTTP 401 for " + sessionToken, body);
    }
    return body;
  }
}
