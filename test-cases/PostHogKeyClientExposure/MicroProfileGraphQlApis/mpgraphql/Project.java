package mpgraphql;

/** A GraphQL type whose fields the resolvers of FlagApi add to. */
public record Project(long id, String name) {}
