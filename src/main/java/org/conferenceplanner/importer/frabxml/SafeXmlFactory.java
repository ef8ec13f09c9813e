package org.conferenceplanner.importer.frabxml;

import java.io.InputStream;
import java.io.Reader;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Makes StAX readers that cannot be turned against the user: the JDK's own implementation (not
 * whatever is on the class path), no DTD processing, no external entities, no external DTD access.
 * A file that references an entity it declared in a DOCTYPE then fails with "entity not declared"
 * instead of expanding it, which stops both XXE and "billion laughs". A new factory per reader keeps
 * this class free of shared mutable state.
 */
final class SafeXmlFactory {

    private SafeXmlFactory() {
    }

    /** A reader over characters: the XML declaration's encoding is ignored. */
    static XMLStreamReader open(Reader in) throws XMLStreamException {
        return factory().createXMLStreamReader(in);
    }

    /** A reader over bytes the caller has checked to be valid UTF-8. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return factory().createXMLStreamReader(in, "UTF-8");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }
}
