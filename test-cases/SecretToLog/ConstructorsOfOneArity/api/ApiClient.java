package api;

/** Builds the failure with its settings, which its constructor keeps out of every field. */
public class ApiClient {
  private final ClientSettings settings = new ClientSettings();

  String call(String body, int status) {
    if (status != 200) {
      throw new ApiFailure(settings, "HTTP " + status, body);
    }
    return body;
  }
}
