import jakarta.servlet.jsp.JspContext;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServletResponse;
import javax.websocket.Session;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.ui.ConcurrentModel;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.ModelMap;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.context.WebContext;
import reactor.core.publisher.Flux;

/** One line per client sink of the models (client-sinks.yml) not tried by the other cases. */
public class ClientSinksFromTheModel {
  @Value("${posthog.personal-api-key}")
  private String personalKey;

  @Value("${posthog.api.key}")
  private String projectKey;

  void javaxServlet(HttpServletResponse response) throws IOException {
    response.sendError(500, "flags key " + personalKey); // Noncompliant
    response.sendRedirect("/flags?key=" + personalKey); // Noncompliant
    response.addCookie(new Cookie("flags", personalKey)); // Noncompliant
    Cookie cookie = new Cookie("flags", "");
    cookie.setValue(personalKey); // Noncompliant
    response.addCookie(new Cookie("posthog", projectKey));
  }

  void wrappedResponses(jakarta.servlet.http.HttpServletResponseWrapper jakarta, javax.servlet.http.HttpServletResponseWrapper javax) throws IOException {
    jakarta.setHeader("X-Flags-Key", personalKey); // Noncompliant
    javax.getWriter().write(personalKey); // Noncompliant
    javax.setHeader("X-Project-Key", projectKey);
  }

  void springModels(ModelMap map, RedirectAttributes redirect, ExtendedModelMap extended, ConcurrentModel concurrent) {
    map.addAllAttributes(Map.of("key", personalKey)); // Noncompliant
    redirect.addAllAttributes(Map.of("key", personalKey)); // Noncompliant
    extended.addAttribute("key", personalKey); // Noncompliant
    concurrent.addAttribute("key", personalKey); // Noncompliant
    map.addAllAttributes(Map.of("key", projectKey));
  }

  ModelAndView modelAndView() {
    ModelAndView view = new ModelAndView("flags", Map.of("key", personalKey)); // Noncompliant
    view.addAllObjects(Map.of("key", personalKey)); // Noncompliant
    return view;
  }

  void serverHttpResponse(ServerHttpResponse response) {
    response.getHeaders().setAll(Map.of("X-Flags-Key", personalKey)); // Noncompliant
    response.getHeaders().setAll(Map.of("X-Project-Key", projectKey));
  }

  Rendering rendering() {
    return Rendering.view("flags").header("X-Flags-Key", personalKey).build(); // Noncompliant
  }

  Rendering renderingHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("X-Flags-Key", personalKey); // Noncompliant
    return Rendering.view("flags").headers(headers).build();
  }

  reactor.core.publisher.Mono<ServerResponse> flux() {
    return ServerResponse.ok().body(Flux.just(personalKey), String.class); // Noncompliant
  }

  void webSockets(Session session) throws IOException {
    session.getBasicRemote().sendText(personalKey); // Noncompliant
    session.getAsyncRemote().sendText(personalKey); // Noncompliant
    session.getBasicRemote().sendText(projectKey);
  }

  void templates(WebContext context, io.pebbletemplates.pebble.template.PebbleTemplate pebble, com.mitchellbosecke.pebble.template.PebbleTemplate oldPebble) throws Exception {
    context.setVariable("key", personalKey); // Noncompliant
    pebble.evaluateBlock("flags", new StringWriter(), Map.of("key", personalKey)); // Noncompliant
    oldPebble.evaluate(new StringWriter(), Map.of("key", personalKey)); // Noncompliant
    pebble.evaluateBlock("flags", new StringWriter(), Map.of("key", projectKey));
  }

  void jsp(JspContext context) throws IOException {
    context.getOut().print(personalKey); // Noncompliant
    context.getOut().print(projectKey);
  }
}
