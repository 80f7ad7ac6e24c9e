import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** What a Spring web client's answer is read as: the class its body is mapped to. */
public class WebClientResponses {
  private static final Logger log = LoggerFactory.getLogger(WebClientResponses.class);

  record TokenResponse(String accessToken, String refreshToken, long expiresIn) {}

  record FlagPage(int count, String next) {}

  void refresh(WebClient webClient) {
    webClient.post()
        .uri("/oauth/token")
        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
        .bodyValue("grant_type=refresh_token")
        .retrieve()
        .onStatus(status -> status.isError(), response -> response.createException())
        .bodyToMono(TokenResponse.class)
        .doOnNext(tokens -> log.debug("token response {}", tokens)) // Noncompliant
        .subscribe();
    webClient.get()
        .uri("/api/feature_flags/")
        .retrieve()
        .bodyToMono(FlagPage.class)
        .doOnNext(page -> log.debug("flag page {}", page))
        .subscribe();
    webClient.get()
        .uri("/oauth/tokens")
        .retrieve()
        .bodyToFlux(TokenResponse.class)
        .doOnNext(tokens -> log.debug("token {}", tokens)) // Noncompliant
        .subscribe();
  }

  void blocking(RestClient restClient) {
    var tokens =
        restClient.post()
            .uri("/oauth/token")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body("grant_type=refresh_token")
            .retrieve()
            .onStatus(status -> status.isError(), (request, response) -> {})
            .body(TokenResponse.class);
    log.debug("tokens {}", tokens); // Noncompliant
    var page = restClient.get().uri("/api/feature_flags/").retrieve().body(FlagPage.class);
    log.debug("page {}", page);
  }
}
