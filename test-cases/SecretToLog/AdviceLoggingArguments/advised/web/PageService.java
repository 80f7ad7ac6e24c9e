package advised.web;

/** Renders pages: no argument of its methods holds a secret. */
public class PageService {
  public String render(String template, String title) {
    return template.replace("{{title}}", title);
  }
}
