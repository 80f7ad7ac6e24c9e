import java.net.URI;
import org.springframework.web.util.UriBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The local-evaluation endpoint takes the project key as its token query parameter, and the
 * personal key only in the Authorization header.
 */
public class LocalEvaluationUrls {
  private final String host = "https://us.posthog.com";
  private final String personalApiKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectApiKey = System.getenv("POSTHOG_PROJECT_API_KEY");

  URI springBuilder() {
    return UriComponentsBuilder.fromUriString(host)
        .path("/api/feature_flag/local_evaluation/")
        .queryParam("token", personalApiKey) // Noncompliant
        .queryParam("send_cohorts")
        .build()
        .toUri();
  }

  URI inALambda(UriBuilder uriBuilder) {
    return uriBuilder.path("/api/feature_flag/local_evaluation/").queryParam("token", personalApiKey).build(); // Noncompliant
  }

  String restClient(org.springframework.web.client.RestClient restClient) {
    return restClient.get()
        .uri(uriBuilder -> uriBuilder.path("/api/feature_flag/local_evaluation/")
            .queryParam("token", personalApiKey) // Noncompliant
            .build())
        .retrieve()
        .body(String.class);
  }

  Object webClient(org.springframework.web.reactive.function.client.WebClient webClient) {
    return webClient.get()
        .uri(uriBuilder -> uriBuilder.path("/api/feature_flag/local_evaluation/")
            .queryParam("token", personalApiKey) // Noncompliant
            .build())
        .retrieve();
  }

  String privateApi(org.springframework.web.client.RestClient restClient) {
    String activity = restClient.get()
        .uri("/api/projects/{projectId}/feature_flags/{id}/activity/", 1, 2)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve()
        .body(String.class);
    return restClient.get()
        .uri("/api/projects/{projectId}/feature_flags/", 1)
        .header("Authorization", "Bearer " + personalApiKey)
        .retrieve()
        .body(String.class);
  }

  /** A client made where the call is written, by its factory or its builder. */
  String privateApiOfANewClient() {
    String usage = org.springframework.web.client.RestClient.create(host).get()
        .uri("/api/projects/{projectId}/feature_flags/{id}/activity/", 1, 2)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve()
        .body(String.class);
    org.springframework.web.reactive.function.client.WebClient.create(host).get()
        .uri("/api/projects/{projectId}/cohorts/", 1)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve();
    return usage + org.springframework.web.client.RestClient.builder().baseUrl(host).build().get()
        .uri("/api/projects/{projectId}/annotations/", 1)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve()
        .body(String.class);
  }

  /** The local-evaluation endpoint takes the personal key as its Bearer credential too. */
  String localEvaluationBearer(
      org.springframework.web.client.RestClient restClient,
      org.springframework.web.reactive.function.client.WebClient webClient) {
    webClient.get()
        .uri(host + "/api/feature_flag/local_evaluation/")
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve();
    return restClient.get()
        .uri(host + "/api/feature_flag/local_evaluation/?token={token}", projectApiKey)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve()
        .body(String.class);
  }

  /** Headers set apart, sent by a request that names the path: the entity given there or held first. */
  void restTemplate(org.springframework.web.client.RestTemplate restTemplate) {
    org.springframework.http.HttpHeaders flagHeaders = new org.springframework.http.HttpHeaders();
    flagHeaders.setBearerAuth(projectApiKey); // Noncompliant
    restTemplate.exchange(
        host + "/api/feature_flag/local_evaluation/?token={token}",
        org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(flagHeaders),
        String.class,
        projectApiKey);
    org.springframework.http.HttpHeaders apiHeaders = new org.springframework.http.HttpHeaders();
    apiHeaders.set("Authorization", "Bearer " + projectApiKey); // Noncompliant
    org.springframework.http.HttpEntity<Void> request = new org.springframework.http.HttpEntity<>(apiHeaders);
    restTemplate.exchange(
        host + "/api/projects/1/feature_flags/", org.springframework.http.HttpMethod.GET, request, String.class);
    org.springframework.http.HttpHeaders hookHeaders = new org.springframework.http.HttpHeaders();
    hookHeaders.setBearerAuth(projectApiKey);
    restTemplate.exchange(
        "https://hooks.example.com/notify",
        org.springframework.http.HttpMethod.POST,
        new org.springframework.http.HttpEntity<>("{}", hookHeaders),
        String.class);
    org.springframework.http.HttpHeaders adminHeaders = new org.springframework.http.HttpHeaders();
    adminHeaders.setBearerAuth(personalApiKey);
    adminHeaders.add("Authorization", "Bearer " + projectApiKey); // Noncompliant
    restTemplate.exchange(
        host + "/api/projects/1/cohorts/",
        org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(adminHeaders),
        String.class);
    org.springframework.http.HttpHeaders evaluationHeaders = new org.springframework.http.HttpHeaders();
    evaluationHeaders.add("Authorization", "Bearer " + projectApiKey); // Noncompliant
    restTemplate.exchange(
        host + "/api/feature_flag/local_evaluation/",
        org.springframework.http.HttpMethod.GET,
        new org.springframework.http.HttpEntity<>(evaluationHeaders),
        String.class);
    org.springframework.http.HttpHeaders snapshotHeaders = new org.springframework.http.HttpHeaders();
    snapshotHeaders.setBearerAuth(projectApiKey); // Noncompliant
    String snapshotUrl = host + "/api/feature_flag/local_evaluation/?send_cohorts";
    restTemplate.exchange(
        snapshotUrl, org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(snapshotHeaders), String.class);
    org.springframework.http.HttpHeaders otherHeaders = new org.springframework.http.HttpHeaders();
    otherHeaders.setBearerAuth(projectApiKey);
    String otherUrl = "https://hooks.example.com/notify";
    restTemplate.exchange(
        otherUrl, org.springframework.http.HttpMethod.GET, new org.springframework.http.HttpEntity<>(otherHeaders), String.class);
  }

  /** The JDK's client: the request builder's chain names the path in the URI it is given. */
  java.net.http.HttpRequest jdkRequests() {
    java.net.http.HttpRequest.newBuilder()
        .uri(URI.create(host + "/api/projects/1/feature_flags/"))
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .build();
    java.net.http.HttpRequest.newBuilder()
        .uri(URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey))
        .setHeader("Authorization", "Bearer " + personalApiKey)
        .build();
    return java.net.http.HttpRequest.newBuilder()
        .uri(URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey))
        .setHeader("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .GET()
        .build();
  }

  Object privateApiReactive(org.springframework.web.reactive.function.client.WebClient webClient) {
    webClient.get()
        .uri("https://hooks.example.com/notify")
        .header("Authorization", "Bearer " + projectApiKey)
        .retrieve();
    return webClient.get()
        .uri("/api/projects/{projectId}/cohorts/", 1)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .retrieve();
  }

  /** A WebClient's or RestClient's headers set in a lambda: the chain before it names the path. */
  Object headersInALambda(
      org.springframework.web.reactive.function.client.WebClient webClient,
      org.springframework.web.client.RestClient restClient) {
    webClient.get()
        .uri("/api/projects/{id}/", 1)
        .headers(h -> h.setBearerAuth(projectApiKey)) // Noncompliant
        .retrieve();
    webClient.get()
        .uri("https://hooks.example.com/notify")
        .headers(h -> h.setBearerAuth(projectApiKey))
        .retrieve();
    restClient.get()
        .uri("/api/projects/{id}/", 1)
        .headers(h -> h.setBearerAuth(personalApiKey))
        .retrieve();
    return restClient.get()
        .uri(host + "/api/feature_flag/local_evaluation/")
        .headers(headers -> headers.set("Authorization", "Bearer " + projectApiKey)) // Noncompliant
        .retrieve();
  }

  /** OkHttp: the request builder's URL names the path. */
  Object okHttp() {
    String url = host + "/api/feature_flag/local_evaluation/?send_cohorts";
    new okhttp3.Request.Builder()
        .url(url)
        .header("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .build();
    new okhttp3.Request.Builder()
        .url(host + "/api/projects/1/feature_flags/")
        .addHeader("Authorization", "Bearer " + personalApiKey)
        .build();
    return new okhttp3.Request.Builder()
        .url(host + "/api/projects/1/feature_flags/")
        .get()
        .addHeader("Authorization", "Bearer " + projectApiKey) // Noncompliant
        .build();
  }

  /** A connection the JDK opens on a URL that names the path, here or in a helper. */
  void connections() throws java.io.IOException {
    java.net.HttpURLConnection flags = open("/api/projects/1/feature_flags/");
    flags.setRequestProperty("Authorization", "Bearer " + projectApiKey); // Noncompliant
    java.net.URL url = new java.net.URL(host + "/api/feature_flag/local_evaluation/");
    java.net.HttpURLConnection evaluation = (java.net.HttpURLConnection) url.openConnection();
    evaluation.setRequestProperty("Authorization", "Bearer " + projectApiKey); // Noncompliant
    javax.net.ssl.HttpsURLConnection secure =
        (javax.net.ssl.HttpsURLConnection) URI.create(host + "/api/projects/1/").toURL().openConnection();
    secure.addRequestProperty("Authorization", "Bearer " + projectApiKey); // Noncompliant
    java.net.HttpURLConnection admin = open("/api/projects/1/cohorts/");
    admin.setRequestProperty("Authorization", "Bearer " + personalApiKey);
    java.net.HttpURLConnection hook = open("https://hooks.example.com/notify");
    hook.setRequestProperty("Authorization", "Bearer " + projectApiKey);
  }

  private java.net.HttpURLConnection open(String path) throws java.io.IOException {
    return (java.net.HttpURLConnection) URI.create(host + path).toURL().openConnection();
  }

  URI jaxRs() {
    return jakarta.ws.rs.core.UriBuilder.fromUri(host)
        .path("/api/feature_flag/local_evaluation/")
        .queryParam("token", personalApiKey) // Noncompliant
        .build();
  }

  Object jaxRsClient(jakarta.ws.rs.client.Client client) {
    client.target(host)
        .path("api/projects/1/feature_flags/")
        .queryParam("token", personalApiKey)
        .request();
    return client.target(host)
        .path("api/feature_flag/local_evaluation/")
        .queryParam("token", personalApiKey) // Noncompliant
        .queryParam("send_cohorts", "")
        .request();
  }

  Object javaxClient(javax.ws.rs.client.Client client) {
    return client.target(host + "/api/feature_flag/local_evaluation/")
        .queryParam("token", personalApiKey) // Noncompliant
        .request();
  }

  URI asText() {
    return URI.create(host + "/api/feature_flag/local_evaluation/?token=" + personalApiKey + "&send_cohorts"); // Noncompliant
  }

  /** A query built apart, then joined to the path. */
  URI queryJoinedLater() {
    String query = "?token=" + personalApiKey + "&send_cohorts"; // Noncompliant
    URI evaluation = URI.create(host + "/api/feature_flag/local_evaluation/" + query);
    String other = "?token=" + personalApiKey;
    return URI.create("https://hooks.example.com/notify" + other);
  }

  URI withTheProjectKey() {
    URI text = URI.create(host + "/api/feature_flag/local_evaluation/?token=" + projectApiKey + "&send_cohorts");
    return UriComponentsBuilder.fromUriString(host)
        .path("/api/feature_flag/local_evaluation/")
        .queryParam("token", projectApiKey)
        .build()
        .toUri();
  }

  URI anotherApisToken() {
    URI text = URI.create("https://hooks.example.com/notify?token=" + personalApiKey);
    return UriComponentsBuilder.fromUriString("https://hooks.example.com")
        .path("/notify")
        .queryParam("token", personalApiKey)
        .build()
        .toUri();
  }
}
