import com.posthog.server.PostHogConfig;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Route;

/** Vaadin renders what its components are given in the browser; the server-side SDK setup stays silent. */
@Route("flags")
public class VaadinViews extends Div {
  private final String personalKey = System.getenv("POSTHOG_PERSONAL_API_KEY");
  private final String projectKey = System.getenv("POSTHOG_PROJECT_API_KEY");
  private final String keyName = "posthog.personal-api-key";

  public VaadinViews() {
    add(new Span(personalKey)); // Noncompliant
    Span label = new Span();
    label.setText("key " + personalKey); // Noncompliant
    add(new Text(personalKey)); // Noncompliant
    add("key: " + personalKey); // Noncompliant
    Input input = new Input();
    input.setValue(personalKey); // Noncompliant
    getElement().setProperty("posthogKey", personalKey); // Noncompliant
    getElement().executeJs("window.posthogKey = $0", personalKey); // Noncompliant
    UI.getCurrent().getPage().executeJs("console.log($0)", personalKey); // Noncompliant
    setTitle(personalKey); // Noncompliant
    Notification.show("Key: " + personalKey); // Noncompliant
    add(label, input);

    add(new Span(projectKey));
    add(new Span(keyName));
    label.setText(personalKey != null ? "configured" : "missing");
    input.setValue("phx_..." + personalKey.substring(personalKey.length() - 4));
    PostHogConfig config = PostHogConfig.builder(projectKey).personalApiKey(personalKey).build();
    getElement().setProperty("posthogProjectKey", projectKey);
    String reversed = new StringBuilder(personalKey).reverse().toString();
    Notification.show(personalKey == null ? "No personal key" : "Personal key configured");
  }
}
