package ratpack.jackson;

public interface JsonRender {
  Object getObject();
}
