package dev.ec2gateway.gateway.translators;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A gateway answer: HTTP status and the XML body, read with namespace-blind XPath ({@code /X/y}). */
record Ec2Answer(int status, String body, Document xml, long contentLength) {
    static Ec2Answer parse(String rawResponse) throws Exception {
        int split = rawResponse.indexOf("\r\n\r\n");
        String head = rawResponse.substring(0, split);
        long contentLength = head.lines().filter(l -> l.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:"))
                .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).trim())).findFirst().orElse(-1);
        String body = rawResponse.substring(split + 4);
        int status = Integer.parseInt(head.split(" ")[1]);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        Document xml = body.isEmpty() ? null
                : factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return new Ec2Answer(status, body, xml, contentLength);
    }

    String text(String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.STRING);
    }

    List<String> texts(String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    String errorCode() throws Exception {
        return text("/Response/Errors/Error/Code");
    }
}
