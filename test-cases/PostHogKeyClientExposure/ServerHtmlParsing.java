import com.posthog.server.PostHogConfig;
import java.io.IOException;
import java.io.StringReader;
import javax.swing.text.html.HTMLDocument;
import javax.swing.text.html.HTMLEditorKit;

/** javax.swing.text parses HTML on servers too: a file using it alone is no desktop app. */
public class ServerHtmlParsing {
  private final HTMLEditorKit kit = new HTMLEditorKit();

  PostHogConfig config() {
    return PostHogConfig.builder(System.getenv("POSTHOG_PROJECT_API_KEY"))
        .personalApiKey(System.getenv("POSTHOG_PERSONAL_API_KEY"))
        .build();
  }

  HTMLDocument parse(String html) throws IOException, javax.swing.text.BadLocationException {
    HTMLDocument document = (HTMLDocument) kit.createDefaultDocument();
    kit.read(new StringReader(html), document, 0);
    return document;
  }
}
