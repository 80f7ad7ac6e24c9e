package cohortroutes;

import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.model.Uri;
import org.apache.pekko.http.javadsl.model.headers.HttpCookie;
import org.apache.pekko.http.javadsl.model.headers.RawHeader;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.ExceptionHandler;
import org.apache.pekko.http.javadsl.server.Route;

/** Pekko HTTP routes (Java DSL): what a directive completes with reaches the browser. */
public class CohortRoutes extends AllDirectives {
  record BootstrapView(String projectKey, String flagsSecureKey) {}

  record PublicView(String projectKey) {}

  record ApiError(String message) {}

  private final CohortSettings settings = CohortSettings.fromEnvironment();
  private final PostHogTokenClient tokens = new PostHogTokenClient();

  public Route routes() {
    return concat(
        path("bootstrap", () -> completeOK(new BootstrapView(settings.projectApiKey(), settings.secretKey()), null)), // Noncompliant
        path("public", () -> completeOK(new PublicView(settings.projectApiKey()), null)),
        path("key", () -> complete(settings.personalApiKey())), // Noncompliant
        path("debugger", () -> redirect(Uri.create("/debugger?personal_api_key=" + settings.personalApiKey()), StatusCodes.FOUND)), // Noncompliant
        path("flags", () -> respondWithHeader(RawHeader.create("X-Flags-Secure-Key", settings.secretKey()), () -> complete("ok"))), // Noncompliant
        path("default", () -> respondWithDefaultHeader(RawHeader.create("X-Flags-Secure-Key", settings.secretKey()), () -> complete("ok"))), // Noncompliant
        path("expose", () -> respondWithHeader(RawHeader.create("Access-Control-Expose-Headers", "X-PostHog-Key"), () -> complete("ok"))),
        path("callback", () -> onSuccess(tokens.exchange("code"), granted ->
            setCookie(HttpCookie.create("ph_access", granted.accessToken()).withPath("/").withSecure(true), () -> complete("connected"))))); // Noncompliant
  }

  public ExceptionHandler errors() {
    return ExceptionHandler.newBuilder()
        .match(CohortSyncFailed.class, e -> complete(StatusCodes.BAD_GATEWAY, new ApiError(e.getMessage()), null)) // Noncompliant
        .match(IllegalArgumentException.class, e -> complete(StatusCodes.BAD_GATEWAY, new ApiError(e.getMessage()), null))
        .build();
  }
}
