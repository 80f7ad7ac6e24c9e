package jakarta.faces.context;

/** Stand-in for Jakarta Faces' response writer: what it writes is the page. */
public abstract class ResponseWriter extends java.io.Writer {}
