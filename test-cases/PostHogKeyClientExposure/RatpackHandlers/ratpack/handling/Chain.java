package ratpack.handling;

public interface Chain {
  Chain get(String path, Handler handler);

  Chain get(Handler handler);

  Chain post(String path, Handler handler);

  Chain all(Handler handler);
}
