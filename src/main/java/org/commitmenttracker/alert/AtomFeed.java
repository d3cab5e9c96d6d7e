package org.commitmenttracker.alert;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes status changes as an Atom feed (RFC 4287): one entry per change, linking to the commitment's page. */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(String title, String selfUrl, String publicUrl, List<StatusChange> changes) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", selfUrl);
            element(xml, "title", title);
            element(xml, "updated", (changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()).toString());
            link(xml, "self", selfUrl);
            xml.writeStartElement("author");
            element(xml, "name", "Commitment tracker");
            xml.writeEndElement();
            for (StatusChange change : changes) {
                entry(xml, publicUrl, change);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The feed could not be written", e);
        }
        return out.toString();
    }

    /** A summary's closing full stop, left out before the ": status" that follows it in a title. */
    private static final Pattern TRAILING_STOP = Pattern.compile("\\.\\s*$");

    private static void entry(XMLStreamWriter xml, String publicUrl, StatusChange c) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "tag:commitment-tracker,2026:outcome/" + c.outcomeId());
        element(xml, "title", TRAILING_STOP.matcher(c.summary()).replaceFirst("") + ": "
                + (c.from() == null ? "" : words(c.from()) + " → ") + words(c.to()));
        element(xml, "updated", c.at().toString());
        link(xml, "alternate", publicUrl + "/commitments/" + c.commitmentId());
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", c.to().name());
        element(xml, "summary", c.explanation() + " (as of " + c.asOf() + ", run " + c.runId() + ", rule: "
                + (c.rule() == null ? "none" : c.rule()) + ")");
        xml.writeEndElement();
    }

    static String words(Enum<?> status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
