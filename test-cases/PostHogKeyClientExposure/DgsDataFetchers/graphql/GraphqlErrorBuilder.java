package graphql;

/** A stand-in for graphql-java's error builder. */
public class GraphqlErrorBuilder {
  public static GraphqlErrorBuilder newError() {
    return new GraphqlErrorBuilder();
  }

  public GraphqlErrorBuilder message(String message, Object... formatArgs) {
    return this;
  }

  public GraphqlErrorBuilder path(Object path) {
    return this;
  }

  public GraphQLError build() {
    return null;
  }
}
