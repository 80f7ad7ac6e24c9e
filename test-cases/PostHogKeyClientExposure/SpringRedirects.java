import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Redirects that carry the key in their URL (a view, a view name, a Location header) and WebFlux's
 * server-sent events: the browser gets the URL, keeps it in its history and sends it on as Referer.
 */
public class SpringRedirects {
  @Controller
  static class OnboardingController {
    @Value("${posthog.personal-api-key}")
    private String personalKey;

    @Value("${posthog.api.key}")
    private String projectKey;

    @GetMapping("/connect")
    RedirectView connect() {
      return new RedirectView("https://eu.posthog.com/authorize?key=" + personalKey); // Noncompliant
    }

    @GetMapping("/connect-later")
    RedirectView connectLater() {
      RedirectView view = new RedirectView();
      view.setUrl("https://eu.posthog.com/authorize?key=" + personalKey); // Noncompliant
      return view;
    }

    @GetMapping("/dashboard")
    ModelAndView dashboard() {
      return new ModelAndView("redirect:/flags?key=" + personalKey); // Noncompliant
    }

    @GetMapping("/settings")
    ModelAndView settings() {
      ModelAndView mav = new ModelAndView();
      mav.setViewName("redirect:/settings/done?key=" + personalKey); // Noncompliant
      return mav;
    }

    @GetMapping("/public")
    RedirectView publicPage() {
      return new RedirectView("https://eu.posthog.com/shared?token=" + projectKey);
    }

    @GetMapping("/flags")
    ModelAndView flags() {
      return new ModelAndView("flags");
    }
  }

  @RestController
  static class LocationHeaders {
    @Value("${posthog.personal-api-key}")
    private String personalKey;

    @GetMapping("/go")
    ResponseEntity<Void> go() {
      return ResponseEntity.status(HttpStatus.FOUND)
          .location(URI.create("https://eu.posthog.com/?key=" + personalKey)) // Noncompliant
          .build();
    }

    @GetMapping("/go-console")
    ResponseEntity<Void> goConsole() {
      URI target =
          UriComponentsBuilder.fromUriString("https://eu.posthog.com")
              .queryParam("personal_api_key", personalKey)
              .build()
              .encode()
              .toUri();
      return ResponseEntity.status(HttpStatus.FOUND).location(target).build(); // Noncompliant
    }

    @GetMapping("/go-home")
    ResponseEntity<Void> goHome() {
      return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/home")).build();
    }

    @GetMapping("/events")
    Flux<ServerSentEvent<String>> events() {
      return Flux.just(ServerSentEvent.builder(personalKey).event("key").build()); // Noncompliant
    }

    @GetMapping("/events-later")
    Flux<ServerSentEvent<String>> eventsLater() {
      ServerSentEvent<String> event = ServerSentEvent.<String>builder().id("1").data(personalKey).build();
      return Flux.just(event); // Noncompliant
    }

    @GetMapping("/events-count")
    Flux<ServerSentEvent<Integer>> eventsCount() {
      return Flux.just(ServerSentEvent.builder(personalKey.length()).build());
    }
  }

  static class FunctionalRoutes {
    @Value("${posthog.personal-api-key}")
    private String personalKey;

    Mono<ServerResponse> connect() {
      return ServerResponse.temporaryRedirect(URI.create("https://eu.posthog.com/?key=" + personalKey)).build(); // Noncompliant
    }

    Mono<ServerResponse> seeOther() {
      return ServerResponse.status(HttpStatus.SEE_OTHER)
          .location(URI.create("https://eu.posthog.com/?key=" + personalKey)) // Noncompliant
          .build();
    }

    Mono<ServerResponse> home() {
      return ServerResponse.seeOther(URI.create("/home")).build();
    }
  }

  @jakarta.ws.rs.Path("/jaxrs")
  static class JaxRsLocation {
    @Value("${posthog.personal-api-key}")
    private String personalKey;

    @jakarta.ws.rs.GET
    Response go() {
      return Response.status(302).location(URI.create("https://eu.posthog.com/?key=" + personalKey)).build(); // Noncompliant
    }

    @javax.ws.rs.GET
    javax.ws.rs.core.Response goJavax() {
      return javax.ws.rs.core.Response.status(302)
          .location(URI.create("https://eu.posthog.com/?key=" + personalKey)) // Noncompliant
          .build();
    }

    @jakarta.ws.rs.GET
    Response created() {
      return Response.status(302).location(URI.create("/flags/" + personalKey.hashCode())).build();
    }
  }
}
