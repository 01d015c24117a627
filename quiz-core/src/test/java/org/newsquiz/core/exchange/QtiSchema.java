package org.newsquiz.core.exchange;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The IMS QTI 2.1 schema, kept outside the repository in {@code shared/standards}, a sibling of the
 * repository root; found by walking up from the working directory.
 */
final class QtiSchema {
    static final Path RELATIVE = Path.of("shared", "standards", "qti-2.1", "qtiv2p1", "imsqti_v2p1.xsd");
    private static Schema schema;

    private QtiSchema() {
    }

    static synchronized Schema schema() throws Exception {
        if (schema == null) {
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            schema = factory.newSchema(locate().toFile());
        }
        return schema;
    }

    static void validate(byte[] xml, String name) throws Exception {
        try {
            schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (org.xml.sax.SAXException e) {
            fail(name + " is not valid QTI 2.1: " + e.getMessage() + "\n" + new String(xml, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static Path locate() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        fail("the QTI 2.1 schema " + RELATIVE + " was not found in " + start + " or any parent directory; "
                + "put the shared standards folder next to the repository root");
        throw new AssertionError("unreachable");
    }
}
