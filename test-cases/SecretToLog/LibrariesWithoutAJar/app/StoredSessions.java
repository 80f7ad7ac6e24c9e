package app;

import androidx.datastore.rxjava3.RxDataStore;
import io.reactivex.rxjava3.core.Maybe;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a DataStore holds is emitted by its data(): a session restored from it is typed. */
public class StoredSessions {
  private static final Logger log = LoggerFactory.getLogger(StoredSessions.class);

  static final class Session {
    private final String refreshToken;

    Session(String refreshToken) {
      this.refreshToken = refreshToken;
    }

    @Override
    public String toString() {
      return "Session{refreshToken=" + refreshToken + "}";
    }
  }

  Maybe<Session> restore(RxDataStore<Map<String, String>> store) {
    return store
        .data()
        .firstElement()
        .map(prefs -> new Session(prefs.get("stored")))
        .doOnSuccess(session -> log.info("restored {}", session)); // Noncompliant
  }
}
