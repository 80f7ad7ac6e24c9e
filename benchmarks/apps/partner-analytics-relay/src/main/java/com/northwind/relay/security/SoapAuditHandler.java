package com.northwind.relay.security;

import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPHeader;
import jakarta.xml.soap.SOAPMessage;
import jakarta.xml.ws.handler.MessageContext;
import jakarta.xml.ws.handler.soap.SOAPHandler;
import jakarta.xml.ws.handler.soap.SOAPMessageContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.w3c.dom.NodeList;

/** Audits every SOAP exchange of the relay: operation, WS-Addressing message id, and on trace the envelope. */
public class SoapAuditHandler implements SOAPHandler<SOAPMessageContext> {

    private static final Logger log = LoggerFactory.getLogger(SoapAuditHandler.class);
    private static final String WSA_NS = "http://www.w3.org/2005/08/addressing";
    private static final String WSSE_NS =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";

    @Override
    public Set<QName> getHeaders() {
        return Set.of(new QName(WSSE_NS, "Security"));
    }

    @Override
    public boolean handleMessage(SOAPMessageContext context) {
        boolean outbound = Boolean.TRUE.equals(context.get(MessageContext.MESSAGE_OUTBOUND_PROPERTY));
        QName operation = (QName) context.get(MessageContext.WSDL_OPERATION);
        String messageId = messageId(context.getMessage());
        MDC.put("soapOperation", operation == null ? "-" : operation.getLocalPart());
        log.info("SOAP {} {} messageId={}", outbound ? "response" : "request", operation, messageId);
        if (!outbound) {
            @SuppressWarnings("unchecked")
            Map<String, List<String>> httpHeaders =
                    (Map<String, List<String>>) context.get(MessageContext.HTTP_REQUEST_HEADERS);
            log.debug("HTTP request headers: {}", httpHeaders);
            if (log.isTraceEnabled()) {
                log.trace("Inbound envelope:\n{}", serialize(context.getMessage()));
            }
        }
        return true;
    }

    @Override
    public boolean handleFault(SOAPMessageContext context) {
        log.warn("SOAP fault on {}", context.get(MessageContext.WSDL_OPERATION));
        return true;
    }

    @Override
    public void close(MessageContext context) {
        MDC.remove("soapOperation");
    }

    private static String messageId(SOAPMessage message) {
        try {
            SOAPHeader header = message.getSOAPHeader();
            if (header == null) {
                return "-";
            }
            NodeList ids = header.getElementsByTagNameNS(WSA_NS, "MessageID");
            return ids.getLength() == 0 ? "-" : ids.item(0).getTextContent();
        } catch (SOAPException e) {
            return "-";
        }
    }

    private static String serialize(SOAPMessage message) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (SOAPException | IOException e) {
            return "<unserializable: " + e.getMessage() + ">";
        }
    }
}
