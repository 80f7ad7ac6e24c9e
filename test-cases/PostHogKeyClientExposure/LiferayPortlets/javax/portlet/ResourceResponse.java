package javax.portlet;

public interface ResourceResponse extends MimeResponse {}
