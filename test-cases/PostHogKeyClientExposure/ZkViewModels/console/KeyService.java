package console;

/** A service no page binds: its getters stay on the server. */
public class KeyService {
  private final ConsoleSettings settings = new ConsoleSettings();

  public String getPersonalApiKey() {
    return settings.getPersonalApiKey();
  }
}
