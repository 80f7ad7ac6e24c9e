import com.google.common.base.Preconditions;
import com.google.common.base.Verify;
import java.util.Objects;
import org.apache.commons.lang3.Validate;
import org.springframework.util.Assert;

/**
 * A failed check throws with the message (and the arguments) it was given: Guava's Preconditions
 * and Verify, commons-lang's Validate, Objects.requireNonNull, Spring's Assert, an assert statement.
 */
public class CheckMessages {
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");

  void checked(int status, String password) {
    Preconditions.checkState(status < 400, "PostHog rejected %s", personalApiKey); // Noncompliant
    Preconditions.checkArgument(status < 400, "PostHog rejected " + personalApiKey); // Noncompliant
    Verify.verify(status < 400, "PostHog rejected %s", personalApiKey); // Noncompliant
    Validate.isTrue(status < 400, "PostHog rejected %s", personalApiKey); // Noncompliant
    Objects.requireNonNull(password, "no user for password " + password); // Noncompliant
    Assert.state(status < 400, "PostHog rejected " + personalApiKey); // Noncompliant
    Assert.isTrue(status < 400, () -> "PostHog rejected " + personalApiKey); // Noncompliant
    assert status < 400 : "PostHog rejected " + personalApiKey; // Noncompliant
  }

  void named(int status, String password) {
    Preconditions.checkNotNull(personalApiKey, "POSTHOG_PERSONAL_API_KEY is not set");
    Objects.requireNonNull(password, "password");
    Validate.notBlank(personalApiKey, "personal API key of %d characters", personalApiKey.length());
    Assert.hasText(personalApiKey, "posthog.personal-api-key must be set");
    assert status < 400 : "PostHog answered " + status;
  }
}
