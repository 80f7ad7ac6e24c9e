package com.northwind.flaggateway.inventory;

import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPEnvelope;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Adds the WS-Security UsernameToken the legacy inventory service requires on every call. */
public class WsSecurityHeaderHandler implements SOAPHandler<SOAPMessageContext> {

    private static final Logger log = LoggerFactory.getLogger(WsSecurityHeaderHandler.class);

    private static final String WSSE_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    private static final String PASSWORD_TEXT_TYPE =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText";

    /** Service account of the inventory service. */
    public record Credentials(String username, String password, String routingKey) {
    }

    private final Credentials credentials;

    public WsSecurityHeaderHandler(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        boolean outbound = (Boolean) context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY);
        if (!outbound) {
            return true;
        }
        try {
            SOAPEnvelope envelope = context.getMessage().getSOAPPart().getEnvelope();
            SOAPHeader header = envelope.getHeader() != null ? envelope.getHeader() : envelope.addHeader();
            SOAPElement security = header.addChildElement("Security", "wsse", WSSE_NS);
            SOAPElement usernameToken = security.addChildElement("UsernameToken", "wsse");
            usernameToken.addChildElement("Username", "wsse").addTextNode(credentials.username());
            usernameToken.addChildElement("Password", "wsse")
                    .addAttribute(new QName("Type"), PASSWORD_TEXT_TYPE)
                    .addTextNode(credentials.password());
            log.debug("Added UsernameToken for {} / {}", credentials.username(), credentials.password());

            @SuppressWarnings("unchecked")
            Map<String, List<String>> httpHeaders = (Map<String, List<String>>) context.get(MessageContext.HTTP_REQUEST_HEADERS);
            Map<String, List<String>> outgoing = httpHeaders == null ? new HashMap<>() : new HashMap<>(httpHeaders);
            outgoing.put("X-Inventory-Routing", List.of(credentials.routingKey()));
            context.put(MessageContext.HTTP_REQUEST_HEADERS, outgoing);
            log.trace("Outbound HTTP headers: {}", redactHeaders(outgoing));
        } catch (SOAPException e) {
            throw new IllegalStateException("Cannot add WS-Security header", e);
        }
        return true;
    }

    /** Header names with every value replaced by "***". */
    static Map<String, String> redactHeaders(Map<String, List<String>> headers) {
        Map<String, String> redacted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.keySet().forEach(name -> redacted.put(name, "***"));
        return redacted;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        return true;
    }

    @Override
    public void close(MessageContext context) {
    }

    @Override
    public Set<QName> getHeaders() {
        return Set.of(new QName(WSSE_NS, "Security"));
    }
}
