package beans;

import org.springframework.stereotype.Component;

/** Reads the key when the application starts and hands it to the bean every other class reads. */
@Component
public class CredentialLoader {
  private final CurrentCredential credential;

  public CredentialLoader(CurrentCredential credential) {
    this.credential = credential;
  }

  public void onStartup() {
    credential.use(System.getenv("POSTHOG_PERSONAL_API_KEY"), System.getenv("POSTHOG_REGION"));
  }
}
