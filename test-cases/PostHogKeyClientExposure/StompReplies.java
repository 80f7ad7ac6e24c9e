import java.security.Principal;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

/** What a STOMP message handler returns is its reply to the browser. */
@Controller
public class StompReplies {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  record CredentialView(String label, String key) {}

  @MessageMapping("/credentials.reveal")
  @SendToUser("/queue/credentials")
  public CredentialView reveal(Principal principal) {
    return new CredentialView("admin", personalKey); // Noncompliant
  }

  @SubscribeMapping("/bootstrap")
  public CredentialView bootstrap() {
    return new CredentialView("project", projectKey);
  }

  public String keyForTheServer() {
    return personalKey;
  }
}
