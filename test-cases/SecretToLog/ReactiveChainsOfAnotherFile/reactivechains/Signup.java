package reactivechains;

import io.smallrye.mutiny.Uni;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Persists a user of another file, then logs what the Uni holds: the user itself. */
public class Signup {
  private static final Logger log = LoggerFactory.getLogger(Signup.class);

  Uni<PortalUser> register(String username, String token) {
    PortalUser user = new PortalUser();
    user.username = username;
    user.apiToken = token;
    return user.<PortalUser>persist()
        .invoke(saved -> log.info("registered {}", saved)) // Noncompliant
        .invoke(saved -> log.info("registered {} ({})", saved.username, saved.id));
  }
}
