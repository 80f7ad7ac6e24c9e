package ratpack.func;

public interface Action<T> {
  void execute(T t) throws Exception;
}
