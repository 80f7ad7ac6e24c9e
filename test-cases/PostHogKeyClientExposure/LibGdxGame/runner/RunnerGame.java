package runner;

import com.badlogic.gdx.ApplicationAdapter;

/**
 * A libGDX game's code ships to every player: a personal key its build puts in it is given away
 * wherever it is used; a key the player runs it with (the environment) stays theirs.
 */
public class RunnerGame extends ApplicationAdapter {
  private static final String FLAGS_KEY = "phx_" + "Vb7Qw2Lk9Zp4Xr1Tn6Hs3Jd8Fg5Mc0Ya2Ue7Io4Wq9"; // Noncompliant
  private final String playerKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  @Override
  public void create() {
    String title = FLAGS_KEY.isEmpty() ? "offline" : "online";
    fetchFlags(playerKey);
    setTitle(title);
  }

  private void fetchFlags(String key) {}

  private void setTitle(String title) {}
}
