package app;

import com.badlogic.gdx.Gdx;
import com.badlogic.gdx.utils.Json;

/** A libGDX game's log: the console of a desktop game, an Android game's logcat. */
public class GameTelemetryLogs {
  private final String sessionToken = System.getenv("LEADERBOARD_SESSION_TOKEN");
  private final Json json = new Json();

  record LoginRequest(String username, String password, String platform) {}

  record ScoreSubmission(String player, int score) {}

  void report(String personalApiKey, Exception failure) {
    Gdx.app.log("Telemetry", "using key " + personalApiKey); // Noncompliant
    Gdx.app.error("Leaderboard", "rejected " + sessionToken, failure); // Noncompliant
    Gdx.app.debug("Leaderboard", "token " + sessionToken); // Noncompliant
    Gdx.app.log("Telemetry", "key configured: " + (personalApiKey != null));
  }

  void login(String username, String password) {
    String body = json.toJson(new LoginRequest(username, password, "desktop"));
    Gdx.app.debug("Account", "POST /login " + body); // Noncompliant
    Gdx.app.debug("Account", "POST /scores " + json.prettyPrint(new ScoreSubmission(username, 42)));
  }
}
