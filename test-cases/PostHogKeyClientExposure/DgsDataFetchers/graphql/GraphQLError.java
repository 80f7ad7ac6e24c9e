package graphql;

/** A stand-in for graphql-java's error (graphql-java is not on the test class path). */
public interface GraphQLError {}
