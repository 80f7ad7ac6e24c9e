package wicketinputs;

import org.apache.wicket.protocol.http.WebSession;
import org.apache.wicket.request.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A Wicket session's id is the session cookie's value; the user id is no secret. */
public class BoardSession extends WebSession {
  private static final long serialVersionUID = 1L;
  private static final Logger log = LoggerFactory.getLogger(BoardSession.class);

  private String userId;

  public BoardSession(Request request) {
    super(request);
  }

  void signIn(String user) {
    this.userId = user;
    log.info("user {} signed in", userId);
  }

  @Override
  public void invalidate() {
    log.info("invalidating session {} of {}", getId(), userId); // Noncompliant
    super.invalidate();
  }
}
