package app;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Puts what the settings hold into the page's model. */
@Controller
public class FlagPageController {
  private final PostHogFlagSettings posthog;
  private final PaymentSettings payments;

  public FlagPageController(PostHogFlagSettings posthog, PaymentSettings payments) {
    this.posthog = posthog;
    this.payments = payments;
  }

  @GetMapping("/flags")
  public String flags(Model model) {
    model.addAttribute("flagsKey", posthog.getSecureApiKey()); // Noncompliant
    model.addAttribute("secretKey", posthog.getSecretKey()); // Noncompliant
    model.addAttribute("projectKey", posthog.getApiKey());
    model.addAttribute("header", posthog.getSecretKeyHeaderName());
    model.addAttribute("keyLength", posthog.getSecretKeyLength());
    model.addAttribute("paymentKey", payments.getSecretKey());
    return "flags";
  }

  @GetMapping("/environment")
  public String environment(Model model, FlagEnvironment environment) {
    model.addAttribute("secureKey", environment.getSecureApiKey()); // Noncompliant
    model.addAttribute("project", environment.getPosthogProjectId());
    model.addAttribute("slack", environment.getSlackAccessToken());
    return "environment";
  }

  @GetMapping("/connected")
  public String connected(Model model, OAuthTokenClient client, java.io.InputStream answer)
      throws Exception {
    OAuthTokenClient.PostHogTokens tokens = client.exchange(answer);
    model.addAttribute("refresh", tokens.refreshToken()); // Noncompliant
    model.addAttribute("expiresIn", tokens.expiresIn());
    model.addAttribute("partner", client.partner(answer).accessToken());
    return "connected";
  }
}
