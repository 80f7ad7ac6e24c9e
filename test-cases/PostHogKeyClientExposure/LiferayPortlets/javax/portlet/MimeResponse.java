package javax.portlet;

public interface MimeResponse extends PortletResponse {
  java.io.PrintWriter getWriter() throws java.io.IOException;
}
